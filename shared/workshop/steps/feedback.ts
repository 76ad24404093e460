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

/** The unit of the compliance log's periods: weeks start on the SLA's `weekStartsOn`. */
export const LOG_UNITS = ['week', 'month', 'quarter'] as const;
export type LogUnit = (typeof LOG_UNITS)[number];

const count = z.number().finite().min(0).max(1e9);

/**
 * What happened for one commitment in one period: a count for a volume ("MQLs delivered"), or
 * a part of a whole where a share is meant (`{ part: leads touched in time, of: leads received }`,
 * accepted of delivered, SQLs of MQLs). Either half may be missing while it is being typed.
 */
export const shareActualSchema = z.object({ part: count.nullable(), of: count.nullable() });
export type ShareActual = z.infer<typeof shareActualSchema>;
export const actualSchema = z.union([count, shareActualSchema]);
export type Actual = z.infer<typeof actualSchema>;

/** One reporting period of actuals, typed in or imported from a CRM export. */
export const compliancePeriodSchema = z.object({
  id,
  label: text(40),
  start: isoDate,
  end: isoDate,
  /** commitment id → the actual for that commitment in the period (null: not reported). */
  actuals: z.record(id, actualSchema.nullable()),
});
export type CompliancePeriod = z.infer<typeof compliancePeriodSchema>;

export const feedbackStepSchema = z.object({
  meetings: z.array(meetingSchema).max(30),
  /**
   * The unit new periods are made in. Each commitment is still judged in its own period: finer
   * periods add up into it, a coarser one converts a volume target (see shared/compliance).
   */
  logUnit: z.enum(LOG_UNITS),
  periods: z.array(compliancePeriodSchema).max(520),
  /** CSV header → what it maps to, remembered so a CRM export is mapped once. */
  csvMapping: z.record(text(200), text(200)),
});
export type FeedbackStep = z.infer<typeof feedbackStepSchema>;

export const defaultFeedbackStep = (): FeedbackStep => ({
  meetings: [],
  logUnit: 'month',
  periods: [],
  csvMapping: {},
});
