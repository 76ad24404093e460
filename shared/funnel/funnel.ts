import { PERIODS_PER_YEAR } from '../sla/periods';
import { PERIODS, type FunnelChain, type FunnelInputs, type FunnelPeriod, type Period } from '../workshop/steps/sla';

/**
 * The reverse funnel (docs/domain.md): from a revenue goal back to the MQLs marketing must deliver.
 *   deals = ⌈R·m / A⌉, opportunities = ⌈deals / w⌉, SQLs = ⌈opportunities / s⌉,
 *   SALs = ⌈SQLs / a⌉, MQLs = ⌈SALs / q⌉
 * rounding up at every stage (half a deal is a whole deal to find). The chain is built once, for
 * a year; every shorter period's figure is that yearly figure divided and rounded up once per
 * stage (⌈yearly ÷ 52⌉ a week), never a chain of its own: re-rounding a weekly chain at every
 * stage made 52 weeks add up to several times the yearly need.
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
export const STAGES = ['deals', 'opportunities', 'sqls', 'sals', 'mqls'] as const satisfies readonly (keyof FunnelChain)[];
export type Stage = (typeof STAGES)[number];

/**
 * Bounds a plausible funnel stays within, even when called outside the schema: a rate below
 * 0.1 % (a win rate of 1e-300 would ask for 1e302 MQLs) or an amount beyond a trillion is a
 * typing slip, not a plan. A yearly MQL need above MQL_CEILING is computed but flagged.
 */
export const MIN_RATE = 0.001;
export const MIN_AMOUNT = 1;
export const MAX_AMOUNT = 1e12;
export const MAX_SALES_REPS = 10_000;
export const MQL_CEILING = 10_000_000;

/** Why an input cannot be used; `limit` is the bound it broke (a fraction for rates). */
export type FunnelErrorCode =
  'missing' | 'notFinite' | 'notPositive' | 'tooSmall' | 'tooLarge' | 'rateRange' | 'notWhole' | 'workingDays' | 'paceDay';

export interface FunnelError {
  field: FunnelField;
  code: FunnelErrorCode;
  /** The bound the value broke, when there is one. */
  limit?: number;
  /** The same problem in English (CLI, tests); the app words `code` in its own language. */
  message: string;
}

/** How one period's figure of one stage comes from the yearly chain: ⌈yearly ÷ periodsPerYear⌉. */
export interface PeriodFigure {
  value: number;
  yearly: number;
  periodsPerYear: number;
}

export interface FunnelResult {
  /** The chain for a year's revenue: what every period figure is divided from. */
  yearly: FunnelChain;
  /** Per week, month, quarter and year: each stage ⌈yearly ÷ periods per year⌉. */
  byPeriod: Record<Period, FunnelChain>;
  /** The goal's own period, per month and per week (the same figures as byPeriod). */
  perPeriod: FunnelChain;
  perMonth: FunnelChain;
  perWeek: FunnelChain;
  /** Each stage per month divided over the reps, rounded up; null without a number of reps. */
  perRepPerMonth: FunnelChain | null;
  pacing: { day: number; workingDays: number; expectedMqls: number };
  /** The yearly MQL need is above MQL_CEILING: shown, flagged, and not written into the SLA. */
  aboveCeiling: boolean;
}

/**
 * ⌈x⌉ that ignores floating-point noise: 100 × 0.07 is 7.000000000000001 in binary floating
 * point, and must give 7 deals, not 8. The tolerance is relative but never above a millionth,
 * so that 56,833,333,333.33 (a real fraction at a large scale) still rounds up.
 */
export function ceilStage(x: number): number {
  const nearest = Math.round(x);
  if (Math.abs(x - nearest) <= Math.min(1e-6, 1e-11 * Math.max(1, Math.abs(x)))) return nearest;
  return Math.ceil(x);
}

const fmt = (n: number) => String(Number(n.toPrecision(12)));
/** A bound or a large value as the app writes it in English (1,000,000,000,000). */
const grouped = (n: number) => new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(n);
const pctText = (rate: number) => fmt(rate * 100);

function amountError(field: 'revenueGoal' | 'averageDealSize', v: number | null): FunnelError | null {
  const label = FUNNEL_FIELD_LABEL[field];
  if (v === null) return { field, code: 'missing', message: `${label} is missing: enter a positive amount.` };
  if (!Number.isFinite(v)) return { field, code: 'notFinite', message: `${label} must be a finite amount, not ${String(v)}.` };
  if (!(v > 0)) return { field, code: 'notPositive', message: `${label} must be a positive amount, not ${fmt(v)}.` };
  if (v < MIN_AMOUNT)
    return { field, code: 'tooSmall', limit: MIN_AMOUNT, message: `${label} must be at least ${grouped(MIN_AMOUNT)}, not ${grouped(v)}.` };
  if (v > MAX_AMOUNT)
    return { field, code: 'tooLarge', limit: MAX_AMOUNT, message: `${label} must be at most ${grouped(MAX_AMOUNT)}, not ${grouped(v)}.` };
  return null;
}

