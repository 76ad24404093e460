import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertTriangle, CheckCircle2, ShieldAlert } from 'lucide-react';
import { consistencyLink } from '../../../shared/sla/consistency';
import { describeCommitment, type CommitmentLike } from '../../../shared/sla/commitmentText';
import { stepNumber, type StepId } from '../../../shared/workshop/stepIds';
import type { ConsistencyIssue, FreezeOverrides, Period } from '../../../shared/workshop/steps/sla';
import { useRoute } from '../../app/route';
import { useOpenWorkshop } from '../../app/workshopStore';
import { formatNumber } from '../../i18n/format';
import { useUiLanguage } from './slaWords';

type Commitments = readonly (CommitmentLike & { id?: string | undefined })[];

/**
 * A disagreement in the UI language. `commitments` are those the issue was found in (the draft's,
 * or a frozen version's), so a commitment is described as it reads there.
 */
export function useIssueText(commitments: Commitments): (issue: ConsistencyIssue) => string {
  const { t } = useTranslation('sla');
  const language = useUiLanguage();
  return useCallback(
    (issue: ConsistencyIssue) => {
      const per = (n: number, period: Period) => t(`consistency.per.${period}`, { n: formatNumber(n, 2) });
      const byId = (id: string) => commitments.find((c) => c.id === id);
      // A figure in the commitment's own terms ("≥ 70 %", "24 hours"), as the SLA's table prints it.
      const asTarget = (id: string, value: number) => {
        const c = byId(id);
        return c ? describeCommitment({ ...c, target: value }, language, commitments).target : formatNumber(value, 2);
      };
      const what = (id: string, n: number) => {
        const c = byId(id);
        return c ? describeCommitment(c, language, commitments).what : t('consistency.commitmentN', { n });
      };
      switch (issue.code) {
        case 'volumeMismatch':
          return t('consistency.volumeMismatch', {
            a: issue.first.position,
            aValue: per(issue.first.target, issue.first.period),
            b: issue.second.position,
            bValue: per(issue.second.target, issue.second.period),
            converted: per(issue.secondInFirstPeriod, issue.first.period),
          });
        case 'metricTargetMismatch':
          if (issue.level !== null)
            return t('consistency.metricLevelMismatch', {
              metric: issue.metricName,
              metricValue: formatNumber(issue.metricTarget, 2),
              n: issue.commitment.position,
              level: formatNumber(issue.level, 2),
            });
          if (issue.metricInCommitmentPeriod !== null && issue.metricPeriod !== null) {
            const metricValue =
              issue.metricPeriod === issue.commitment.period
                ? per(issue.metricTarget, issue.metricPeriod)
                : t('consistency.converted', {
                    value: per(issue.metricTarget, issue.metricPeriod),
                    converted: per(issue.metricInCommitmentPeriod, issue.commitment.period),
                  });
            return t('consistency.metricTargetMismatch', {
              metric: issue.metricName,
              metricValue,
              n: issue.commitment.position,
              commitmentValue: per(issue.commitment.target, issue.commitment.period),
            });
          }
          return t('consistency.metricTargetMismatch', {
            metric: issue.metricName,
            metricValue: asTarget(issue.commitment.commitmentId, issue.metricTarget),
            n: issue.commitment.position,
            commitmentValue: asTarget(issue.commitment.commitmentId, issue.commitment.target),
          });
        case 'calculatorMismatch':
          return t('consistency.calculatorMismatch', {
            n: issue.commitment.position,
            value: per(issue.commitment.target, issue.commitment.period),
            calculated: per(issue.calculated, issue.commitment.period),
          });
        case 'calculatorOrphan':
          return t('consistency.calculatorOrphan');
        case 'unmeasuredCommitment':
          return t('consistency.unmeasuredCommitment', { n: issue.position, what: what(issue.commitmentId, issue.position) });
      }
    },
    [t, language, commitments],
  );
}

/** Goes to the step of a field and focuses it, once that step has rendered it. */
function useGoToField(): (step: StepId, field: string) => void {
  const w = useOpenWorkshop();
  const navigate = useRoute((s) => s.navigate);
  return (step, field) => {
    navigate({ name: 'workshop', workshopId: w.id, step });
    let tries = 0;
    const focus = () => {
      const el = document.getElementById(field);
      if (el) {
        el.scrollIntoView({ block: 'center' });
        el.focus();
      } else if (tries++ < 40) setTimeout(focus, 50);
    };
    requestAnimationFrame(focus);
  };
}

/** The disagreements as a list, each with a link to the field that fixes it. */
export function IssueList({
  issues,
  commitments,
  links = true,
}: {
  issues: readonly ConsistencyIssue[];
  commitments: Commitments;
  links?: boolean;
}) {
  const { t } = useTranslation('sla');
  const text = useIssueText(commitments);
  const goTo = useGoToField();
  return (
    <ul className="consistency-list" data-testid="consistency-issues">
      {issues.map((issue, i) => {
        const link = consistencyLink(issue);
        return (
          <li key={i} data-code={issue.code}>
            <span>{text(issue)}</span>{' '}
            {links && (
              <button className="link-btn" onClick={() => goTo(link.step, link.field)}>
                {t('consistency.fix', { step: stepNumber(link.step) })}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Before freezing: do the numbers about to be signed agree? Each disagreement links to its
 * field; freezing with any left asks for a recorded override (FreezeDialog).
 */
export function ConsistencyPanel({ issues }: { issues: readonly ConsistencyIssue[] }) {
  const w = useOpenWorkshop();
  const { t } = useTranslation('sla');
  if (issues.length === 0)
    return (
      <p className="consistency-ok" role="status" data-testid="consistency-ok">
        <CheckCircle2 size={18} aria-hidden="true" /> {t('consistency.allClear')}
      </p>
    );
  return (
    <div className="callout callout-warn consistency-panel" role="status" data-testid="consistency-panel">
      <strong>
        <AlertTriangle size={18} aria-hidden="true" /> {t('consistency.count', { count: issues.length })}
      </strong>
      <p className="muted">{t('consistency.intro')}</p>
      <IssueList issues={issues} commitments={w.sla.commitments} />
    </div>
  );
}

/** A frozen version's accepted differences, as the SLA prints them ("Known differences accepted at signing"). */
export function AcceptedDifferences({
  overrides,
  version,
  commitments,
}: {
  overrides: FreezeOverrides;
  version: number;
  commitments: Commitments;
}) {
  const { t } = useTranslation('sla');
  return (
    <div className="callout callout-warn consistency-panel" data-testid="accepted-differences">
      <strong>
        <ShieldAlert size={18} aria-hidden="true" /> {t('consistency.acceptedTitle', { n: version })}
      </strong>
      <IssueList issues={overrides.issues} commitments={commitments} links={false} />
      <p>{t('consistency.reason', { reason: overrides.reason })}</p>
    </div>
  );
}
