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

export const parkingLotItemSchema = z.object({ id, text: text(500), stepId: stepIdSchema.nullable(), at: isoDateTime, resolved: z.boolean() });
export type ParkingLotItem = z.infer<typeof parkingLotItemSchema>;

export const facilitationSchema = z.object({
  actionItems: z.array(actionItemSchema).max(500),
  decisions: z.array(decisionSchema).max(500),
  parkingLot: z.array(parkingLotItemSchema).max(500),
});
export type Facilitation = z.infer<typeof facilitationSchema>;

export const defaultFacilitation = (): Facilitation => ({ actionItems: [], decisions: [], parkingLot: [] });
