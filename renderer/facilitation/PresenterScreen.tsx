import { lazy, memo, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STEP_IDS, stepNumber, type StepId } from '../../shared/workshop/stepIds';
import type { Workshop } from '../../shared/workshop/schema';
import type { SampleLead } from '../../shared/scoring/lead';
import { agendaOf, clockOfMinute, nextBreak, plannedMinutes, summarise } from '../../shared/facilitation/agenda';
import {
  formatClock,
  MINUTE_MS,
  phase as phaseOf,
  remainingMs,
  unrecordedMs,
  type TimerPhase,
  type TimerState,
} from '../../shared/facilitation/timer';
import { stepStatus } from '../../shared/workshop/gaps';
import { storage } from '../app/storageContext';
import { usePresenterFeed } from './presenterSync';
import { useWorkshopTimer } from './timerStore';
import { useBreaks } from './breaksStore';
import { useDuration } from './duration';
import { useNow } from './useNow';
import { isPrivate } from './presenter/adapters';
import { CommitmentSlide, GoalsSlide, HandOffSlide, PersonasSlide, ScoreboardSlide, ToolsSlide } from './presenter/slides';
import { ScoringSlide } from './presenter/ScoringSlide';
import { SlaSlide } from './presenter/SlaSlide';
import { ComplianceSlide } from './presenter/ComplianceSlide';
import './presenter.css';

/** React Flow is only for step 4: its own chunk. */
const DiagramSlide = lazy(() => import('./presenter/DiagramSlide').then((m) => ({ default: m.DiagramSlide })));

/**
 * The room's screen: for the facilitator's step, its artefact as large as the wall allows (the
 * diagram, the persona cards, the SLA with its signatures filling in…), where the day stands
 * ("Step 4 of 10 · 25 min left") and that step's own timer. It follows the facilitator's window
 * live (presenterSync); until the first message it shows the workshop as stored and the step it
 * was opened on. B blanks the screen, here or in the facilitator's window. Private notes and
 * the parking lot are never shown: the room's decisions are.
 */
export function PresenterScreen({ workshopId, step: openedOn }: { workshopId: string; step: StepId }) {
  const { t } = useTranslation(['facilitation', 'app']);
  const { state: feed, blank, setBlank } = usePresenterFeed(workshopId);
  const stored = useStoredWorkshop(workshopId);
  const persistedTimer = useWorkshopTimer(workshopId);
  const workshop = feed?.workshop ?? stored;
  const step = feed?.step ?? openedOn;
  const timer = feed ? feed.timer : (persistedTimer ?? null);

  useEffect(() => {
    document.title = t('presenter.windowTitle');
  }, [t]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.key.toLowerCase() !== 'b') return;
      e.preventDefault();
      setBlank(!blank);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [blank, setBlank]);

  if (blank)
    return (
      <main className="presenter presenter-blank" data-testid="presenter" data-blank="true" data-step={step}>
        <h1 className="sr-only">{t('presenter.blanked')}</h1>
      </main>
    );
  if (!workshop)
    return (
      <main className="presenter presenter-waiting" aria-busy="true">
        {t('presenter.waiting')}
      </main>
    );
  return (
    <main className="presenter" data-testid="presenter" data-step={step} data-blank="false">
      <PresenterHead workshop={workshop} step={step} timer={timer} />
      <div className="presenter-stage">
        <Slide workshop={workshop} step={step} lead={feed?.lead ?? null} />
      </div>
      <Decided workshop={workshop} step={step} />
      <AgendaStrip workshop={workshop} step={step} timer={timer} />
    </main>
  );
}

/** Each step's artefact; memoised so the ticking clock never re-lays out a slide. */
const Slide = memo(function Slide({ workshop: w, step, lead }: { workshop: Workshop; step: StepId; lead: SampleLead | null }) {
  const { t } = useTranslation('app');
  const purpose = t(`steps.${step}.purpose`);
  switch (step) {
    case 'commitment':
      return <CommitmentSlide w={w} purpose={purpose} />;
    case 'goals':
      return <GoalsSlide w={w} purpose={purpose} />;
    case 'targetBuyer':
      return <PersonasSlide w={w} purpose={purpose} />;
    case 'leadProcess':
      return (
        <Suspense fallback={<div className="pv-loading" aria-busy="true" />}>
          <DiagramSlide step={w.leadProcess} purpose={purpose} />
        </Suspense>
      );
    case 'qualifiedLead':
      return <ScoringSlide w={w} lead={lead} purpose={purpose} />;
    case 'handOff':
      return <HandOffSlide w={w} purpose={purpose} />;
    case 'sla':
      return <SlaSlide w={w} purpose={purpose} />;
    case 'metrics':
      return <ScoreboardSlide w={w} purpose={purpose} />;
    case 'technology':
      return <ToolsSlide w={w} purpose={purpose} />;
    case 'feedback':
      return <ComplianceSlide w={w} purpose={purpose} />;
  }
});

