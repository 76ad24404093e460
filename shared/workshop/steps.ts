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

/** Steps that have a working screen in this version; the others show an honest placeholder. */
export const BUILT_STEPS: readonly StepId[] = ['commitment', 'goals', 'targetBuyer', 'leadProcess', 'qualifiedLead', 'handOff', 'sla'];

export const stepNumber = (id: StepId): number => STEP_IDS.indexOf(id) + 1;
