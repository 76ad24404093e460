import { z } from 'zod';
import type { Period } from './sla';

/**
 * The periods a scoring cap or a metric target counts over: the same list as step 7's PERIODS
 * (shared/workshop/steps/sla.ts), declared here so step 5 and step 8 do not import step 7 at run
 * time (step 7's signed content imports them). The type check below keeps the two lists equal.
 */
export const COUNTING_PERIODS = ['week', 'month', 'quarter', 'year'] as const;
export const countingPeriodSchema = z.enum(COUNTING_PERIODS);
type CountingPeriod = (typeof COUNTING_PERIODS)[number];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const PERIOD_LISTS_AGREE: Same<CountingPeriod, Period> = true;
