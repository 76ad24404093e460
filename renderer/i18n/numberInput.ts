/**
 * Numbers as people type them in their own language: "4,200,000" in English and Chinese,
 * "4.200.000" and "1,5" in Portuguese and Spanish. Pure (Intl only), so the same rules serve
 * every numeric input and can be checked without a screen.
 */

export interface NumberSeparators {
  group: string;
  decimal: string;
}

const separatorCache = new Map<string, NumberSeparators>();

/** The thousands and decimal separators Intl writes for a locale. */
export function numberSeparators(locale: string): NumberSeparators {
  let s = separatorCache.get(locale);
  if (!s) {
    const parts = new Intl.NumberFormat(locale).formatToParts(1234567.5);
    s = {
      group: parts.find((p) => p.type === 'group')?.value ?? ',',
      decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    };
    separatorCache.set(locale, s);
  }
  return s;
}

/** Spaces some locales group with (and people paste): ordinary, no-break and narrow no-break. */
const SPACES = /[\s\u00a0\u202f]/g;

/**
 * The number a typed text means in a locale, or null when it is not one. Thousands separators
 * are optional, but when present they must sit every three digits ("4,2,00" is refused rather
 * than guessed); the decimal separator is the locale's own. '' is not a number either: callers
 * decide what an empty field means.
 */
export function parseLocaleNumber(text: string, locale: string): number | null {
  const { group, decimal } = numberSeparators(locale);
  let t = text.replace(SPACES, '');
  let sign = 1;
  if (/^[-\u2212]/.test(t)) {
    sign = -1;
    t = t.slice(1);
  } else if (t.startsWith('+')) t = t.slice(1);
  if (t === '') return null;

  const [whole = '', fraction, ...rest] = t.split(decimal);
  if (rest.length > 0) return null;
  // "5," is how "5,25" starts: a trailing decimal separator reads as the whole number.
  if (fraction !== undefined && !/^\d*$/.test(fraction)) return null;
  if (fraction === '' && whole === '') return null;
  // A group separator that is a space was stripped above; others are checked group by group.
  const groups = group.trim() === '' ? [whole] : whole.split(group);
  if (groups.length > 1) {
    if (!/^\d{1,3}$/.test(groups[0]!) || groups.slice(1).some((g) => !/^\d{3}$/.test(g))) return null;
  } else if (!/^\d+$/.test(whole) && !(whole === '' && fraction !== undefined)) return null;

  const n = Number(`${groups.join('') || '0'}${fraction ? `.${fraction}` : ''}`);
  return Number.isFinite(n) ? sign * n : null;
}

/**
 * Whether a refused text is a number still being typed ("4,2" on the way to "4,200,000"), so
 * the field can wait for the user to leave it before calling it wrong.
 */
export function looksUnfinished(text: string, locale: string): boolean {
  const { group } = numberSeparators(locale);
  const g = group.trim() === '' ? '' : group.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (!g) return false;
  return new RegExp(`^[-\u2212+]?\\d{1,3}(${g}\\d{3})*${g}\\d{0,2}$`).test(text.replace(SPACES, ''));
}

/**
 * A number as an input shows it when not being edited: grouped as the locale writes it, with
 * every decimal the value has (an input must not round what was saved). The integer part goes
 * through Intl for the locale's grouping; the decimals come from the shortest exact form.
 */
export function formatNumberForInput(v: number, locale: string): string {
  const [whole = '0', fraction] = plainDecimal(Math.abs(v)).split('.');
  const grouped = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(BigInt(whole));
  const sign = v < 0 ? '-' : '';
  return `${sign}${grouped}${fraction ? `${numberSeparators(locale).decimal}${fraction}` : ''}`;
}

/** The shortest exact decimal of a non-negative number, never in exponent form (5e-7 → "0.0000005"). */
function plainDecimal(abs: number): string {
  const shortest = String(abs);
  const m = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(shortest);
  if (!m) return shortest;
  const digits = `${m[1]}${m[2] ?? ''}`;
  const point = 1 + Number(m[3]);
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  return digits.length <= point ? digits + '0'.repeat(point - digits.length) : `${digits.slice(0, point)}.${digits.slice(point)}`;
}
