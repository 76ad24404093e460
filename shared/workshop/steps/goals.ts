import { z } from 'zod';
import { ownerSchema } from '../teams';
import { id, isoDateOrEmpty, isoDateTime, sha256Hex, text } from './common';

/** Step 2: the business goals both teams serve, and each team's agreement to them. */
export const GOAL_KINDS = [
  'revenue',
  'marketShare',
  'netNewCustomers',
  'recurringRevenue',
  'churnReduction',
  'customerLifetimeValue',
  'custom',
] as const;
export const goalKindSchema = z.enum(GOAL_KINDS);
export type GoalKind = z.infer<typeof goalKindSchema>;

export const GOAL_UNITS = ['currency', 'percent', 'count'] as const;

export const goalSchema = z.object({
  id,
  kind: goalKindSchema,
  title: text(200),
  metric: text(200),
  unit: z.enum(GOAL_UNITS),
  baseline: z.number().finite().nullable(),
  target: z.number().finite().nullable(),
  deadline: isoDateOrEmpty,
  owner: ownerSchema,
});
export type Goal = z.infer<typeof goalSchema>;

/** A team's agreement to the goals: who, when, and the SHA-256 of the goals as they stood then. */
const teamAgreementSchema = z.object({ by: text(120), at: isoDateTime, goalsHash: sha256Hex }).nullable();
export type TeamAgreement = NonNullable<z.infer<typeof teamAgreementSchema>>;

export const goalsStepSchema = z.object({
  currency: z.string().regex(/^[A-Z]{3}$/, 'a three-letter ISO currency code'),
  goals: z.array(goalSchema).max(50),
  agreement: z.object({ marketing: teamAgreementSchema, sales: teamAgreementSchema }),
});
export type GoalsStep = z.infer<typeof goalsStepSchema>;
