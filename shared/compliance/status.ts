import { isFiner } from '../sla/periods';
import type { SlaCommitment } from '../workshop/schema';
import type { Weekday } from '../workshop/steps/sla';
import type { Actual, CompliancePeriod, LogUnit, ShareActual } from '../workshop/steps/feedback';
import { measureFor, type CommitmentMeasure } from './measure';
import { calendarPeriod, midpoint, periodsCovered, periodsInOrder } from './periods';
import { complianceTrend, type Trend } from './trend';

export { periodsInOrder };

/**
 * The compliance log as the room reads it: each commitment judged in its OWN period, whatever
 * the log's unit. Finer log periods (weeks, for a monthly commitment) add up into the
 * commitment's period; a coarser one (a month, for a weekly volume) converts the volume
 * target into it; a share cannot be split out of coarser totals, so it is not judged there and
 * says why (a weekday deadline "cannot be judged from monthly totals").
 */
export type ComplianceStatus = 'met' | 'atRisk' | 'missed';

/** Why a period has no status. */
export type NoStatusReason =
  'notReported' | 'noTarget' | 'incomplete' | 'nothingReceived' | 'partAboveWhole' | 'shareFromCoarserTotals' | 'weekdayDeadlineFromTotals';

export interface LogSettings {
  logUnit: LogUnit;
  weekStartsOn: Weekday;
}

/** Scores within this of a threshold count as reaching it (converted targets are fractions). */
const EPSILON = 1e-9;

/** met from `met`, at risk from `atRisk`, missed below; both in the score's unit. */
export function statusOf(score: number, met: number, atRisk: number): ComplianceStatus {
  if (score >= met - EPSILON) return 'met';
  if (score >= atRisk - EPSILON) return 'atRisk';
  return 'missed';
}

/** One judgement of a commitment, over the log periods that make up one of its periods (or one coarser log period). */
export interface Evaluation {
  /** The reported log periods it is made from, oldest first. */
  periodIds: string[];
  start: string;
  end: string;
  /** A count, or a share added up over the periods; null when nothing was reported. */
  actual: number | ShareActual | null;
  /** The volume expected over these periods (a target per period × periods covered); null for shares. */
  expected: number | null;
  /** % of target, or % of leads in time; null without a status. */
  score: number | null;
  status: ComplianceStatus | null;
  reason: NoStatusReason | null;
  /** Made from less than a whole commitment period (e.g. two weeks of a month): judged pro rata so far. */
  partial: boolean;
}

export interface ComplianceCell {
  periodId: string;
  /** What was typed for this log period. */
  actual: Actual | null;
  /** The evaluation this log period completes (its last reported period), else null. */
  evaluation: Evaluation | null;
  /** The evaluation's score and status (null when this period completes none). */
  percentOfTarget: number | null;
  status: ComplianceStatus | null;
}

export interface ComplianceRow {
  commitment: SlaCommitment;
  measure: CommitmentMeasure;
  /** One cell per log period, oldest first. */
  cells: ComplianceCell[];
  /** One per commitment period (or coarser log period), oldest first: what the trend and streak read. */
  evaluations: Evaluation[];
  trend: Trend;
  missedInARow: number;
}

const isShare = (a: Actual | null | undefined): a is ShareActual => typeof a === 'object' && a !== null;

/** Counts add up; shares add their parts and wholes. Null when none of the periods reported. */
function aggregate(
  measure: CommitmentMeasure,
  actuals: readonly (Actual | null)[],
): { actual: number | ShareActual | null; incomplete: boolean } {
  const reported = actuals.filter((a): a is Actual => a !== null);
  if (reported.length === 0) return { actual: null, incomplete: false };
  if (measure.shape === 'count') {
    const counts = reported.filter((a): a is number => typeof a === 'number');
    return { actual: counts.reduce((s, a) => s + a, 0), incomplete: counts.length < reported.length };
  }
  const shares = reported.filter(isShare);
  const complete = shares.filter((a) => a.part !== null && a.of !== null);
  return {
    actual: { part: complete.reduce((s, a) => s + a.part!, 0), of: complete.reduce((s, a) => s + a.of!, 0) },
    incomplete: complete.length < reported.length,
  };
}

/** Score and status of an aggregated actual, or why there is none. */
function judge(
  measure: CommitmentMeasure,
  actual: number | ShareActual,
  expected: number | null,
): Pick<Evaluation, 'score' | 'status' | 'reason'> {
  const none = (reason: NoStatusReason) => ({ score: null, status: null, reason });
  if (measure.metAt === null) return none('noTarget');
  let score: number;
  if (typeof actual === 'number') {
    if (expected === null || !(expected > 0)) return none('noTarget');
    score = (actual / expected) * 100;
  } else {
    if (actual.of === 0) return none('nothingReceived');
    if (actual.part! > actual.of!) return none('partAboveWhole');
    const share = (actual.part! / actual.of!) * 100;
    score = measure.scoreUnit === 'ofLeads' ? share : (share / measure.target!) * 100;
  }
  return { score, status: statusOf(score, measure.metAt, measure.atRiskAt), reason: null };
}

