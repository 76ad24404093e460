import { z } from 'zod';
import { ownerSchema, teamSchema } from './teams';
import { stepIdSchema } from './steps';
import { LANGUAGES } from './languages';
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

const id = z.string().min(1).max(64);
const text = (max = 2000) => z.string().max(max);
/** ISO calendar date (YYYY-MM-DD) or empty while not chosen yet. */
const isoDateOrEmpty = z.union([z.literal(''), z.iso.date()]);
const isoDateTime = z.iso.datetime({ offset: true });

export const participantSchema = z.object({
  id,
  name: text(120),
  role: text(120),
  team: teamSchema,
  email: text(200),
});
export type Participant = z.infer<typeof participantSchema>;

export const DECISION_RULES = ['consensus', 'consent', 'majority', 'sponsorDecides'] as const;
export const MEETING_CADENCES = ['weekly', 'biweekly', 'monthly', 'quarterly'] as const;
export type MeetingCadence = (typeof MEETING_CADENCES)[number];

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in 64 lower-case hex digits');

/**
 * One participant's agreement to the commitment statement: when, and the SHA-256 of the
 * statement as it read then (shared/workshop/agreements.ts), so an edit to the statement
 * shows the agreement as given to an earlier text instead of silently carrying it over.
 */
export const statementAgreementSchema = z.object({ at: isoDateTime, textHash: sha256Hex });
export type StatementAgreement = z.infer<typeof statementAgreementSchema>;

export const commitmentStepSchema = z.object({
  participants: z.array(participantSchema).max(100),
  groundRules: z.array(text(300)).max(50),
  decisionRule: z.enum(DECISION_RULES),
  /**
   * The one review cadence: how often both teams meet to review the agreement. Step 7's review
   * clause and step 10's triage meeting follow it (shared/calendar/cadence.ts setReviewCadence).
   */
  meetingCadence: z.enum(MEETING_CADENCES),
  workshopDate: isoDateOrEmpty,
  place: text(200),
  /**
   * The workshop's IANA time zone, which new meetings and the calendar file use; absent until the
   * room picks one, and then the facilitator's system zone is used.
   */
  timeZone: text(64).optional(),
  executiveSponsorId: id.nullable(),
  commitmentStatement: text(4000),
  /** participant id → their agreement to the statement (absent = not yet). */
  agreements: z.record(id, statementAgreementSchema),
});
export type CommitmentStep = z.infer<typeof commitmentStepSchema>;

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

// Step 7's schema lives beside the other steps; re-exported here, where callers have always found it.
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
