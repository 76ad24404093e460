/** Summary of repeated measurements; p95 by nearest rank, so with 10 runs it is the 10th. */
export interface Stats {
  n: number;
  min: number;
  median: number;
  p95: number;
  max: number;
}

export function stats(samples: readonly number[]): Stats {
  if (samples.length === 0) throw new Error('no samples');
  const s = [...samples].sort((a, b) => a - b);
  const rank = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))]!;
  const mid = s.length / 2;
  const median = s.length % 2 ? s[Math.floor(mid)]! : (s[mid - 1]! + s[mid]!) / 2;
  return { n: s.length, min: s[0]!, median, p95: rank(0.95), max: s[s.length - 1]! };
}

export const ms = (v: number): string => (v < 10 ? `${v.toFixed(2)} ms` : v < 100 ? `${v.toFixed(1)} ms` : `${Math.round(v)} ms`);
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
export const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}×`;
export const describeStats = (s: Stats, fmt: (v: number) => string = ms): string =>
  `min ${fmt(s.min)} / median ${fmt(s.median)} / p95 ${fmt(s.p95)} (n=${s.n})`;
