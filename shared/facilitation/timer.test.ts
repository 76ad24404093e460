import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { STEP_IDS } from '../workshop/steps';
import {
  extend,
  finish,
  formatClock,
  idleTimer,
  MINUTE_MS,
  pause,
  phase,
  remainingMs,
  resume,
  start,
  switchStep,
  toggle,
  unrecordedMs,
  type TimerState,
} from './timer';

const T0 = 1_800_000_000_000;
const tenMinutes = () => idleTimer('goals', 10 * MINUTE_MS);

describe('step timer', () => {
  it('counts down only while running, and keeps its time over a pause', () => {
    let t = start(tenMinutes(), T0);
    expect(remainingMs(t, T0 + 3 * MINUTE_MS)).toBe(7 * MINUTE_MS);
    t = pause(t, T0 + 3 * MINUTE_MS);
    expect(t.status).toBe('paused');
    expect(remainingMs(t, T0 + 30 * MINUTE_MS)).toBe(7 * MINUTE_MS);
    t = resume(t, T0 + 30 * MINUTE_MS);
    expect(remainingMs(t, T0 + 31 * MINUTE_MS)).toBe(6 * MINUTE_MS);
  });

  it('turns orange at 20 % left, red at 5 % left, and runs into overtime', () => {
    const t = start(tenMinutes(), T0);
    expect(phase(t, T0 + 7 * MINUTE_MS)).toBe('normal');
    expect(phase(t, T0 + 8 * MINUTE_MS)).toBe('warning'); // 2:00 of 10:00 left = 20 %
    expect(phase(t, T0 + 9 * MINUTE_MS)).toBe('warning');
    expect(phase(t, T0 + 9.5 * MINUTE_MS)).toBe('critical'); // 0:30 left = 5 %
    expect(phase(t, T0 + 10 * MINUTE_MS)).toBe('overtime');
    expect(remainingMs(t, T0 + 12 * MINUTE_MS)).toBe(-2 * MINUTE_MS);
  });

  it('gives a step more time with extend, out of red back to normal', () => {
    const t = start(tenMinutes(), T0);
    const late = T0 + 9.8 * MINUTE_MS;
    expect(phase(t, late)).toBe('critical');
    const longer = extend(t, 5);
    expect(longer.durationMs).toBe(15 * MINUTE_MS);
    expect(phase(longer, late)).toBe('normal');
    expect(extend(t, -5)).toBe(t);
    expect(extend(t, Number.NaN)).toBe(t);
  });

  it('hands back the time spent when a timebox is finished, once', () => {
    const t = start(tenMinutes(), T0);
    const { timer, spentMs } = finish(t, T0 + 4 * MINUTE_MS);
    expect(spentMs).toBe(4 * MINUTE_MS);
    expect(timer.status).toBe('finished');
    expect(unrecordedMs(timer, T0 + 9 * MINUTE_MS)).toBe(0);
    expect(finish(timer, T0 + 9 * MINUTE_MS).spentMs).toBe(0);
    // Starting again opens a fresh timebox for the same step.
    expect(remainingMs(start(timer, T0 + 9 * MINUTE_MS), T0 + 9 * MINUTE_MS)).toBe(10 * MINUTE_MS);
  });

  it('switching to another step finishes the old timebox and starts the new one running', () => {
    const t = start(tenMinutes(), T0);
    const { timer, spent } = switchStep(t, 'targetBuyer', 40 * MINUTE_MS, T0 + 6 * MINUTE_MS);
    expect(spent).toEqual({ stepId: 'goals', ms: 6 * MINUTE_MS });
    expect(timer).toMatchObject({ stepId: 'targetBuyer', status: 'running', durationMs: 40 * MINUTE_MS });
    // Asking to time the step already being timed changes nothing.
    expect(switchStep(timer, 'targetBuyer', 5 * MINUTE_MS, T0 + 7 * MINUTE_MS)).toEqual({ timer, spent: null });
  });

  it('does not un-spend time when the clock goes backwards', () => {
    const t = start(tenMinutes(), T0);
    expect(remainingMs(t, T0 - 5 * MINUTE_MS)).toBe(10 * MINUTE_MS);
  });

  it('formats remaining time as the room reads it', () => {
    expect(formatClock(10 * MINUTE_MS)).toBe('10:00');
    expect(formatClock(59_001)).toBe('1:00');
    expect(formatClock(500)).toBe('0:01');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(-61_000)).toBe('−1:01');
    expect(formatClock(65 * MINUTE_MS + 5000)).toBe('1:05:05');
  });
});

