import type { CommitmentKind } from '../workshop/steps/sla';

/**
 * What a commitment's numbers may be, declared once and read by the schema
 * (shared/workshop/steps/sla.ts), the inputs of step 7 (renderer/steps/07-sla) and the freeze
 * check (commitmentProblems in commitmentRules.ts). It imports only a type, so the schema can
 * read it without an import cycle.
 *
 * The inputs refuse what lies outside; the schema stores a half-typed draft and so is wider
 * (a percentage anywhere in 0–100, any positive target); the freeze check names what a draft
 * may hold but a signed SLA may not.
 */
export interface NumberLimits {
  min: number;
  max: number;
  /** Whole numbers only (MQLs, attempts). */
  integer: boolean;
  /** Whether 0 is a value (it is not for a target: a zero commitment commits to nothing). */
  allowZero: boolean;
}

/** Any stored percentage (a level, an at-risk point, a percentage target). */
export const PERCENT_RANGE = { min: 0, max: 100 } as const;

const count: NumberLimits = { min: 0, max: 1_000_000, integer: true, allowZero: false };
const amount: NumberLimits = { min: 0, max: 1_000_000, integer: false, allowZero: false };
const percent: NumberLimits = { ...PERCENT_RANGE, integer: false, allowZero: false };

/** A target, by kind: MQLs and attempts are counts, quality and rates percentages, time limits hours or days. */
export const TARGET_LIMITS: Record<CommitmentKind, NumberLimits> = {
  mqlVolume: count,
  leadQuality: percent,
  firstTouch: amount,
  followUpAttempts: count,
  disposition: amount,
  qualifyBy: amount,
  mqlToSqlRate: percent,
};

/** followUpAttempts: the days the attempts are made within. */
export const WITHIN_DAYS_LIMITS: NumberLimits = { min: 0, max: 365, integer: false, allowZero: false };
/** Time-limited kinds: the share of leads (%) that must make the limit. */
export const LEVEL_LIMITS: NumberLimits = { min: 1, max: 100, integer: false, allowZero: false };
/** Where "at risk" starts (% of target, or % of leads). */
export const AT_RISK_LIMITS: NumberLimits = { ...PERCENT_RANGE, integer: false, allowZero: true };

/** Whether a kind's target is a percentage (so at most 100). */
export const isPercentTarget = (kind: CommitmentKind): boolean => TARGET_LIMITS[kind].max === PERCENT_RANGE.max;
