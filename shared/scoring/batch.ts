import type { Period, SlaCommitment, Workshop } from '../workshop/schema';
import type { CsvLead } from './csv';
import { cellKey, gridBands, gridCell, type GridBands, type GridCell } from './grid';
import { scoreLead, type ScoreBreakdown, type ScoringModel } from './score';
import { PERIODS_PER_YEAR } from '../sla/periods';

export interface BatchResult extends CsvLead {
  score: ScoreBreakdown;
  cell: GridCell;
}

export interface BatchSummary {
  results: BatchResult[];
  total: number;
  mqls: number;
  /** Share of the sample that qualifies, 0…1 (0 for an empty sample). */
  qualifyRate: number;
  bands: GridBands;
  /** Grid cell ("A1") → leads in it and how many of them are MQLs. */
  cells: Record<string, { leads: number; mqls: number }>;
}

export function scoreBatch(model: ScoringModel, leads: readonly CsvLead[]): BatchSummary {
  const bands = gridBands(model);
  const cells: BatchSummary['cells'] = {};
  const results = leads.map((l) => {
    const score = scoreLead(model, l.lead);
    const cell = gridCell(bands, score.fit, score.engagement);
    const slot = (cells[cellKey(cell)] ??= { leads: 0, mqls: 0 });
    slot.leads += 1;
    if (score.isMql) slot.mqls += 1;
    return { ...l, score, cell };
  });
  const mqls = results.filter((r) => r.score.isMql).length;
  return { results, total: results.length, mqls, qualifyRate: results.length ? mqls / results.length : 0, bands, cells };
}

export interface MqlProjection {
  mqlsPerMonth: number;
  /** The marketing MQL-volume commitment, when the SLA has one with a target. */
  commitment: { target: number; period: Period; perMonth: number } | null;
  /** Projected ÷ committed, per month (1 = exactly on target). */
  coverage: number | null;
}

/** The SLA's marketing MQL-volume commitment, if step 7 has one. */
export const mqlVolumeCommitment = (w: Pick<Workshop, 'sla'>): SlaCommitment | undefined =>
  w.sla.commitments.find((c) => c.kind === 'mqlVolume' && c.party === 'marketing');

/** MQLs per month if `leadsPerMonth` leads like the sample arrive, against the commitment. */
export function projectMqls(qualifyRate: number, leadsPerMonth: number, commitment: SlaCommitment | undefined): MqlProjection {
  const mqlsPerMonth = leadsPerMonth * qualifyRate;
  if (!commitment || commitment.target === null) return { mqlsPerMonth, commitment: null, coverage: null };
  const perMonth = (commitment.target * PERIODS_PER_YEAR[commitment.period]) / 12;
  return {
    mqlsPerMonth,
    commitment: { target: commitment.target, period: commitment.period, perMonth },
    coverage: mqlsPerMonth / perMonth,
  };
}

/**
 * How a batch's totals spread, kept as counts per distinct total (totals have one decimal, so
 * there are few of them however many leads there are). `eligible` counts the leads that meet
 * every other condition of the MQL rule (minimum fit, minimum engagement, no veto): at a
 * threshold t those with a total ≥ t are the MQLs. Sorted by total.
 */
export type ScoreDistribution = { total: number; leads: number; eligible: number }[];

/** Adds one scored lead to a distribution being built (a Map keyed by total). */
export function countScore(counts: Map<number, { leads: number; eligible: number }>, score: ScoreBreakdown): void {
  const slot = counts.get(score.total) ?? { leads: 0, eligible: 0 };
  slot.leads += 1;
  if (score.checks.every((c) => c.code === 'threshold' || c.met)) slot.eligible += 1;
  counts.set(score.total, slot);
}

export const toDistribution = (counts: ReadonlyMap<number, { leads: number; eligible: number }>): ScoreDistribution =>
  [...counts].map(([total, c]) => ({ total, ...c })).sort((a, b) => a.total - b.total);

/** The MQLs and the share of all leads a threshold would give, the other conditions unchanged. */
export function mqlsAtThreshold(dist: ScoreDistribution, threshold: number): { mqls: number; leads: number; share: number } {
  let mqls = 0;
  let leads = 0;
  for (const d of dist) {
    leads += d.leads;
    if (d.total >= threshold) mqls += d.eligible;
  }
  return { mqls, leads, share: leads ? mqls / leads : 0 };
}

export interface HistogramBin {
  /** Totals from `from` (included) to `to` (excluded; the last bin includes it). */
  from: number;
  to: number;
  leads: number;
}

/**
 * Equal-width bins over the totals (and the threshold, so its line is always on the chart),
 * with round edges: the width is 1, 2 or 5 times a power of ten.
 */
export function histogramBins(dist: ScoreDistribution, threshold: number, maxBins = 20): HistogramBin[] {
  if (dist.length === 0) return [];
  const lo = Math.min(dist[0]!.total, threshold);
  const hi = Math.max(dist[dist.length - 1]!.total, threshold);
  const raw = Math.max((hi - lo) / maxBins, 1);
  const pow = 10 ** Math.floor(Math.log10(raw));
  const width = [1, 2, 5, 10].map((m) => m * pow).find((w) => w >= raw)!;
  const start = Math.floor(lo / width) * width;
  const count = Math.max(1, Math.floor((hi - start) / width) + 1);
  const bins: HistogramBin[] = Array.from({ length: count }, (_, i) => ({
    from: start + i * width,
    to: start + (i + 1) * width,
    leads: 0,
  }));
  for (const d of dist) bins[Math.min(count - 1, Math.floor((d.total - start) / width))]!.leads += d.leads;
  return bins;
}
