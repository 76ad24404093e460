import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { STEP_IDS, stepNumber, type StepId } from '../../shared/workshop/stepIds';
import { stepGaps, type Gap } from '../../shared/workshop/gaps';
import { useGapMessage } from '../i18n/gaps';
import { useRoute } from './route';
import { useOpenWorkshop, useWorkshop } from './workshopStore';

/** Title, purpose, the one primary action ("Mark step done") and the gap summary. */
export function StepFrame({ step, children }: { step: StepId; children: ReactNode }) {
  const w = useOpenWorkshop();
  const update = useWorkshop((s) => s.update);
  const navigate = useRoute((s) => s.navigate);
  const [gaps, setGaps] = useState<Gap[] | null>(null);
  const { t } = useTranslation();
  const gapMessage = useGapMessage();
  const done = w.completedSteps.includes(step);
  const i = STEP_IDS.indexOf(step);
  const prev = STEP_IDS[i - 1];
  const next = STEP_IDS[i + 1];
  // Once the summary is shown it follows the data, so it empties as gaps are filled.
  const liveGaps = gaps === null ? null : stepGaps(w, step);

  // Moving to another step removes whatever had focus; put it on the new step's title so the
  // next Tab starts in this step (and a screen reader announces it), unless focus is still
  // somewhere on the page, e.g. on the rail button that was just pressed.
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!document.activeElement || document.activeElement === document.body) titleRef.current?.focus({ preventScroll: true });
  }, []);

  const markDone = () => {
    const found = stepGaps(w, step);
    if (found.length > 0) {
      setGaps(found);
      requestAnimationFrame(() => document.getElementById('gap-summary')?.focus());
      return;
    }
    setGaps(null);
    update((d) => {
      if (!d.completedSteps.includes(step)) d.completedSteps.push(step);
    });
  };

  return (
    <main className="step-main" aria-labelledby="step-title">
      <header className="step-header">
        <div>
          <div className="step-kicker">{t('frame.kicker', { n: stepNumber(step) })}</div>
          <h1 id="step-title" ref={titleRef} tabIndex={-1}>{t(`steps.${step}.title`)}</h1>
          <p className="step-purpose">{t(`steps.${step}.purpose`)}</p>
        </div>
        {done ? (
          <div className="row">
            <span className="callout callout-ok" role="status">{t('frame.stepDone')}</span>
            <button className="btn" onClick={() => update((d) => void (d.completedSteps = d.completedSteps.filter((s) => s !== step)))}>
              {t('frame.reopen')}
            </button>
          </div>
        ) : (
          <button className="btn btn-primary" onClick={markDone}>{t('frame.markDone')}</button>
        )}
      </header>
      {liveGaps && liveGaps.length > 0 && (
        <div id="gap-summary" className="callout callout-danger" tabIndex={-1} role="alert">
          <strong>{t('frame.gapsTitle')}</strong>
          <ul>
            {liveGaps.map((g, k) => (
              <li key={k}>
                <button className="link-btn" onClick={() => focusField(g.field)}>{gapMessage(g)}</button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {liveGaps && liveGaps.length === 0 && !done && (
        <div className="callout callout-ok" role="status">{t('frame.allThere')}</div>
      )}
      {children}
      <nav className="step-nav" aria-label={t('frame.nav')}>
        {prev ? <button className="btn" onClick={() => navigate({ name: 'workshop', workshopId: w.id, step: prev })}>← {t(`steps.${prev}.title`)}</button> : <span />}
        {next && <button className="btn" onClick={() => navigate({ name: 'workshop', workshopId: w.id, step: next })}>{t(`steps.${next}.title`)} →</button>}
      </nav>
    </main>
  );
}

function focusField(field: string) {
  const el = document.getElementById(field);
  if (!el) return;
  el.scrollIntoView({ block: 'center' });
  el.focus();
}
