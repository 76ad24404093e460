import { z } from 'zod';
import { STEP_IDS } from './stepIds';

export { STEP_IDS, isStepId, stepNumber, type StepId } from './stepIds';

export const stepIdSchema = z.enum(STEP_IDS);
