import { z } from 'zod';
import { id, text } from './common';

export const ROUTING_METHODS = ['roundRobin', 'territory', 'accountOwner', 'namedQueue'] as const;
export const TRAVELS_WITH = ['activityHistory', 'contentConsumed', 'scoreBreakdown', 'personaMatch'] as const;
export const CHANNELS = ['phone', 'email', 'social', 'video', 'sms'] as const;

/** Limits the editors enforce too: a list past its limit would make the workshop unreadable. */
export const MAX_CONDITIONS = 20;
export const MAX_REASONS = 30;
export const MAX_ATTEMPTS = 30;

export const followUpAttemptSchema = z.object({
  id,
  /** Day of the cadence, 1 = the day the lead is received. */
  day: z.number().int().min(1).max(90),
  channel: z.enum(CHANNELS),
});
export type FollowUpAttempt = z.infer<typeof followUpAttemptSchema>;

export const handOffStepSchema = z.object({
  /** Extra conditions besides the step-5 MQL threshold (e.g. "has a business e-mail"). */
  triggerConditions: z.array(text(300)).max(MAX_CONDITIONS),
  routing: z.enum(ROUTING_METHODS),
  routingDetail: text(500),
  travelsWith: z.array(z.enum(TRAVELS_WITH)),
  acceptanceWindowHours: z.number().min(1).max(720).nullable(),
  rejectionReasons: z.array(text(200)).max(MAX_REASONS),
  followUp: z.array(followUpAttemptSchema).max(MAX_ATTEMPTS),
  recycleReasons: z.array(text(200)).max(MAX_REASONS),
  reentryRule: text(1000),
});
export type HandOffStep = z.infer<typeof handOffStepSchema>;

export const defaultHandOffStep = (): HandOffStep => ({
  triggerConditions: [],
  routing: 'roundRobin',
  routingDetail: '',
  travelsWith: ['activityHistory', 'scoreBreakdown'],
  acceptanceWindowHours: null,
  rejectionReasons: [],
  followUp: [],
  recycleReasons: [],
  reentryRule: '',
});
