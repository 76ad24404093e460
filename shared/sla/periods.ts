import type { Period } from '../workshop/schema';

/**
 * One period per number, and one way to compare numbers of different periods: a year has 52
 * weeks, 12 months and 4 quarters, so 50 MQLs a week is 50 × 52 / 12 ≈ 216.7 a month. Volumes
 * convert; a weekday deadline does not (a monthly total says nothing about Wednesdays).
 */
export type AnyPeriod = Period | 'year';

export const PERIODS_PER_YEAR: Record<AnyPeriod, number> = { week: 52, month: 12, quarter: 4, year: 1 };

/** A volume per `from` period, expressed per `to` period (not rounded). */
export const convertVolume = (value: number, from: AnyPeriod, to: AnyPeriod): number =>
  (value * PERIODS_PER_YEAR[from]) / PERIODS_PER_YEAR[to];

/**
 * Whether two volume figures can both be one yearly need rounded up per period (⌈Y ÷ n⌉, as the
 * reverse funnel derives them): 155 a month and 36 a week both come from 1,858 a year and agree;
 * 158 a month and 50 a week (2,600 a year) do not. Rounding is the only slack allowed.
 */
export function volumesAgree(a: number, aPeriod: AnyPeriod, b: number, bPeriod: AnyPeriod): boolean {
  const [na, nb] = [PERIODS_PER_YEAR[aPeriod], PERIODS_PER_YEAR[bPeriod]];
  // The yearly needs each figure stands for: ((a − 1)·na, a·na] and ((b − 1)·nb, b·nb].
  return Math.max((a - 1) * na, (b - 1) * nb) < Math.min(a * na, b * nb);
}

/** Periods from the shortest to the longest, to tell a finer period from a coarser one. */
export const PERIOD_ORDER: readonly AnyPeriod[] = ['week', 'month', 'quarter', 'year'];
export const isFiner = (a: AnyPeriod, b: AnyPeriod): boolean => PERIOD_ORDER.indexOf(a) < PERIOD_ORDER.indexOf(b);
