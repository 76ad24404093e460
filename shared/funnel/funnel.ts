import type { FunnelChain, FunnelInputs, FunnelPeriod } from '../workshop/steps/sla';

/**
 * The reverse funnel of domain.md: from a revenue goal back to the MQLs marketing must deliver.
 *   deals = ⌈R·m / A⌉, opportunities = ⌈deals / w⌉, SQLs = ⌈opportunities / s⌉,
 *   SALs = ⌈SQLs / a⌉, MQLs = ⌈SALs / q⌉
 * rounding up at every stage (half a deal is a whole deal to find), so the chain the room reads
 * is the chain the numbers come from.
 */
export type FunnelField = Exclude<keyof FunnelInputs, 'period'>;

export const FUNNEL_FIELD_LABEL: Record<FunnelField, string> = {
  revenueGoal: 'Revenue goal',
  marketingShare: 'Share sourced by marketing',
  averageDealSize: 'Average deal size',
  winRate: 'Win rate (opportunity → won)',
  sqlToOpportunity: 'SQL → opportunity rate',
  salToSql: 'SAL → SQL rate',
  mqlToSal: 'MQL → SAL rate',
  salesReps: 'Number of sales reps',
  workingDaysPerMonth: 'Working days per month',
  paceDay: 'Pacing day',
};

export const RATE_FIELDS = ['marketingShare', 'winRate', 'sqlToOpportunity', 'salToSql', 'mqlToSal'] as const;
export type RateField = (typeof RATE_FIELDS)[number];

export interface FunnelError {
  field: FunnelField;
  message: string;
}

export interface FunnelResult {
  perPeriod: FunnelChain;
  perMonth: FunnelChain;
  perWeek: FunnelChain;
  /** Each stage per month divided over the reps, rounded up; null without a number of reps. */
  perRepPerMonth: FunnelChain | null;
  pacing: { day: number; workingDays: number; expectedMqls: number };
}

export const MONTHS_IN: Record<FunnelPeriod, number> = { month: 1, quarter: 3, year: 12 };

/**
 * ⌈x⌉ that ignores floating-point noise: 100 × 0.07 is 7.000000000000001 in binary floating
 * point, and must give 7 deals, not 8.
 */
export function ceilStage(x: number): number {
  const nearest = Math.round(x);
  if (Math.abs(x - nearest) <= 1e-11 * Math.max(1, Math.abs(x))) return nearest;
  return Math.ceil(x);
}

const fmt = (n: number) => String(Number(n.toPrecision(12)));

/** Every problem with the inputs, each naming its field; empty when the funnel can be computed. */
export function funnelErrors(i: FunnelInputs): FunnelError[] {
  const errors: FunnelError[] = [];
  const amount = (field: 'revenueGoal' | 'averageDealSize', v: number | null) => {
    if (v === null) errors.push({ field, message: `${FUNNEL_FIELD_LABEL[field]} is missing: enter a positive amount.` });
    else if (!(v > 0)) errors.push({ field, message: `${FUNNEL_FIELD_LABEL[field]} must be a positive amount, not ${fmt(v)}.` });
  };
  amount('revenueGoal', i.revenueGoal);
  amount('averageDealSize', i.averageDealSize);
  for (const field of RATE_FIELDS) {
    const v = i[field];
    if (v === null) errors.push({ field, message: `${FUNNEL_FIELD_LABEL[field]} is missing: enter a rate above 0 % and at most 100 %.` });
    else if (!(v > 0 && v <= 1)) {
      errors.push({ field, message: `${FUNNEL_FIELD_LABEL[field]} must be above 0 % and at most 100 %, not ${fmt(v * 100)} %.` });
    }
  }
  if (i.salesReps !== null && !(Number.isInteger(i.salesReps) && i.salesReps >= 1)) {
    errors.push({ field: 'salesReps', message: `${FUNNEL_FIELD_LABEL.salesReps} must be a whole number of at least 1, not ${fmt(i.salesReps)}.` });
  }
  if (!(Number.isInteger(i.workingDaysPerMonth) && i.workingDaysPerMonth >= 1 && i.workingDaysPerMonth <= 31)) {
    errors.push({ field: 'workingDaysPerMonth', message: `${FUNNEL_FIELD_LABEL.workingDaysPerMonth} must be a whole number from 1 to 31.` });
  } else if (!(Number.isInteger(i.paceDay) && i.paceDay >= 1 && i.paceDay <= i.workingDaysPerMonth)) {
    errors.push({ field: 'paceDay', message: `${FUNNEL_FIELD_LABEL.paceDay} must be a working day from 1 to ${i.workingDaysPerMonth}.` });
  }
  return errors;
}

interface Valid {
  revenue: number;
  m: number;
  A: number;
  w: number;
  s: number;
  a: number;
  q: number;
}

/** The chain for one revenue amount. Exported for tests; callers use `reverseFunnel`. */
export function chainFor(revenue: number, r: Omit<Valid, 'revenue'>): FunnelChain {
  const deals = ceilStage((revenue * r.m) / r.A);
  const opportunities = ceilStage(deals / r.w);
  const sqls = ceilStage(opportunities / r.s);
  const sals = ceilStage(sqls / r.a);
  const mqls = ceilStage(sals / r.q);
  return { deals, opportunities, sqls, sals, mqls };
}

const divideChain = (c: FunnelChain, by: number): FunnelChain => ({
  deals: ceilStage(c.deals / by),
  opportunities: ceilStage(c.opportunities / by),
  sqls: ceilStage(c.sqls / by),
  sals: ceilStage(c.sals / by),
  mqls: ceilStage(c.mqls / by),
});

export type FunnelOutcome = { ok: true; result: FunnelResult } | { ok: false; errors: FunnelError[] };

/**
 * Per period, per month and per week (each computed from its share of the revenue goal, so
 * rounding up happens at every stage of each chain), per rep, and the pacing for the month.
 */
export function reverseFunnel(i: FunnelInputs): FunnelOutcome {
  const errors = funnelErrors(i);
  if (errors.length > 0) return { ok: false, errors };
  const rates = { m: i.marketingShare!, A: i.averageDealSize!, w: i.winRate!, s: i.sqlToOpportunity!, a: i.salToSql!, q: i.mqlToSal! };
  const revenue = i.revenueGoal!;
  const monthly = revenue / MONTHS_IN[i.period];
  const perMonth = chainFor(monthly, rates);
  return {
    ok: true,
    result: {
      perPeriod: chainFor(revenue, rates),
      perMonth,
      perWeek: chainFor((monthly * 12) / 52, rates),
      perRepPerMonth: i.salesReps === null ? null : divideChain(perMonth, i.salesReps),
      pacing: { day: i.paceDay, workingDays: i.workingDaysPerMonth, expectedMqls: ceilStage((perMonth.mqls * i.paceDay) / i.workingDaysPerMonth) },
    },
  };
}

/** The MQL volume for an SLA commitment measured per week / month / quarter. */
export function mqlsFor(result: FunnelResult, period: 'week' | 'month' | 'quarter', inputs: FunnelInputs): number {
  if (period === 'week') return result.perWeek.mqls;
  if (period === 'month') return result.perMonth.mqls;
  return inputs.period === 'quarter' ? result.perPeriod.mqls : ceilStage(result.perMonth.mqls * 3);
}
