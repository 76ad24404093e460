import { newId } from '../workshop/factory';
import type { FollowUpAttempt } from '../workshop/steps/handOff';
import { say, type CheckMessage } from '../workshop/checkMessage';

export interface CadenceDay {
  day: number;
  attempts: FollowUpAttempt[];
}

export interface CadenceSummary {
  attempts: number;
  /** Calendar days from the first attempt to the last, both included (day 1 to day 10 = 10). */
  spanDays: number;
  firstDay: number | null;
  lastDay: number | null;
  /** By day, then in the order the room entered them. */
  sorted: FollowUpAttempt[];
  byDay: CadenceDay[];
}

export function cadenceSummary(attempts: readonly FollowUpAttempt[]): CadenceSummary {
  const sorted = attempts
    .map((a, i) => ({ a, i }))
    .sort((x, y) => x.a.day - y.a.day || x.i - y.i)
    .map((x) => x.a);
  const byDay: CadenceDay[] = [];
  for (const a of sorted) {
    const last = byDay[byDay.length - 1];
    if (last?.day === a.day) last.attempts.push(a);
    else byDay.push({ day: a.day, attempts: [a] });
  }
  const firstDay = sorted[0]?.day ?? null;
  const lastDay = sorted[sorted.length - 1]?.day ?? null;
  return {
    attempts: sorted.length,
    spanDays: firstDay === null || lastDay === null ? 0 : lastDay - firstDay + 1,
    firstDay,
    lastDay,
    sorted,
    byDay,
  };
}

/** "6 attempts over 10 days" — the sentence a room repeats back, as a meaning the screen words. */
export function cadenceSentence(s: Pick<CadenceSummary, 'attempts' | 'spanDays'>): CheckMessage {
  if (s.attempts === 0) return say('cadenceNone');
  return say('cadenceSummary', { attempts: say('attemptCount', { count: s.attempts }), days: say('dayCount', { count: s.spanDays }) });
}

/**
 * A common inside-sales cadence: phone and e-mail on the first day, then alternating every
 * two to three days — six attempts within ten days, the follow-up most SLAs start from.
 */
export const STANDARD_CADENCE: readonly Omit<FollowUpAttempt, 'id'>[] = [
  { day: 1, channel: 'phone' },
  { day: 1, channel: 'email' },
  { day: 3, channel: 'phone' },
  { day: 5, channel: 'email' },
  { day: 8, channel: 'phone' },
  { day: 10, channel: 'email' },
];

export const standardCadence = (makeId = newId): FollowUpAttempt[] => STANDARD_CADENCE.map((a) => ({ id: makeId(), ...a }));

/** The day a new attempt most likely goes on: two days after the last one. */
export function nextAttemptDay(attempts: readonly FollowUpAttempt[]): number {
  const last = Math.max(0, ...attempts.map((a) => a.day));
  return last === 0 ? 1 : Math.min(90, last + 2);
}
