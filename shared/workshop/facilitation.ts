import { z } from 'zod';
import { stepIdSchema } from './steps';
import { id, text } from './steps/common';

/**
 * What the room captures from any step: action items, decisions, the parking lot. Kept apart
 * from the step data because every step writes to it.
 */
const isoDateTime = z.iso.datetime({ offset: true });

export const actionItemSchema = z.object({
  id,
  text: text(500),
  /** A participant id, or null when the owner is not in the room. */
  ownerId: id.nullable(),
  dueDate: z.union([z.literal(''), z.iso.date()]),
  status: z.enum(['open', 'done']),
  stepId: stepIdSchema.nullable(),
  createdAt: isoDateTime,
});
export type ActionItem = z.infer<typeof actionItemSchema>;

export const decisionSchema = z.object({ id, text: text(1000), stepId: stepIdSchema.nullable(), at: isoDateTime });
export type Decision = z.infer<typeof decisionSchema>;

export const parkingLotItemSchema = z.object({
  id,
  text: text(500),
  stepId: stepIdSchema.nullable(),
  at: isoDateTime,
  resolved: z.boolean(),
});
export type ParkingLotItem = z.infer<typeof parkingLotItemSchema>;

const minutes = (max: number) => z.number().int().min(1).max(max);

/**
 * The day's plan. Optional, so workshops written before it existed stay valid without a schema
 * version change: absent means the default one-day agenda (shared/facilitation/agenda.ts).
 */
export const agendaSchema = z.object({
  /** When the working day starts, local time. */
  dayStart: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM'),
  /** Working minutes in the day, after lunch and breaks. */
  dayMinutes: minutes(960),
  /** Planned minutes per step; a missing step uses its default timebox. */
  timeboxMinutes: z.partialRecord(stepIdSchema, minutes(480)),
  /** Time the timer actually ran per step, in ms (finished timeboxes only). */
  actualMs: z.partialRecord(
    stepIdSchema,
    z
      .number()
      .int()
      .min(0)
      .max(7 * 24 * 3_600_000),
  ),
});
export type Agenda = z.infer<typeof agendaSchema>;

export const facilitationSchema = z.object({
  actionItems: z.array(actionItemSchema).max(500),
  decisions: z.array(decisionSchema).max(500),
  parkingLot: z.array(parkingLotItemSchema).max(500),
  agenda: agendaSchema.optional(),
});
export type Facilitation = z.infer<typeof facilitationSchema>;

export const defaultFacilitation = (): Facilitation => ({ actionItems: [], decisions: [], parkingLot: [] });
