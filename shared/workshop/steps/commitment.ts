import { z } from 'zod';
import { teamSchema } from '../teams';
import { id, isoDateOrEmpty, isoDateTime, sha256Hex, text } from './common';

/** Step 1: who is in the room, how it decides, when and where it meets, and what everyone agrees to. */
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