function rateError(field: RateField, v: number | null): FunnelError | null {
  const label = FUNNEL_FIELD_LABEL[field];
  if (v === null) return { field, code: 'missing', message: `${label} is missing: enter a rate from 0.1 % to 100 %.` };
  if (!Number.isFinite(v)) return { field, code: 'notFinite', message: `${label} must be a finite rate, not ${String(v)}.` };
  if (!(v >= MIN_RATE && v <= 1))
    return { field, code: 'rateRange', limit: MIN_RATE, message: `${label} must be from 0.1 % to 100 %, not ${pctText(v)} %.` };
  return null;
}

/** Every problem with the inputs, each naming its field; empty when the funnel can be computed. */
export function funnelErrors(i: FunnelInputs): FunnelError[] {
  const errors: (FunnelError | null)[] = [amountError('revenueGoal', i.revenueGoal), amountError('averageDealSize', i.averageDealSize)];
  for (const field of RATE_FIELDS) errors.push(rateError(field, i[field]));
  if (i.salesReps !== null && !(Number.isInteger(i.salesReps) && i.salesReps >= 1 && i.salesReps <= MAX_SALES_REPS)) {
    errors.push({
      field: 'salesReps',
      code: 'notWhole',
      limit: MAX_SALES_REPS,
      message: `${FUNNEL_FIELD_LABEL.salesReps} must be a whole number from 1 to ${grouped(MAX_SALES_REPS)}, not ${grouped(i.salesReps)}.`,
    });
  }
  if (!(Number.isInteger(i.workingDaysPerMonth) && i.workingDaysPerMonth >= 1 && i.workingDaysPerMonth <= 31)) {
    errors.push({
      field: 'workingDaysPerMonth',
      code: 'workingDays',
      message: `${FUNNEL_FIELD_LABEL.workingDaysPerMonth} must be a whole number from 1 to 31.`,
    });
  } else if (!(Number.isInteger(i.paceDay) && i.paceDay >= 1 && i.paceDay <= i.workingDaysPerMonth)) {
    errors.push({
      field: 'paceDay',
      code: 'paceDay',
      limit: i.workingDaysPerMonth,
      message: `${FUNNEL_FIELD_LABEL.paceDay} must be a working day from 1 to ${i.workingDaysPerMonth}.`,
    });
  }
  return errors.filter((e): e is FunnelError => e !== null);
}

interface Rates {
  m: number;
  A: number;
  w: number;
  s: number;
  a: number;
  q: number;
}

/** The chain for one revenue amount. Exported for tests; callers use `reverseFunnel`. */
export function chainFor(revenue: number, r: Rates): FunnelChain {
  const deals = ceilStage((revenue * r.m) / r.A);
  const opportunities = ceilStage(deals / r.w);
  const sqls = ceilStage(opportunities / r.s);
  const sals = ceilStage(sqls / r.a);
  const mqls = ceilStage(sals / r.q);
  return { deals, opportunities, sqls, sals, mqls };
}

/** One stage's figure for a period, from its yearly figure: divided once, rounded up once. */
export const periodFigure = (yearly: number, period: Period): PeriodFigure => ({
  value: ceilStage(yearly / PERIODS_PER_YEAR[period]),
  yearly,
  periodsPerYear: PERIODS_PER_YEAR[period],
});

const chainPer = (yearly: FunnelChain, period: Period): FunnelChain =>
  Object.fromEntries(STAGES.map((k) => [k, periodFigure(yearly[k], period).value])) as FunnelChain;

const divideChain = (c: FunnelChain, by: number): FunnelChain =>
  Object.fromEntries(STAGES.map((k) => [k, ceilStage(c[k] / by)])) as FunnelChain;

export type FunnelOutcome = { ok: true; result: FunnelResult } | { ok: false; errors: FunnelError[] };

/** The goal as a yearly amount: a monthly goal of 500k is 6M a year. */
export const yearlyRevenue = (revenue: number, period: FunnelPeriod): number => revenue * PERIODS_PER_YEAR[period];

/**
 * The yearly chain, every period's figures from it, per rep, and the pacing for the month.
 * Refuses (naming each field) inputs that are missing, non-finite or implausible.
 */
export function reverseFunnel(i: FunnelInputs): FunnelOutcome {
  const errors = funnelErrors(i);
  if (errors.length > 0) return { ok: false, errors };
  const rates = { m: i.marketingShare!, A: i.averageDealSize!, w: i.winRate!, s: i.sqlToOpportunity!, a: i.salToSql!, q: i.mqlToSal! };
  const yearly = chainFor(yearlyRevenue(i.revenueGoal!, i.period), rates);
  const byPeriod = Object.fromEntries(PERIODS.map((p) => [p, chainPer(yearly, p)])) as Record<Period, FunnelChain>;
  const perMonth = byPeriod.month;
  return {
    ok: true,
    result: {
      yearly,
      byPeriod,
      perPeriod: byPeriod[i.period],
      perMonth,
      perWeek: byPeriod.week,
      perRepPerMonth: i.salesReps === null ? null : divideChain(perMonth, i.salesReps),
      pacing: {
        day: i.paceDay,
        workingDays: i.workingDaysPerMonth,
        expectedMqls: ceilStage((perMonth.mqls * i.paceDay) / i.workingDaysPerMonth),
      },
      aboveCeiling: yearly.mqls > MQL_CEILING,
    },
  };
}

/** The MQL volume "Use in SLA" writes into a commitment measured per `period`. */
export const mqlsFor = (result: FunnelResult, period: Period): number => result.byPeriod[period].mqls;
