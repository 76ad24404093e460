import type { StepId } from '../workshop/steps';

/**
 * The step timer as a pure state machine. Time is always passed in (`now`, epoch ms) so the
 * same state gives the same answer in the facilitator's window, the presenter window and the
 * tests; nothing here reads a clock.
 *
 * Elapsed time is kept as "banked" milliseconds plus the moment the current run began, never
 * as a counter that ticks: a timer that is persisted, reloaded or read from another window an
 * hour later is still exact.
 */
export type TimerStatus = 'idle' | 'running' | 'paused' | 'finished';

export interface TimerState {
  /** The step this timer belongs to: moving between steps does not move the timer. */
  stepId: StepId;
  status: TimerStatus;
  /** The timebox, including any extensions. */
  durationMs: number;
  /** Time run before the current run (all of it when paused or finished). */
  bankedMs: number;
  /** When the current run began; null unless running. */
  runningSince: number | null;
}

export type TimerPhase = 'normal' | 'warning' | 'critical' | 'overtime';

/** Orange at 20 % of the timebox left, red at 5 %: a warning the room can see from its seats. */
export const WARNING_AT = 0.2;
export const CRITICAL_AT = 0.05;
export const MINUTE_MS = 60_000;
/** Longest timebox or extension a facilitator can set: a whole working day. */
export const MAX_DURATION_MS = 12 * 60 * MINUTE_MS;

const clampDuration = (ms: number) => Math.min(MAX_DURATION_MS, Math.max(MINUTE_MS, Math.round(ms)));

export function idleTimer(stepId: StepId, durationMs: number): TimerState {
  return { stepId, status: 'idle', durationMs: clampDuration(durationMs), bankedMs: 0, runningSince: null };
}

/** A clock that went backwards (the laptop's time was corrected) never un-spends time. */
export function elapsedMs(t: TimerState, now: number): number {
  return t.bankedMs + (t.status === 'running' && t.runningSince !== null ? Math.max(0, now - t.runningSince) : 0);
}

/** Negative once the timebox is spent (overtime). */
export const remainingMs = (t: TimerState, now: number): number => t.durationMs - elapsedMs(t, now);

export function phase(t: TimerState, now: number): TimerPhase {
  const left = remainingMs(t, now);
  if (left <= 0) return 'overtime';
  if (left <= t.durationMs * CRITICAL_AT) return 'critical';
  if (left <= t.durationMs * WARNING_AT) return 'warning';
  return 'normal';
}

export function start(t: TimerState, now: number): TimerState {
  if (t.status === 'running') return t;
  // Starting a finished timer begins a fresh timebox for the same step.
  const base = t.status === 'finished' ? { ...t, bankedMs: 0 } : t;
  return { ...base, status: 'running', runningSince: now };
}

export function pause(t: TimerState, now: number): TimerState {
  if (t.status !== 'running') return t;
  return { ...t, status: 'paused', bankedMs: elapsedMs(t, now), runningSince: null };
}

export const resume = (t: TimerState, now: number): TimerState => (t.status === 'paused' ? start(t, now) : t);

/** Start, pause or resume: the one button in the top bar. */
export const toggle = (t: TimerState, now: number): TimerState => (t.status === 'running' ? pause(t, now) : start(t, now));

/** More time for this step (the planned timebox in the agenda stays as planned). */
export function extend(t: TimerState, minutes: number): TimerState {
  if (t.status === 'finished' || !Number.isFinite(minutes) || minutes <= 0) return t;
  return { ...t, durationMs: clampDuration(t.durationMs + minutes * MINUTE_MS) };
}

/**
 * Close this step's timebox. Returns the time it ran, for the agenda's actuals: the caller
 * records it once, which is why a finished timer's time is never counted again.
 */
export function finish(t: TimerState, now: number): { timer: TimerState; spentMs: number } {
  if (t.status === 'idle' || t.status === 'finished') return { timer: t, spentMs: 0 };
  const spentMs = elapsedMs(t, now);
  return { timer: { ...t, status: 'finished', bankedMs: spentMs, runningSince: null }, spentMs };
}

/**
 * Time another step: the current timer is finished (its time goes to its own step) and the
 * new one starts running at once, so the room never has an untimed gap.
 */
export function switchStep(
  t: TimerState,
  stepId: StepId,
  durationMs: number,
  now: number,
): { timer: TimerState; spent: { stepId: StepId; ms: number } | null } {
  if (t.stepId === stepId && t.status !== 'finished') return { timer: t.status === 'running' ? t : start(t, now), spent: null };
  const { spentMs } = finish(t, now);
  return { timer: start(idleTimer(stepId, durationMs), now), spent: spentMs > 0 ? { stepId: t.stepId, ms: spentMs } : null };
}

/** Time not yet written to the agenda: what this timer adds to its step's actual. */
export const unrecordedMs = (t: TimerState, now: number): number =>
  t.status === 'running' || t.status === 'paused' ? elapsedMs(t, now) : 0;

/** "12:05", "1:02:05", "−3:10" — the sign is the real minus, which reads at a distance. */
export function formatClock(ms: number): string {
  const negative = ms < 0;
  // Whole seconds, rounded towards more time left, so 0:00 shows only when time is really up.
  const total = negative ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const body = h > 0 ? `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}` : `${m}:${String(s).padStart(2, '0')}`;
  return negative && total > 0 ? `−${body}` : body;
}
