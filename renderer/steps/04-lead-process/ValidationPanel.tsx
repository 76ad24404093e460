import { CircleCheck, TriangleAlert } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useCheckMessage } from '../../i18n/checks';
import type { LeadProcessStep } from '../../../shared/workshop/steps/leadProcess';
import { issueDomId, issueMessage, type Issue } from '../../../shared/leadProcess/validate';
import { CANVAS_ID, useReveal } from './reveal';

/** The diagram's checks; each entry selects, centres and focuses what it is about. */
export function ValidationPanel({ step, issues }: { step: LeadProcessStep; issues: readonly Issue[] }) {
  const reveal = useReveal();
  const { t } = useTranslation('leadProcess');
  const say = useCheckMessage();
  const open = (issue: Issue) => {
    if (issue.target) return void reveal(issue.target);
    const first = step.stages[0];
    if (issue.rule === 'noCapture' && first) {
      // The fix is a stage's kind: open the first stage with its kind field ready.
      return void reveal({ kind: 'stage', id: first.id }, false).then(() => document.getElementById('leadProcess-stage-kind')?.focus());
    }
    document.getElementById(CANVAS_ID)?.focus();
  };

  return (
    <section className="card section" id="leadProcess-checks" tabIndex={-1} aria-labelledby="lp-checks-h">
      <div className="section-head">
        <h2 id="lp-checks-h">{t('checks.title')}</h2>
        <span className="muted" aria-live="polite">
          {issues.length === 0 ? t('checks.none') : t('checks.count', { count: issues.length })}
        </span>
      </div>
      <p className="muted">{t('checks.intro')}</p>
      {issues.length === 0 ? (
        <div className="callout callout-ok lp-checks-ok">
          <CircleCheck size={20} aria-hidden="true" /> {t('checks.allPass')}
        </div>
      ) : (
        <ul className="lp-issues" id="leadProcess-issues">
          {issues.map((i) => (
            <li key={i.key}>
              <button id={issueDomId(i)} className="lp-issue" onClick={() => open(i)}>
                <TriangleAlert size={20} aria-hidden="true" />
                <span>{say(issueMessage(i))}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
