import { z } from 'zod';
import { id, text } from './common';
import { countingPeriodSchema as periodSchema } from './period';

/** Fit: demographic / firmographic facts about the lead and its company. */
export const FIT_FIELDS = [
  'title',
  'seniority',
  'department',
  'industry',
  'companySize',
  'annualRevenue',
  'region',
  'country',
  'technology',
  'emailDomain',
] as const;
export const fitFieldSchema = z.enum(FIT_FIELDS);
export type FitField = z.infer<typeof fitFieldSchema>;

/**
 * How a criterion compares, all without case. `word`: the value appears as whole words ("intern"
 * does not match "International"); `contains`: anywhere, even inside a word; `startsWith`: the
 * lead's value begins with the value's words; `equals` / `oneOf`: the whole value, or one of a
 * comma-separated list (one value per option, as a lead record holds it); `gte` / `lte` /
 * `between`: numbers, `between` inclusive of `value` (lowest) and `valueMax` (highest).
 */
export const OPERATORS = ['word', 'contains', 'startsWith', 'equals', 'oneOf', 'gte', 'lte', 'between'] as const;
export const operatorSchema = z.enum(OPERATORS);
export type Operator = z.infer<typeof operatorSchema>;

export const fitCriterionSchema = z.object({
  id,
  field: fitFieldSchema,
  operator: operatorSchema,
  /** For oneOf: comma-separated values; for between: the lowest value of the band. */
  value: text(500),
  /** For between: the highest value of the band (absent or ignored for other operators). */
  valueMax: text(100).optional(),
  points: z.number().int().min(0).max(1000),
});
export type FitCriterion = z.infer<typeof fitCriterionSchema>;

export const engagementCriterionSchema = z.object({
  id,
  behaviour: text(200),
  points: z.number().int().min(0).max(1000),
  /** Most points this behaviour can add within one `capPeriod` (null: no cap). */
  capPerPeriod: z.number().int().min(0).max(10000).nullable(),
  /** The period the cap counts over: activities are grouped into periods counted back from today. */
  capPeriod: periodSchema,
});
export type EngagementCriterion = z.infer<typeof engagementCriterionSchema>;

/**
 * How engagement ages. `halfLife`: each activity's points halve every `days` days, counted from
 * that activity's own date (a click today does not revive a year-old demo request).
 * `weeklySinceLast`: the rule before schemaVersion 5, kept for models that used it: engagement
 * loses `pointsPerWeek` per full week since the lead's latest activity, never below 0.
 */
export const decaySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('halfLife'), days: z.number().int().min(1).max(3650) }),
  z.object({ kind: z.literal('weeklySinceLast'), pointsPerWeek: z.number().min(0).max(1000) }),
]);
export type Decay = z.infer<typeof decaySchema>;
export const DECAY_KINDS = ['none', 'halfLife', 'weeklySinceLast'] as const;

export const NEGATIVE_KINDS = ['competitor', 'student', 'freeEmailDomain', 'custom'] as const;

export const negativeCriterionSchema = z.object({
  id,
  kind: z.enum(NEGATIVE_KINDS),
  field: fitFieldSchema,
  operator: operatorSchema,
  value: text(500),
  valueMax: text(100).optional(),
  /** Points subtracted from the total. */
  points: z.number().int().min(0).max(1000),
  /** A veto disqualifies the lead whatever its score. */
  veto: z.boolean(),
});
export type NegativeCriterion = z.infer<typeof negativeCriterionSchema>;

export const sqlCriterionSchema = z.object({
  id,
  label: text(120),
  description: text(500),
  verifiedBy: z.enum(['sdr', 'sales']),
});
export type SqlCriterion = z.infer<typeof sqlCriterionSchema>;

/**
 * What the v4 → v5 migration changed in this model, shown once on the step-5 screen (the room
 * dismisses it), as meanings the screen words: the criterion's field and value as the room typed
 * them (a range's two ends; the behaviours whose cap is now per month; the decay points per week).
 */
export const MIGRATION_NOTE_CODES = ['containsToWord', 'studentPreset', 'bandToRange', 'decayKept', 'capPeriodMonth'] as const;
export const migrationNoteSchema = z.object({
  code: z.enum(MIGRATION_NOTE_CODES),
  field: fitFieldSchema.nullable(),
  value: text(600),
  valueMax: text(100).nullable(),
});
export type MigrationNote = z.infer<typeof migrationNoteSchema>;

export const qualifiedLeadStepSchema = z.object({
  fit: z.array(fitCriterionSchema).max(100),
  engagement: z.array(engagementCriterionSchema).max(100),
  negative: z.array(negativeCriterionSchema).max(100),
  decay: decaySchema,
  mqlThreshold: z.number().int().min(1).max(10000),
  minimumFit: z.number().int().min(0).max(10000).nullable(),
  /** Engagement points needed too (null: none), so that profile alone never makes an MQL. */
  minimumEngagement: z.number().int().min(0).max(10000).nullable(),
  sqlCriteria: z.array(sqlCriterionSchema).max(20),
  /** Whether the room has started from the starter model (so the step can offer it once). */
  started: z.boolean(),
  migrationNotes: z.array(migrationNoteSchema).max(300),
});
export type QualifiedLeadStep = z.infer<typeof qualifiedLeadStepSchema>;

export const defaultQualifiedLeadStep = (): QualifiedLeadStep => ({
  fit: [],
  engagement: [],
  negative: [],
  decay: { kind: 'halfLife', days: 30 },
  mqlThreshold: 60,
  minimumFit: null,
  minimumEngagement: null,
  sqlCriteria: [],
  started: false,
  migrationNotes: [],
});
