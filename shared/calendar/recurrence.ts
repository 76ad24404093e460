import type { Meeting } from '../workshop/steps/feedback';
import { addDays, addMonths, nthWeekdayOfMonth, weekday, weekdayOrdinal } from './dates';
import { say, type CheckMessage, type Ordinal, type Weekday } from '../workshop/checkMessage';

/**
 * How a meeting repeats. Weekly meetings repeat on the weekday of their first date; monthly
 * and quarterly ones on the same weekday of the month (e.g. "the 2nd Tuesday"), because a
 * meeting pinned to a day number falls on weekends; the 5th weekday becomes "the last".
 */
export interface Recurrence {
  freq: 'WEEKLY' | 'MONTHLY';
  interval: number;
  /** RRULE BYDAY for monthly rules, e.g. "2TU" or "-1FR". */
  byDay: string | null;
}

const ICAL_DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

export function recurrenceOf(m: Pick<Meeting, 'frequency' | 'firstDate'>): Recurrence {
  const byDay = `${weekdayOrdinal(m.firstDate)}${ICAL_DAYS[weekday(m.firstDate)]}`;
  switch (m.frequency) {
    case 'weekly':
      return { freq: 'WEEKLY', interval: 1, byDay: null };
    case 'biweekly':
      return { freq: 'WEEKLY', interval: 2, byDay: null };
    case 'monthly':
      return { freq: 'MONTHLY', interval: 1, byDay };
    case 'quarterly':
      return { freq: 'MONTHLY', interval: 3, byDay };
  }
}

export function rruleText(r: Recurrence): string {
  return `FREQ=${r.freq}${r.interval > 1 ? `;INTERVAL=${r.interval}` : ''}${r.byDay ? `;BYDAY=${r.byDay}` : ''}`;
}

/** How a meeting repeats, as a meaning the screen words: "Every 2 weeks on Monday", "Every 3 months on the 2nd Tuesday". */
export function describeRecurrence(m: Pick<Meeting, 'frequency' | 'firstDate'>): CheckMessage {
  const day = say(`weekday.${weekday(m.firstDate) as Weekday}`);
  const n = weekdayOrdinal(m.firstDate);
  const ord = say(`ord.${(n === -1 ? 'last' : n) as Ordinal}`);
  return say(`recur.${m.frequency}`, m.frequency === 'weekly' || m.frequency === 'biweekly' ? { day } : { ord, day });
}

/** The first `count` dates the meeting happens on (local dates in its time zone), none after `until` (ISO date) when given. */
export function nextOccurrences(m: Pick<Meeting, 'frequency' | 'firstDate'>, count: number, until?: string | null): string[] {
  const r = recurrenceOf(m);
  const out: string[] = [];
  const dow = weekday(m.firstDate);
  const n = weekdayOrdinal(m.firstDate);
  for (let i = 0; i < count; i++) {
    out.push(
      r.freq === 'WEEKLY'
        ? addDays(m.firstDate, i * 7 * r.interval)
        : nthWeekdayOfMonth(addMonths(`${m.firstDate.slice(0, 8)}01`, i * r.interval), dow, n),
    );
  }
  return until ? out.filter((d) => d <= until) : out;
}
