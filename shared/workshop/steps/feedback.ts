import { z } from 'zod';
import { id, text } from './common';

export const MEETING_KINDS = ['weeklyTriage', 'monthlyOptimisation', 'quarterlyReview', 'content', 'custom'] as const;
export const MEETING_FREQUENCIES = ['weekly', 'biweekly', 'monthly', 'quarterly'] as const;

const isoDate = z.iso.date();

export const meetingSchema = z.object({
  id,
  kind: z.enum(MEETING_KINDS),
  title: text(120),
  attendeeIds: z.array(id).max(100),
  agenda: z.array(text(300)).max(30),
  frequency: z.enum(MEETING_FREQUENCIES),
  /** First occurrence (local date in `timeZone`). */
  firstDate: isoDate,
  /** Local start time, HH:MM (24 h). */
  startTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM'),
  durationMinutes: z.number().int().min(5).max(480),
  /** IANA time zone, e.g. Europe/Lisbon. */
  timeZone: text(64),
});
export type Meeting = z.infer<typeof meetingSchema>;

/** One reporting period of actuals, typed in or imported from a CRM export. */
export const compliancePeriodSchema = z.object({
  id,
  label: text(40),
  start: isoDate,
  end: isoDate,
  /** commitment id → the actual for that commitment in the period (null: not reported). */
  actuals: z.record(id, z.number().finite().min(0).nullable()),
});
export type CompliancePeriod = z.infer<typeof compliancePeriodSchema>;

export const feedbackStepSchema = z.object({
  meetings: z.array(meetingSchema).max(30),
  /** Percent of target: met at ≥ met, at risk at ≥ atRisk, missed below (domain.md). */
  thresholds: z.object({ met: z.number().min(1).max(1000), atRisk: z.number().min(0).max(1000) }),
  periods: z.array(compliancePeriodSchema).max(520),
  /** CSV header → what it maps to, remembered so a CRM export is mapped once. */
  csvMapping: z.record(text(200), text(200)),
});
export type FeedbackStep = z.infer<typeof feedbackStepSchema>;

export const defaultFeedbackStep = (): FeedbackStep => ({
  meetings: [],
  thresholds: { met: 100, atRisk: 90 },
  periods: [],
  csvMapping: {},
});
