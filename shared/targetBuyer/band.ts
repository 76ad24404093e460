/**
 * A numeric band as people write it in a profile: "200–2,000 employees", "500+ employees",
 * "fewer than 50 employees", "€20–500 M revenue", "up to 1bn". Null when no bound can be read,
 * so a fact like "mid-market" never turns into a made-up number.
 */
export interface Band {
  min: number | null;
  max: number | null;
}

const SCALE: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9 };

// A number with thousands separators or decimals, then an optional k / M / bn unit.
const NUMBER = /(\d{1,3}(?:[,.\s]\d{3})+|\d+(?:\.\d+)?)\s*(k|thousand|mn|m|million|bn|b|billion)?\b/gi;

function toNumber(digits: string): number {
  // "2,000" / "2.000" / "2 000" are thousands; "2.5" is a decimal.
  const grouped = /^\d{1,3}([,.\s]\d{3})+$/.test(digits);
  return Number(grouped ? digits.replace(/[,.\s]/g, '') : digits);
}

const LOWER_ONLY = /(\+|\bmore than\b|\bover\b|\babove\b|\bat least\b|\bminimum\b|\bfrom\b|>)/i;
const UPPER_ONLY = /(\bfewer than\b|\bless than\b|\bunder\b|\bbelow\b|\bup to\b|\bat most\b|\bmaximum\b|<)/i;
const STRICT = /(\bmore than\b|\bover\b|\babove\b|\bfewer than\b|\bless than\b|\bunder\b|\bbelow\b|>(?!=)|<(?!=))/i;

export function parseBand(text: string): Band | null {
  const found = [...text.matchAll(NUMBER)].map((m) => ({ value: toNumber(m[1]!), unit: m[2]?.toLowerCase() }));
  if (found.length === 0 || found.some((f) => !Number.isFinite(f.value))) return null;
  // "€20–500 M": a unit written once after the range applies to both ends.
  const lastUnit = found[found.length - 1]!.unit;
  const values = found.map((f) => Math.round(f.value * (SCALE[f.unit ?? lastUnit ?? ''] ?? 1)));
  if (values.length >= 2) {
    const [a, b] = [values[0]!, values[1]!];
    return { min: Math.min(a, b), max: Math.max(a, b) };
  }
  const n = values[0]!;
  // Whole units ("fewer than 50" means at most 49) so the band reads the same as the sentence.
  const strict = STRICT.test(text) ? 1 : 0;
  if (UPPER_ONLY.test(text)) return { min: null, max: n - strict };
  if (LOWER_ONLY.test(text)) return { min: n + (text.includes('+') ? 0 : strict), max: null };
  return null;
}
