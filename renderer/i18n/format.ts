import i18n from 'i18next';

/**
 * Numbers, dates and money in the current UI locale (docs/ui.md: "numbers look like numbers").
 * Formatters are cached per locale: building an Intl formatter costs far more than using one.
 */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: (locale: string) => T): T {
  const locale = uiLocale();
  const k = `${locale}|${key}`;
  let f = cache.get(k);
  if (!f) cache.set(k, (f = make(locale)));
  return f as T;
}

/**
 * The locale numbers and dates are written in. The app's English is British English
 * ("optimisation", "Mon 15 Feb 2027"), so English formats as en-GB.
 */
export const uiLocale = (): string => {
  const lng = i18n.resolvedLanguage ?? i18n.language ?? 'en';
  return lng === 'en' ? 'en-GB' : lng;
};

export const formatNumber = (v: number, maximumFractionDigits = 1): string =>
  cached(`n${maximumFractionDigits}`, (l) => new Intl.NumberFormat(l, { maximumFractionDigits })).format(v);

/** A ratio (0.25) as a percentage, as Intl writes it for the UI locale. */
export const formatPercent = (ratio: number, maximumFractionDigits = 0): string =>
  cached(`p${maximumFractionDigits}`, (l) => new Intl.NumberFormat(l, { style: 'percent', maximumFractionDigits })).format(ratio);

export const formatCurrency = (v: number, currency: string): string =>
  cached(`c${currency}`, (l) => new Intl.NumberFormat(l, { style: 'currency', currency, maximumFractionDigits: 0 })).format(v);

/**
 * A calendar day 'YYYY-MM-DD' (no time zone: noon keeps it on the same day everywhere). One date
 * style per language in the whole UI — Intl's medium date ("7 Dec 2026", "7 de dez. de 2026"),
 * which is also what the PDFs print (shared/documents/strings.ts) — so inputs, stamps, history
 * and toasts never show the same day three ways on one screen.
 */
export function formatDay(iso: string, style?: 'weekday'): string {
  if (!iso) return '—';
  const day = new Date(`${iso}T12:00:00`);
  const date = cached('d', (l) => new Intl.DateTimeFormat(l, { dateStyle: 'medium' })).format(day);
  if (style !== 'weekday') return date;
  // The weekday in front of the usual date ("Mon 15 Feb 2027"): meetings are planned by weekday.
  return `${cached('wd', (l) => new Intl.DateTimeFormat(l, { weekday: 'short' })).format(day)} ${date}`;
}

/** The local calendar day of a moment (ISO date-time), as formatDay writes days; a dash when it is not a moment. */
export function formatDayOf(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '—';
  return cached('d', (l) => new Intl.DateTimeFormat(l, { dateStyle: 'medium' })).format(d);
}

/** A month of a calendar day ("Dec 2026"), for periods that span a month. */
export const formatMonth = (iso: string): string =>
  cached('m', (l) => new Intl.DateTimeFormat(l, { month: 'short', year: 'numeric' })).format(new Date(`${iso}T12:00:00`));

/**
 * A moment (ISO date-time) in local time: the day as formatDay writes it, then the time
 * (with seconds where the order of close events matters, as in an audit trail).
 */
export const formatDateTime = (iso: string, opts: { seconds?: boolean } = {}): string =>
  cached(
    `t${opts.seconds ? 's' : ''}`,
    (l) => new Intl.DateTimeFormat(l, { dateStyle: 'medium', timeStyle: opts.seconds ? 'medium' : 'short' }),
  ).format(new Date(iso));

/** A number of percent (85 → "85 %" in English and Spanish, "85%" in Portuguese and Chinese). */
export const formatPercentPoints = (v: number, maximumFractionDigits = 0): string =>
  i18n.t('number.percent', { n: formatNumber(v, maximumFractionDigits) });