type Action = { kind: 'toggle' | 'pause' | 'resume' | 'start' | 'wait'; ms: number };
const action = fc.record({
  kind: fc.constantFrom('toggle', 'pause', 'resume', 'start', 'wait'),
  ms: fc.integer({ min: 0, max: 20 * MINUTE_MS }),
}) as fc.Arbitrary<Action>;

/** Runs actions with time moving forward between them; returns every (state, now) seen. */
function run(actions: Action[], initial: TimerState): { t: TimerState; now: number }[] {
  let now = T0;
  let t = initial;
  const seen = [{ t, now }];
  for (const a of actions) {
    now += a.ms;
    if (a.kind === 'toggle') t = toggle(t, now);
    else if (a.kind === 'pause') t = pause(t, now);
    else if (a.kind === 'resume') t = resume(t, now);
    else if (a.kind === 'start') t = start(t, now);
    seen.push({ t, now });
  }
  return seen;
}

describe('step timer properties', () => {
  const initial = fc.tuple(fc.constantFrom(...STEP_IDS), fc.integer({ min: 1, max: 120 })).map(([s, m]) => idleTimer(s, m * MINUTE_MS));

  it('remaining time never increases without an extend, whatever the facilitator presses', () => {
    fc.assert(
      fc.property(initial, fc.array(action, { maxLength: 40 }), (t0, actions) => {
        const seen = run(actions, t0);
        for (let i = 1; i < seen.length; i++)
          expect(remainingMs(seen[i]!.t, seen[i]!.now)).toBeLessThanOrEqual(remainingMs(seen[i - 1]!.t, seen[i - 1]!.now));
      }),
    );
  });

  it('elapsed time is exactly the time spent running', () => {
    fc.assert(
      fc.property(initial, fc.array(action, { maxLength: 40 }), (t0, actions) => {
        const seen = run(actions, t0);
        let running = 0;
        for (let i = 1; i < seen.length; i++) if (seen[i - 1]!.t.status === 'running') running += seen[i]!.now - seen[i - 1]!.now;
        const last = seen.at(-1)!;
        expect(last.t.durationMs - remainingMs(last.t, last.now)).toBe(running);
      }),
    );
  });

  it('the phase only ever moves forward (normal → warning → critical → overtime) while time passes', () => {
    const order = ['normal', 'warning', 'critical', 'overtime'];
    fc.assert(
      fc.property(initial, fc.array(fc.integer({ min: 0, max: 10 * MINUTE_MS }), { maxLength: 30 }), (t0, waits) => {
        const t = start(t0, T0);
        let now = T0;
        let last = order.indexOf(phase(t, now));
        for (const w of waits) {
          now += w;
          const p = order.indexOf(phase(t, now));
          expect(p).toBeGreaterThanOrEqual(last);
          last = p;
        }
      }),
    );
  });

  it('extending always adds exactly the minutes asked for (within the day cap)', () => {
    fc.assert(
      fc.property(initial, fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 60 * MINUTE_MS }), (t0, minutes, wait) => {
        const t = start(t0, T0);
        const before = remainingMs(t, T0 + wait);
        expect(remainingMs(extend(t, minutes), T0 + wait)).toBe(before + minutes * MINUTE_MS);
      }),
    );
  });
});
