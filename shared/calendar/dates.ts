/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD) and wall-clock times (HH:MM), done in UTC
 * so the answer never depends on the time zone of the computer running it.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const toUtc = (iso: string): Date => {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
};
const fromUtc = (d: Date): string => d.toISOString().slice(0, 10);

export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  return fromUtc(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))) === s;
}

export const addDays = (iso: string, days: number): string => {
  const d = toUtc(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
};

/** Same day of the month `months` later, clamped to the month's last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const d = toUtc(iso);
  const day = d.getUTCDate();
  const first = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(day, last));
  return fromUtc(first);
}

/** 0 = Sunday … 6 = Saturday. */
export const weekday = (iso: string): number => toUtc(iso).getUTCDay();

export const startOfMonth = (iso: string): string => `${iso.slice(0, 8)}01`;

export const daysInMonth = (iso: string): number => {
  const d = toUtc(iso);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
};

/** Which occurrence of its weekday the date is in its month: 1–4, or -1 for the last (a 5th). */
export function weekdayOrdinal(iso: string): number {
  const day = toUtc(iso).getUTCDate();
  const n = Math.ceil(day / 7);
  return n === 5 ? -1 : n;
}

/** The n-th (1–4, or -1 = last) given weekday of the month containing `monthIso`. */
export function nthWeekdayOfMonth(monthIso: string, dayOfWeek: number, n: number): string {
  const first = startOfMonth(monthIso);
  if (n > 0) return addDays(first, ((dayOfWeek - weekday(first) + 7) % 7) + (n - 1) * 7);
  const last = addDays(first, daysInMonth(first) - 1);
  return addDays(last, -((weekday(last) - dayOfWeek + 7) % 7));
}

/** The first date on or after `iso` that falls on `dayOfWeek`. */
export const nextWeekday = (iso: string, dayOfWeek: number): string => addDays(iso, (dayOfWeek - weekday(iso) + 7) % 7);

export const daysBetween = (a: string, b: string): number => Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000);

export interface WallClock {
  date: string;
  hour: number;
  minute: number;
}

/** Wall-clock time `minutes` later on the same clock (rolls over midnight). */
export function addMinutes(date: string, time: string, minutes: number): WallClock {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const total = h * 60 + m + minutes;
  const dayShift = Math.floor(total / 1440);
  const rest = total - dayShift * 1440;
  return { date: addDays(date, dayShift), hour: Math.floor(rest / 60), minute: rest % 60 };
}

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "Mon 11 Jan 2027": unambiguous in every locale a facilitator may use. */
export function formatDay(iso: string): string {
  const d = toUtc(iso);
  return `${WEEKDAY_NAMES[d.getUTCDay()]!.slice(0, 3)} ${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]!.slice(0, 3)} ${d.getUTCFullYear()}`;
}

/** A day on this computer's calendar (not UTC: a workshop at 00:30 is still "today"). */
export const localIsoDate = (d: Date = new Date()): string =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
