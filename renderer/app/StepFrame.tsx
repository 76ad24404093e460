import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { STEP_IDS, stepNumber, type StepId } from '../../shared/workshop/stepIds';
import { stepGaps, type Gap } from '../../shared/workshop/gaps';
import { useCheckMessage } from '../i18n/checks';
import { ShownGapsContext } from '../ui/EditableTableGaps';
import { useRoute } from './route';
import { useOpenWorkshop, useWorkshop } from './workshopStore';

/** Title, purpose, the one primary action ("Mark step done") and the gap summary. */
export function StepFrame({ step, children }: { step: StepId; children: ReactNode }) {
  const w = useOpenWorkshop();
  const update = useWorkshop((s) => s.update);
  const navigate = useRoute((s) => s.navigate);
  const [gaps, setGaps] = useState<Gap[] | null>(null);
  const { t } = useTranslation();
  const gapMessage = useCheckMessage();
  const done = w.completedSteps.includes(step);
  const i = STEP_IDS.indexOf(step);
  const prev = STEP_IDS[i - 1];
  const next = STEP_IDS[i + 1];
  // Once the summary is shown it follows the data, so it empties as gaps are filled.
  const liveGaps = gaps === null ? null : stepGaps(w, step);
  // The fields it lists show their problem in place, touched or not.
  const shownFields = new Set(liveGaps?.map((g) => g.field));

  // Each step opens at its top, with focus on its title: the next Tab starts in this step and a
  // screen reader announces it. The previous step's scroll position means nothing here ("Next
  // step →" sits at the bottom). A step that put focus inside itself as it opened keeps it.
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    window.scrollTo({ top: 0, left: 0, behavior: 'instant' });
    const main = titleRef.current?.closest('main');
    const active = document.activeElement;
    if (!(active && active !== document.body && main?.contains(active))) titleRef.current?.focus({ preventScroll: true });
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
          <h1 id="step-title" ref={titleRef} tabIndex={-1}>
            {t(`steps.${step}.title`)}
          </h1>
          <p className="step-purpose">{t(`steps.${step}.purpose`)}</p>
        </div>
        {done ? (
          <div className="row">
            <span className="callout callout-ok" role="status">
              {t('frame.stepDone')}
            </span>
            <button className="btn" onClick={() => update((d) => void (d.completedSteps = d.completedSteps.filter((s) => s !== step)))}>
              {t('frame.reopen')}
            </button>
          </div>
        ) : (
          <button className="btn btn-primary" onClick={markDone}>
            {t('frame.markDone')}
          </button>
        )}
      </header>
      {liveGaps && liveGaps.length > 0 && (
        <div id="gap-summary" className="callout callout-danger" tabIndex={-1} role="alert">
          <strong>{t('frame.gapsTitle')}</strong>
          <ul>
            {liveGaps.map((g, k) => (
              <li key={k}>
                <button className="link-btn" onClick={() => focusField(g.field)}>
                  {gapMessage(g)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {liveGaps && liveGaps.length === 0 && !done && (
        <div className="callout callout-ok" role="status">
          {t('frame.allThere')}
        </div>
      )}
      <ShownGapsContext.Provider value={shownFields}>{children}</ShownGapsContext.Provider>
      <nav className="step-nav" aria-label={t('frame.nav')}>
        {prev ? (
          <button className="btn" onClick={() => navigate({ name: 'workshop', workshopId: w.id, step: prev })}>
            ← {t(`steps.${prev}.title`)}
          </button>
        ) : (
          <span />
        )}
        {next ? (
          <button className="btn" onClick={() => navigate({ name: 'workshop', workshopId: w.id, step: next })}>
            {t(`steps.${next}.title`)} →
          </button>
        ) : (
          <button className="btn btn-primary" onClick={() => navigate({ name: 'wrapUp', workshopId: w.id })}>
            {t('frame.wrapUp')}
          </button>
        )}
      </nav>
    </main>
  );
}

/** The control a "still missing" link takes the facilitator to: the field itself, or inside a group the first one that is missing. */
function focusField(field: string) {
  const el = document.getElementById(field);
  if (!el) return;
  const target = missingControl(el) ?? el;
  target.scrollIntoView({ block: 'center' });
  target.focus();
}

const CONTROLS = 'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])';
const isControl = (el: Element): boolean => el.matches(CONTROLS);

/**
 * In a group (a fieldset of checkboxes, a list of fields), the control that needs the room's
 * answer: one marked invalid, an unticked checkbox, an empty field, a radio group with nothing
 * chosen; else the group's first control. Null when the target is a control, or has none.
 */
export function missingControl(el: HTMLElement): HTMLElement | null {
  if (isControl(el)) return null;
  // A gap that names a group's legend means the group.
  const scope = el.tagName === 'LEGEND' && el.parentElement ? el.parentElement : el;
  const controls = [...scope.querySelectorAll<HTMLElement>(CONTROLS)].filter((c) => c.getClientRects().length > 0);
  if (controls.length === 0) return null;
  const empty = (c: HTMLElement) =>
    (c instanceof HTMLInputElement &&
      !['checkbox', 'radio', 'button', 'submit', 'reset', 'file'].includes(c.type) &&
      c.value.trim() === '') ||
    ((c instanceof HTMLTextAreaElement || c instanceof HTMLSelectElement) && c.value.trim() === '');
  const unticked = (c: HTMLElement) => c instanceof HTMLInputElement && c.type === 'checkbox' && !c.checked;
  const unchosen = (c: HTMLElement) =>
    c instanceof HTMLInputElement &&
    c.type === 'radio' &&
    !controls.some((o) => o instanceof HTMLInputElement && o.type === 'radio' && o.name === c.name && o.checked);
  return (
    controls.find((c) => c.getAttribute('aria-invalid') === 'true') ??
    controls.find(unticked) ??
    controls.find(empty) ??
    controls.find(unchosen) ??
    controls[0]!
  );
}
