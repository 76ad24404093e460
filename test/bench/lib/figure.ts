import { describeStats, kb, ms, type Stats } from './stats';

/** One line of the bench table and one entry of bench/results.json. */
export interface Figure {
  id: string;
  label: string;
  unit: 'ms' | 'bytes';
  /** Absent when the thing measured does not exist yet. */
  stats?: Stats;
  baseline?: { label: string; stats: Stats };
  /** This figure ÷ its baseline, on the statistic the target names (median unless p95). */
  ratio?: number;
  target: string;
  /** null: not measured. */
  pass: boolean | null;
  /** Extra facts a reader needs to trust or act on the figure (breakdowns, causes). */
  notes?: string[];
}

export function formatFigure(f: Figure): string {
  const fmt = f.unit === 'bytes' ? kb : ms;
  if (!f.stats) return `${f.label}: not built yet (target ${f.target})`;
  const main = f.stats.n === 1 ? fmt(f.stats.median) : describeStats(f.stats, fmt);
  const base = f.baseline
    ? `; ${f.baseline.label} ${f.baseline.stats.n === 1 ? fmt(f.baseline.stats.median) : describeStats(f.baseline.stats, fmt)}`
    : '';
  const r = f.ratio !== undefined ? `; ratio ${f.ratio.toFixed(2)}×` : '';
  const verdict = f.pass === null ? '' : f.pass ? ' — PASS' : ' — MISS';
  return `${f.label}: ${main}${base}${r} (target ${f.target})${verdict}`;
}