function evaluate(
  c: SlaCommitment,
  measure: CommitmentMeasure,
  periods: readonly CompliancePeriod[],
  s: LogSettings,
  grouped: boolean,
): Evaluation {
  const reported = periods.filter((p) => (p.actuals[c.id] ?? null) !== null);
  const start = periods[0]!.start;
  const end = periods.at(-1)!.end;
  const { actual, incomplete } = aggregate(
    measure,
    periods.map((p) => p.actuals[c.id] ?? null),
  );
  const base = {
    periodIds: (reported.length > 0 ? reported : periods).map((p) => p.id),
    start,
    end,
    actual,
    expected: null,
    partial: false,
  };
  if (actual === null) return { ...base, score: null, status: null, reason: 'notReported' };
  if (incomplete) return { ...base, score: null, status: null, reason: 'incomplete' };
  const covered = reported.reduce((sum, p) => sum + periodsCovered(p.start, p.end, c.period, s.weekStartsOn), 0);
  const expected = measure.shape === 'count' && measure.target !== null ? measure.target * covered : null;
  // Four weeks make a 31-day month (28/31 of it): only a missing log period makes it partial.
  const partial = grouped && covered < 1 - covered / reported.length / 2;
  return { ...base, expected, partial, ...judge(measure, actual, expected) };
}

/** Groups log periods into the commitment's calendar periods (by the period each one's middle day falls in). */
function groupInto(c: SlaCommitment, periods: readonly CompliancePeriod[], s: LogSettings): CompliancePeriod[][] {
  const groups = new Map<string, CompliancePeriod[]>();
  for (const p of periods) {
    const key = calendarPeriod(midpoint(p.start, p.end), c.period, s.weekStartsOn).start;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return [...groups.values()];
}

/** Every judgement of one commitment over the log, oldest first. */
export function evaluations(c: SlaCommitment, periods: readonly CompliancePeriod[], s: LogSettings): Evaluation[] {
  const measure = measureFor(c);
  const ordered = periodsInOrder(periods).filter((p) => p.start <= p.end);
  if (isFiner(c.period, s.logUnit)) {
    // A coarser log period: a volume target converts into it; a share cannot be split out of its totals.
    return ordered.map((p) => {
      const e = evaluate(c, measure, [p], s, false);
      if (measure.shape === 'count' || e.actual === null) return e;
      const reason = c.kind === 'qualifyBy' && c.byDay !== null ? 'weekdayDeadlineFromTotals' : 'shareFromCoarserTotals';
      return { ...e, score: null, status: null, reason };
    });
  }
  return groupInto(c, ordered, s).map((group) => evaluate(c, measure, group, s, true));
}

/** Consecutive missed periods ending at the latest judged one (unjudged latest periods are skipped). */
export function missedInARow(items: readonly { status: ComplianceStatus | null }[]): number {
  let i = items.length - 1;
  while (i >= 0 && items[i]!.status === null) i--;
  let count = 0;
  for (; i >= 0 && items[i]!.status === 'missed'; i--) count++;
  return count;
}

export function complianceRow(c: SlaCommitment, periods: readonly CompliancePeriod[], s: LogSettings): ComplianceRow {
  const ordered = periodsInOrder(periods);
  const evals = evaluations(c, ordered, s);
  const closing = new Map(evals.map((e) => [e.periodIds.at(-1)!, e]));
  const cells = ordered.map((p) => {
    const evaluation = closing.get(p.id) ?? null;
    return {
      periodId: p.id,
      actual: p.actuals[c.id] ?? null,
      evaluation,
      percentOfTarget: evaluation?.score ?? null,
      status: evaluation?.status ?? null,
    };
  });
  return {
    commitment: c,
    measure: measureFor(c),
    cells,
    evaluations: evals,
    trend: complianceTrend(evals.map((e) => e.score)),
    missedInARow: missedInARow(evals),
  };
}

/** The compliance log per commitment: cells per log period, judgements per commitment period, trend and streak. */
export const complianceRows = (
  commitments: readonly SlaCommitment[],
  periods: readonly CompliancePeriod[],
  s: LogSettings,
): ComplianceRow[] => commitments.map((c) => complianceRow(c, periods, s));

/** Amendments are proposed once a commitment is missed this many periods in a row. */
export const AMEND_AFTER_MISSES = 2;
