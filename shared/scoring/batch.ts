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
