import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { stepNumber, type StepId } from '../../shared/workshop/stepIds';
import type { Workshop } from '../../shared/workshop/schema';
import { formatClock, phase as phaseOf, remainingMs, type TimerState } from '../../shared/facilitation/timer';
import { storage } from '../app/storageContext';
import { keyContent } from './keyContent';
import { usePresenterFeed } from './presenterSync';
import { useWorkshopTimer } from './timerStore';
import { useNow } from './useNow';
import './presenter.css';

/**
 * The room's screen: the current step's title and key content in large type, and the timer.
 * It follows the facilitator's window live (presenterSync); until the first message it shows
 * the workshop as stored and the step it was opened on.
 */
export function PresenterScreen({ workshopId, step: openedOn }: { workshopId: string; step: StepId }) {
  const { t } = useTranslation(['facilitation', 'app']);
  const feed = usePresenterFeed(workshopId);
  const stored = useStoredWorkshop(workshopId);
  const persistedTimer = useWorkshopTimer(workshopId);
  const workshop = feed?.workshop ?? stored;
  const step = feed?.step ?? openedOn;
  const timer = feed ? feed.timer : (persistedTimer ?? null);

  useEffect(() => {
    document.title = t('presenter.windowTitle');
  }, [t]);

  if (!workshop) return <main className="presenter presenter-waiting" aria-busy="true">{t('presenter.waiting')}</main>;
  const content = keyContent(workshop, step, t);
  const decided = workshop.facilitation.decisions.filter((d) => d.stepId === step).slice(-3);
  return (
    <main className="presenter" data-testid="presenter" data-step={step}>
      <header className="presenter-head">
        <div>
          <div className="presenter-kicker">{t('app:frame.kicker', { n: stepNumber(step) })} · {workshop.clientCompany}</div>
          <h1 className="presenter-title">{t(`app:steps.${step}.title`)}</h1>
        </div>
        <PresenterTimer timer={timer} />
      </header>
      <p className="presenter-purpose">{t(`app:steps.${step}.purpose`)}</p>
      {content.quote && <blockquote className="presenter-quote">{content.quote}</blockquote>}
      {content.lines.length > 0 && (
        <ul className="presenter-lines">
          {content.lines.map((l, i) => <li key={i}>{l}</li>)}
        </ul>
      )}
      {decided.length > 0 && (
        <section className="presenter-decided" aria-labelledby="presenter-decided">
          <h2 id="presenter-decided">{t('presenter.decided')}</h2>
          <ul>
            {decided.map((d) => <li key={d.id}>{d.text}</li>)}
          </ul>
        </section>
      )}
    </main>
  );
}

function PresenterTimer({ timer }: { timer: TimerState | null }) {
  const { t } = useTranslation('facilitation');
  const now = useNow(timer?.status === 'running');
  if (!timer || timer.status === 'finished') return null;
  const phase = phaseOf(timer, now);
  return (
    <div className="presenter-timer" data-phase={phase} data-testid="presenter-timer">
      <span className="presenter-timer-time">{formatClock(remainingMs(timer, now))}</span>
      <span className="presenter-timer-label">
        {t('timer.stepShort', { n: stepNumber(timer.stepId) })}
        {phase !== 'normal' ? ` · ${t(`timer.phase.${phase}`)}` : timer.status === 'paused' ? ` · ${t('timer.paused')}` : ''}
      </span>
    </div>
  );
}

function useStoredWorkshop(id: string): Workshop | null {
  const [w, setW] = useState<Workshop | null>(null);
  useEffect(() => {
    let live = true;
    void storage().getWorkshop(id).then((x) => live && setW(x ?? null), () => undefined);
    return () => {
      live = false;
    };
  }, [id]);
  return w;
}
