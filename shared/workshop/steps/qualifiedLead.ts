import { z } from 'zod';
import { id, text } from './common';

/** Fit: demographic / firmographic facts about the lead and its company. */
export const FIT_FIELDS = ['title', 'seniority', 'department', 'industry', 'companySize', 'annualRevenue', 'region', 'country', 'technology', 'emailDomain'] as const;
export const fitFieldSchema = z.enum(FIT_FIELDS);
export type FitField = z.infer<typeof fitFieldSchema>;

/** Text operators compare case-insensitively; gte / lte compare numbers. */
export const OPERATORS = ['equals', 'contains', 'oneOf', 'gte', 'lte'] as const;
export const operatorSchema = z.enum(OPERATORS);
export type Operator = z.infer<typeof operatorSchema>;

export const fitCriterionSchema = z.object({
  id,
  field: fitFieldSchema,
  operator: operatorSchema,
  /** For oneOf: comma-separated values. */
  value: text(500),
  points: z.number().int().min(0).max(1000),
});
export type FitCriterion = z.infer<typeof fitCriterionSchema>;

export const engagementCriterionSchema = z.object({
  id,
  behaviour: text(200),
  points: z.number().int().min(0).max(1000),
  /** Most points this behaviour can add per period (null: no cap). */
  capPerPeriod: z.number().int().min(0).max(10000).nullable(),
});
export type EngagementCriterion = z.infer<typeof engagementCriterionSchema>;

export const NEGATIVE_KINDS = ['competitor', 'student', 'freeEmailDomain', 'custom'] as const;

export const negativeCriterionSchema = z.object({
  id,
  kind: z.enum(NEGATIVE_KINDS),
  field: fitFieldSchema,
  operator: operatorSchema,
  value: text(500),
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

export const qualifiedLeadStepSchema = z.object({
  fit: z.array(fitCriterionSchema).max(100),
  engagement: z.array(engagementCriterionSchema).max(100),
  negative: z.array(negativeCriterionSchema).max(100),
  decayPointsPerWeek: z.number().min(0).max(1000),
  mqlThreshold: z.number().int().min(1).max(10000),
  minimumFit: z.number().int().min(0).max(10000).nullable(),
  sqlCriteria: z.array(sqlCriterionSchema).max(20),
  /** Whether the room has started from the starter model (so the step can offer it once). */
  started: z.boolean(),
});
export type QualifiedLeadStep = z.infer<typeof qualifiedLeadStepSchema>;

export const defaultQualifiedLeadStep = (): QualifiedLeadStep => ({
  fit: [],
  engagement: [],
  negative: [],
  decayPointsPerWeek: 0,
  mqlThreshold: 60,
  minimumFit: null,
  sqlCriteria: [],
  started: false,
});
