import type { SlaCommitment } from '../workshop/schema';
import type { CompliancePeriod, FeedbackStep } from '../workshop/steps/feedback';
import { measureFor, type CommitmentMeasure } from './measure';
import { complianceTrend, type Trend } from './trend';

export type ComplianceStatus = 'met' | 'atRisk' | 'missed';
export type Thresholds = FeedbackStep['thresholds'];

export const STATUS_LABEL: Record<ComplianceStatus, string> = { met: 'Met', atRisk: 'At risk', missed: 'Missed' };

/** met at ≥ thresholds.met % of target, at risk at ≥ thresholds.atRisk %, missed below (domain.md). */
export function statusOf(percentOfTarget: number, t: Thresholds): ComplianceStatus {
  if (percentOfTarget >= t.met) return 'met';
  if (percentOfTarget >= t.atRisk) return 'atRisk';
  return 'missed';
}

/** Why thresholds cannot be used as typed, or null when they can. */
export function thresholdsProblem(t: Thresholds): string | null {
  if (t.atRisk > t.met) return `“At risk from” (${t.atRisk} %) must not be above “Met from” (${t.met} %).`;
  return null;
}

export interface ComplianceCell {
  periodId: string;
  actual: number | null;
  /** actual ÷ target × 100; null when not reported or when the commitment has no target. */
  percentOfTarget: number | null;
  status: ComplianceStatus | null;
}

export function complianceCell(measure: CommitmentMeasure, period: CompliancePeriod, commitmentId: string, t: Thresholds): ComplianceCell {
  const actual = period.actuals[commitmentId] ?? null;
  if (actual === null || measure.target === null || measure.target <= 0) return { periodId: period.id, actual, percentOfTarget: null, status: null };
  const percentOfTarget = (actual / measure.target) * 100;
  return { periodId: period.id, actual, percentOfTarget, status: statusOf(percentOfTarget, t) };
}

/** Consecutive missed periods ending at the latest reported one (unreported latest periods are skipped). */
export function missedInARow(cells: readonly ComplianceCell[]): number {
  let i = cells.length - 1;
  while (i >= 0 && cells[i]!.status === null) i--;
  let count = 0;
  for (; i >= 0 && cells[i]!.status === 'missed'; i--) count++;
  return count;
}

export interface ComplianceRow {
  commitment: SlaCommitment;
  measure: CommitmentMeasure;
  /** One cell per period, oldest first. */
  cells: ComplianceCell[];
  trend: Trend;
  missedInARow: number;
}

export const periodsInOrder = (periods: readonly CompliancePeriod[]): CompliancePeriod[] =>
  [...periods].sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));

/** The compliance log as the room reads it: per commitment, per period, with trend and streak. */
export function complianceRows(commitments: readonly SlaCommitment[], periods: readonly CompliancePeriod[], t: Thresholds): ComplianceRow[] {
  const ordered = periodsInOrder(periods);
  return commitments.map((commitment) => {
    const measure = measureFor(commitment);
    const cells = ordered.map((p) => complianceCell(measure, p, commitment.id, t));
    return { commitment, measure, cells, trend: complianceTrend(cells.map((c) => c.percentOfTarget)), missedInARow: missedInARow(cells) };
  });
}

/** Amendments are proposed once a commitment is missed this many periods in a row. */
export const AMEND_AFTER_MISSES = 2;
