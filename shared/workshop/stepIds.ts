/** The ten steps of the workshop, in order (docs/domain.md). Zod-free, for the first load's routing. */
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
export type StepId = (typeof STEP_IDS)[number];

export const isStepId = (v: unknown): v is StepId => typeof v === 'string' && (STEP_IDS as readonly string[]).includes(v);

export const stepNumber = (id: StepId): number => STEP_IDS.indexOf(id) + 1;