/**
 * The clock of the step on screen: live when the timer runs (or is paused) for it; otherwise
 * that step's planned timebox. Never another step's timer: the room reads it as theirs.
 */
function useStepClock(workshop: Workshop, step: StepId, timer: TimerState | null) {
  const own = timer && timer.stepId === step && (timer.status === 'running' || timer.status === 'paused') ? timer : null;
  const now = useNow(own?.status === 'running');
  const planned = plannedMinutes(agendaOf(workshop.facilitation.agenda), step) * MINUTE_MS;
  if (!own) return { live: false as const, ms: planned, phase: 'normal' as TimerPhase, paused: false };
  return { live: true as const, ms: remainingMs(own, now), phase: phaseOf(own, now), paused: own.status === 'paused' };
}

function PresenterHead({ workshop, step, timer }: { workshop: Workshop; step: StepId; timer: TimerState | null }) {
  const { t } = useTranslation(['facilitation', 'app']);
  const dur = useDuration();
  const clock = useStepClock(workshop, step, timer);
  const n = stepNumber(step);
  const position = !clock.live
    ? t('presenter.kickerPlanned', { n, planned: dur(clock.ms) })
    : clock.ms >= 0
      ? t('presenter.kickerLeft', { n, left: dur(Math.ceil(clock.ms / MINUTE_MS) * MINUTE_MS) })
      : t('presenter.kickerOver', { n, over: dur(-clock.ms) });
  const label = !clock.live
    ? t('presenter.clock.planned')
    : clock.phase !== 'normal'
      ? t(`timer.phase.${clock.phase}`)
      : clock.paused
        ? t('timer.paused')
        : t('timer.phase.normal');
  return (
    <header className="presenter-head">
      <div className="presenter-heading">
        <div className="presenter-kicker" data-testid="presenter-position">
          {position}
        </div>
        <h1 className="presenter-title">{t(`app:steps.${step}.title`)}</h1>
      </div>
      <div className="presenter-timer" data-phase={clock.phase} data-live={clock.live} data-testid="presenter-timer">
        <span className="presenter-timer-time" data-testid="presenter-clock">
          {formatClock(clock.ms)}
        </span>
        <span className="presenter-timer-label">{label}</span>
      </div>
    </header>
  );
}

/** What the room decided on this step, newest last: the room's own record, safe to project. */
function Decided({ workshop, step }: { workshop: Workshop; step: StepId }) {
  const { t } = useTranslation('facilitation');
  const decided = workshop.facilitation.decisions.filter((d) => d.stepId === step && !isPrivate(d) && d.text.trim()).slice(-2);
  if (decided.length === 0) return null;
  return (
    <section className="presenter-decided" aria-labelledby="presenter-decided">
      <h2 id="presenter-decided">{t('presenter.decided')}</h2>
      <ul>
        {decided.map((d) => (
          <li key={d.id}>{d.text}</li>
        ))}
      </ul>
    </section>
  );
}

/** The day at a glance: ten steps (done, now, next), the client, when the day ends and the next break. */
function AgendaStrip({ workshop, step, timer }: { workshop: Workshop; step: StepId; timer: TimerState | null }) {
  const { t } = useTranslation(['facilitation', 'app']);
  const breaks = useBreaks(workshop.id);
  const now = useNow(timer?.status === 'running', 15_000);
  const agenda = agendaOf(workshop.facilitation.agenda);
  const live = timer ? { stepId: timer.stepId, ms: unrecordedMs(timer, now) } : null;
  const summary = summarise(agenda, live, breaks);
  const row = summary.rows.find((r) => r.step === step)!;
  const upcoming = nextBreak(summary, row.plannedStartMinute);
  return (
    <footer className="presenter-foot">
      <ol className="presenter-agenda" aria-label={t('presenter.agenda')}>
        {STEP_IDS.map((id) => {
          const status = stepStatus(workshop, id);
          return (
            <li key={id} data-current={id === step} data-status={status} aria-current={id === step ? 'step' : undefined}>
              <span className="presenter-agenda-num">{status === 'done' && id !== step ? '✓' : stepNumber(id)}</span>
              {id === step && <span className="presenter-agenda-title">{t(`app:steps.${id}.title`)}</span>}
            </li>
          );
        })}
      </ol>
      <p className="presenter-day" data-testid="presenter-day">
        <span>{workshop.clientCompany}</span>
        <span>{t('presenter.dayEnds', { time: clockOfMinute(summary.plannedEndMinute) })}</span>
        {upcoming && <span>{t(`presenter.next.${upcoming.kind}`, { time: clockOfMinute(upcoming.startMinute) })}</span>}
      </p>
    </footer>
  );
}

function useStoredWorkshop(id: string): Workshop | null {
  const [w, setW] = useState<Workshop | null>(null);
  useEffect(() => {
    let live = true;
    void storage()
      .getWorkshop(id)
      .then(
        (x) => live && setW(x ?? null),
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, [id]);
  return w;
}
