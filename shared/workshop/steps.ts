import { z } from 'zod';

/** The ten steps of the workshop, in order (domain.md). */
export const STEP_IDS = [
  'commitment',
  'goals',
  'targetBuyer',
  'leadProcess',
  'qualifiedLead',
  'handOff',
  'sla',
  'metrics',
  'technology',
  'feedback',
] as const;
export const stepIdSchema = z.enum(STEP_IDS);
export type StepId = z.infer<typeof stepIdSchema>;

export const stepNumber = (id: StepId): number => STEP_IDS.indexOf(id) + 1;
