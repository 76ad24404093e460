import type { DateParts, DateTimeParts } from './strings';

/**
 * Date arithmetic for the document, all in UTC: a signed agreement must read the same on every
 * machine, whatever its time zone or locale data.
 */

/** 'YYYY-MM-DD' → parts, or null when empty or malformed. */
export function parseIsoDate(iso: string): DateParts | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(year, month - 1, day));
  if (t.getUTCFullYear() !== year || t.getUTCMonth() !== month - 1 || t.getUTCDate() !== day) return null;
  return { year, month, day };
}

/** Any ISO date-time with an offset → its UTC parts, or null when unparseable. */
export function utcParts(isoDateTime: string): DateTimeParts | null {
  const t = new Date(isoDateTime);
  if (Number.isNaN(t.getTime())) return null;
  return {
    year: t.getUTCFullYear(),
    month: t.getUTCMonth() + 1,
    day: t.getUTCDate(),
    hour: t.getUTCHours(),
    minute: t.getUTCMinutes(),
  };
}

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The last day covered by a term of `months` starting on `start` (the day before the same
 * calendar day `months` later, clamped to short months: 31 Jan + 1 month ends on 27/28 Feb).
 */
export function termLastDay(start: DateParts, months: number): DateParts {
  const zeroBased = start.month - 1 + months;
  const year = start.year + Math.floor(zeroBased / 12);
  const month = (zeroBased % 12) + 1;
  const day = Math.min(start.day, daysInMonth(year, month));
  const t = new Date(Date.UTC(year, month - 1, day - 1));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}
