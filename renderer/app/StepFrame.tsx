import { useState, type ReactNode } from 'react';
import { STEP_IDS, BUILT_STEPS, stepNumber, type StepId } from '../../shared/workshop/steps';
import { stepGaps, type Gap } from '../../shared/workshop/gaps';
import { STEP_META } from './stepMeta';
import { useRoute } from './route';
import { useOpenWorkshop, useWorkshop } from './workshopStore';

/** Title, purpose, the one primary action ("Mark step done") and the gap summary. */
export function StepFrame({ step, children }: { step: StepId; children: ReactNode }) {
  const w = useOpenWorkshop();
  const update = useWorkshop((s) => s.update);
  const navigate = useRoute((s) => s.navigate);
  const [gaps, setGaps] = useState<Gap[] | null>(null);
  const done = w.completedSteps.includes(step);
  const built = BUILT_STEPS.includes(step);
  const i = STEP_IDS.indexOf(step);
  const prev = STEP_IDS[i - 1];
  const next = STEP_IDS[i + 1];
  // Once the summary is shown it follows the data, so it empties as gaps are filled.
  const liveGaps = gaps === null ? null : stepGaps(w, step);

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
          <div className="step-kicker">Step {stepNumber(step)} of 10</div>
          <h1 id="step-title">{STEP_META[step].title}</h1>
          <p className="step-purpose">{STEP_META[step].purpose}</p>
        </div>
        {built &&
          (done ? (
            <div className="row">
              <span className="callout callout-ok" role="status">✓ Step done</span>
              <button className="btn" onClick={() => update((d) => void (d.completedSteps = d.completedSteps.filter((s) => s !== step)))}>
                Reopen step
              </button>
            </div>
          ) : (
            <button className="btn btn-primary" onClick={markDone}>Mark step done</button>
          ))}
      </header>
      {liveGaps && liveGaps.length > 0 && (
        <div id="gap-summary" className="callout callout-danger" tabIndex={-1} role="alert">
          <strong>This step cannot be marked done yet. Still missing:</strong>
          <ul>
            {liveGaps.map((g, k) => (
              <li key={k}>
                <button className="link-btn" onClick={() => focusField(g.field)}>{g.message}</button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {liveGaps && liveGaps.length === 0 && !done && (
        <div className="callout callout-ok" role="status">Everything this step needs is there — mark it done when the room agrees.</div>
      )}
      {children}
      <nav className="step-nav" aria-label="Previous and next step">
        {prev ? <button className="btn" onClick={() => navigate({ name: 'workshop', workshopId: w.id, step: prev })}>← {STEP_META[prev].title}</button> : <span />}
        {next && <button className="btn" onClick={() => navigate({ name: 'workshop', workshopId: w.id, step: next })}>{STEP_META[next].title} →</button>}
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
