import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Pause, Play, Plus, Square, Timer } from 'lucide-react';
import { stepNumber, type StepId } from '../../shared/workshop/stepIds';
import { agendaOf, plannedMinutes } from '../../shared/facilitation/agenda';
import { formatClock, MINUTE_MS, phase as phaseOf, remainingMs, type TimerPhase } from '../../shared/facilitation/timer';
import { useOpenWorkshop } from '../app/workshopStore';
import { useTimers, useWorkshopTimer } from './timerStore';
import { openDialog } from './facilitationUi';
import { beepFor } from './sound';
import { useNow } from './useNow';
import './facilitation.css';

/** Minutes one press of "+" adds: enough to finish a discussion, small enough to press twice. */
export const EXTEND_MINUTES = 5;

/**
 * The step timer in the top bar: remaining time on a colour that turns orange at 20 % left and
 * red at 5 % left (always with a word too, never colour alone), start / pause, +5 minutes.
 * It belongs to the step it was started on and keeps running while the room looks elsewhere.
 */
export function TimerWidget({ step }: { step: StepId }) {
  const { t } = useTranslation('facilitation');
  const w = useOpenWorkshop();
  const current = useWorkshopTimer(w.id);
  const { toggle, extend, finish, timeStep } = useTimers.getState();
  const now = useNow(current?.status === 'running');
  const sound = useTimers((s) => s.sound);

  const active = current && current.status !== 'finished' ? current : null;
  const ownStep = active?.stepId ?? step;
  const left = active ? remainingMs(active, now) : plannedMinutes(agendaOf(w.facilitation.agenda), step) * MINUTE_MS;
  const phase: TimerPhase = active ? phaseOf(active, now) : 'normal';
  usePhaseBeep(active ? `${active.stepId}:${active.durationMs}` : null, phase, sound && active?.status === 'running');

  const label = t(`timer.phase.${phase}`);
  return (
    <div
      className="step-timer"
      role="group"
      aria-label={t('timer.group')}
      data-testid="step-timer"
      data-phase={phase}
      data-status={active?.status ?? 'idle'}
    >
      <button className="step-timer-clock" onClick={() => openDialog({ name: 'agenda' })}>
        <Timer size={16} aria-hidden="true" />
        {/* The step number only when the timer runs for another step than the one on screen. */}
        {ownStep !== step && <span className="step-timer-step">{t('timer.stepShort', { n: stepNumber(ownStep) })}</span>}
        <span className="step-timer-time" data-testid="timer-remaining">
          {formatClock(left)}
        </span>
        {phase !== 'normal' && <span className="step-timer-phase">{label}</span>}
        {/* The visible text leads the accessible name (WCAG 2.5.3); the rest is for screen readers. */}
        <span className="sr-only">{t('timer.clockSr', { step: stepNumber(ownStep) })}</span>
      </button>
      <button
        className="btn btn-sm btn-ghost icon-btn"
        onClick={() => toggle(w, step)}
        aria-label={active?.status === 'running' ? t('timer.pause') : active?.status === 'paused' ? t('timer.resume') : t('timer.start')}
      >
        {active?.status === 'running' ? <Pause size={16} aria-hidden="true" /> : <Play size={16} aria-hidden="true" />}
      </button>
      {active && (
        <>
          <button
            className="btn btn-sm btn-ghost icon-btn"
            onClick={() => extend(w.id, EXTEND_MINUTES)}
            aria-label={t('timer.extend', { count: EXTEND_MINUTES })}
          >
            <Plus size={14} aria-hidden="true" />
            {EXTEND_MINUTES}
          </button>
          <button className="btn btn-sm btn-ghost icon-btn" onClick={() => finish(w.id)} aria-label={t('timer.finish')}>
            <Square size={14} aria-hidden="true" />
          </button>
        </>
      )}
      {active && active.stepId !== step && (
        <button className="btn btn-sm step-timer-switch" onClick={() => timeStep(w, step)}>
          {t('timer.timeThisStep', { n: stepNumber(step) })}
        </button>
      )}
      <span className="sr-only" role="status">
        {phase !== 'normal' ? t('timer.announce', { phase: label }) : ''}
      </span>
    </div>
  );
}

/** One beep per phase change of one timebox (an extension starts a new one), only when wanted. */
function usePhaseBeep(timebox: string | null, phase: TimerPhase, enabled: boolean) {
  const last = useRef<{ timebox: string | null; phase: TimerPhase }>({ timebox, phase });
  useEffect(() => {
    const prev = last.current;
    last.current = { timebox, phase };
    if (enabled && prev.timebox === timebox && prev.phase !== phase) beepFor(phase);
  }, [timebox, phase, enabled]);
}
