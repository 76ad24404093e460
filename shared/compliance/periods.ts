import type { Period, SlaCommitment } from '../workshop/schema';
import type { Weekday } from '../workshop/steps/sla';
import { WEEKDAYS } from '../workshop/steps/sla';
import type { CompliancePeriod, LogUnit } from '../workshop/steps/feedback';
import { addDays, addMonths, daysBetween, startOfMonth, weekday } from '../calendar/dates';
import type { Language } from '../workshop/languages';
import { defaultText } from '../workshop/defaultText';

/**
 * The calendar the compliance log counts in: weeks that start on the workshop's chosen weekday,
 * calendar months, quarters and years. A log period is a start/end date range; a commitment is
 * judged in its own period, so a range is measured in "how many of the commitment's periods it
 * covers" (a week of a 28-day February is a quarter of that month).
 */
const newId = (): string => globalThis.crypto.randomUUID();

/** JavaScript's weekday number (0 = Sunday) of a Weekday. */
const dayNumber = (d: Weekday): number => (WEEKDAYS.indexOf(d) + 1) % 7;

/** The first day of the week containing `date`, weeks starting on `weekStartsOn`. */
export const weekStart = (date: string, weekStartsOn: Weekday): string =>
  addDays(date, -((weekday(date) - dayNumber(weekStartsOn) + 7) % 7));

/** The calendar period of `period` that contains `date`. */
export function calendarPeriod(date: string, period: Period, weekStartsOn: Weekday): { start: string; end: string } {
  const y = date.slice(0, 4);
  switch (period) {
    case 'week': {
      const start = weekStart(date, weekStartsOn);
      return { start, end: addDays(start, 6) };
    }
    case 'month': {
      const start = startOfMonth(date);
      return { start, end: addDays(addMonths(start, 1), -1) };
    }
    case 'quarter': {
      const q = Math.floor((Number(date.slice(5, 7)) - 1) / 3);
      const start = `${y}-${String(q * 3 + 1).padStart(2, '0')}-01`;
      return { start, end: addDays(addMonths(start, 3), -1) };
    }
    case 'year':
      return { start: `${y}-01-01`, end: `${y}-12-31` };
  }
}

const daysIn = (start: string, end: string): number => daysBetween(start, end) + 1;

/**
 * How many `period`s the date range covers, as a fraction: each calendar period it overlaps
 * counts its share of days (January 4–10 is 7/31 of a month, a 28-day February 1). A volume
 * target per `period` times this is the volume expected over the range.
 */
export function periodsCovered(start: string, end: string, period: Period, weekStartsOn: Weekday): number {
  if (end < start) return 0;
  if (period === 'week') return daysIn(start, end) / 7;
  let total = 0;
  for (let from = start; from <= end;) {
    const p = calendarPeriod(from, period, weekStartsOn);
    const to = p.end < end ? p.end : end;
    total += daysIn(from, to) / daysIn(p.start, p.end);
    from = addDays(to, 1);
  }
  return total;
}

/** The day in the middle of a range: the calendar period a log period belongs to. */
export const midpoint = (start: string, end: string): string => addDays(start, Math.floor(daysBetween(start, end) / 2));

/** The unit a schemaVersion 4 log was kept in: the first commitment's period, month by default. */
export const legacyLogUnit = (commitments: readonly Pick<SlaCommitment, 'period'>[]): LogUnit => {
  const p = commitments[0]?.period;
  return p === 'week' || p === 'quarter' ? p : 'month';
};

/**
 * The period of `unit` that begins on `start`: its last day and a readable label, in the
 * workshop's document language (the label is printed in the report's compliance log).
 */
export function periodFrom(start: string, unit: LogUnit | Period, language: Language = 'en'): { end: string; label: string } {
  const [y, m] = [Number(start.slice(0, 4)), Number(start.slice(5, 7))];
  const t = defaultText(language).compliance;
  switch (unit) {
    case 'week':
      return { end: addDays(start, 6), label: t.weekOf(start) };
    case 'month':
      return { end: addDays(addMonths(start, 1), -1), label: t.month(t.months[m - 1]!, y) };
    case 'quarter':
      return { end: addDays(addMonths(start, 3), -1), label: t.quarter(Math.floor((m - 1) / 3) + 1, y) };
    case 'year':
      return { end: addDays(addMonths(start, 12), -1), label: String(y) };
  }
}

export const periodsInOrder = (periods: readonly CompliancePeriod[]): CompliancePeriod[] =>
  [...periods].sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));

/**
 * The period after the latest one, or the first one: the week (on `weekStartsOn`), month or
 * quarter that contains the SLA's effective date, else today.
 */
export function nextPeriod(
  existing: readonly CompliancePeriod[],
  unit: LogUnit,
  startHint: string,
  weekStartsOn: Weekday = 'monday',
  makeId = newId,
  language: Language = 'en',
): CompliancePeriod {
  const last = periodsInOrder(existing).at(-1);
  const start = last ? addDays(last.end, 1) : calendarPeriod(startHint, unit, weekStartsOn).start;
  const { end, label } = periodFrom(start, unit, language);
  return { id: makeId(), label, start, end, actuals: {} };
}

/**
 * Imported periods join the log: a period with the same start is the same period (its label,
 * end and the imported commitments' actuals are replaced; other actuals stay), others are added.
 */
export function mergePeriods(existing: readonly CompliancePeriod[], imported: readonly CompliancePeriod[]): CompliancePeriod[] {
  const out = existing.map((p) => ({ ...p, actuals: { ...p.actuals } }));
  for (const p of imported) {
    const same = out.find((q) => q.start === p.start);
    if (same) {
      same.label = p.label;
      same.end = p.end;
      Object.assign(same.actuals, p.actuals);
    } else out.push({ ...p, actuals: { ...p.actuals } });
  }
  return periodsInOrder(out);
}
