import { z } from 'zod';
import { stepIdSchema } from './steps';
import { LANGUAGES } from './languages';
import { id, isoDateTime, text } from './steps/common';
import { commitmentStepSchema } from './steps/commitment';
import { goalsStepSchema } from './steps/goals';
import { targetBuyerStepSchema } from './steps/targetBuyer';
import { leadProcessStepSchema } from './steps/leadProcess';
import { qualifiedLeadStepSchema } from './steps/qualifiedLead';
import { handOffStepSchema } from './steps/handOff';
import { metricsStepSchema } from './steps/metrics';
import { technologyStepSchema } from './steps/technology';
import { feedbackStepSchema } from './steps/feedback';
import { slaStepSchema } from './steps/sla';
import { facilitationSchema } from './facilitation';

/**
 * The workshop document. Drafts are allowed to be incomplete (empty strings, nulls): what a
 * step needs before it can be marked done is checked by `stepGaps`, not by this schema, so
 * that half-typed work is always storable. Numbers, dates and enums are always well-formed.
 */
export const SCHEMA_VERSION = 5;

export { LANGUAGES, type Language } from './languages';
export const languageSchema = z.enum(LANGUAGES);

// Every step's schema lives in shared/workshop/steps/<id>.ts; re-exported here, where callers have always found them.
export {
  participantSchema,
  DECISION_RULES,
  MEETING_CADENCES,
  statementAgreementSchema,
  commitmentStepSchema,
  type Participant,
  type MeetingCadence,
  type StatementAgreement,
  type CommitmentStep,
} from './steps/commitment';
export {
  GOAL_KINDS,
  goalKindSchema,
  GOAL_UNITS,
  goalSchema,
  goalsStepSchema,
  type GoalKind,
  type Goal,
  type TeamAgreement,
  type GoalsStep,
} from './steps/goals';

export {
  COMMITMENT_KINDS,
  commitmentKindSchema,
  PERIODS,
  periodSchema,
  slaCommitmentSchema,
  signatureSchema,
  slaStepSchema,
  type CommitmentKind,
  type Period,
  type SlaCommitment,
  type Signature,
  type SlaStep,
} from './steps/sla';

export const workshopSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id,
  title: text(200),
  clientCompany: text(200),
  facilitator: text(120),
  language: languageSchema,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  completedSteps: z.array(stepIdSchema),
  commitment: commitmentStepSchema,
  goals: goalsStepSchema,
  targetBuyer: targetBuyerStepSchema,
  leadProcess: leadProcessStepSchema,
  qualifiedLead: qualifiedLeadStepSchema,
  handOff: handOffStepSchema,
  sla: slaStepSchema,
  metrics: metricsStepSchema,
  technology: technologyStepSchema,
  feedback: feedbackStepSchema,
  facilitation: facilitationSchema,
});
export type Workshop = z.infer<typeof workshopSchema>;
