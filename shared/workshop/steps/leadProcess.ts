import { z } from 'zod';
import { id, text } from './common';

/**
 * The lead-process diagram as domain data: stages and transitions with rates, not React Flow
 * state. Later steps (calculator, metrics) read stages and rates from here.
 */
export const STAGE_OWNERS = ['marketing', 'sales', 'sdr', 'operations'] as const;
export const stageOwnerSchema = z.enum(STAGE_OWNERS);
export type StageOwner = z.infer<typeof stageOwnerSchema>;

/** `capture` is where leads enter; `won` / `lost` end the process; everything else is `stage`. */
export const STAGE_KINDS = ['capture', 'stage', 'won', 'lost'] as const;

/**
 * The well-known role a stage plays in the funnel, so the calculator and the scoreboard read
 * rates by meaning, not by position or name: with "MQL → SQL → Won" the SQL stage's rate is
 * SQL → won. Won and lost are kinds, not roles. Absent or null: no role (a nurture stage).
 */
export const STAGE_ROLES = ['mql', 'sal', 'sql', 'opportunity'] as const;
export const stageRoleSchema = z.enum(STAGE_ROLES);
export type StageRole = z.infer<typeof stageRoleSchema>;

export const stageSchema = z.object({
  id,
  name: text(80),
  kind: z.enum(STAGE_KINDS),
  role: stageRoleSchema.nullable().optional(),
  owner: stageOwnerSchema.nullable(),
  entryCriteria: text(1000),
  /** Expected conversion to the next stage, in percent; valid values are in (0, 100]. */
  conversionToNext: z.number().finite().nullable(),
  /** Expected days a lead spends in this stage. */
  daysInStage: z.number().finite().min(0).max(3650).nullable(),
  position: z.object({ x: z.number().finite(), y: z.number().finite() }),
});
export type Stage = z.infer<typeof stageSchema>;

/** forward: the normal path; recycle: back to nurture; feedback: sales tells marketing about lead quality. */
export const TRANSITION_KINDS = ['forward', 'recycle', 'feedback'] as const;

export const transitionSchema = z.object({
  id,
  from: id,
  to: id,
  kind: z.enum(TRANSITION_KINDS),
  label: text(120),
});
export type Transition = z.infer<typeof transitionSchema>;

export const leadProcessStepSchema = z.object({
  stages: z.array(stageSchema).max(1000),
  transitions: z.array(transitionSchema).max(3000),
});
export type LeadProcessStep = z.infer<typeof leadProcessStepSchema>;

/** An empty diagram; the step screen offers the default template to start from. */
export const defaultLeadProcessStep = (): LeadProcessStep => ({ stages: [], transitions: [] });
