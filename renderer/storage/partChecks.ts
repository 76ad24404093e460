import type { z } from 'zod';
import { workshopSchema } from '../../shared/workshop/schema';
import { SPLIT_FIELDS, type Part } from './workshopParts';

/**
 * Validation of one stored part against its piece of the workshop schema, so that an edit is
 * checked where it was made instead of across the whole workshop. The workshop schema has no
 * rule that spans steps (shared/workshop/schema.ts), so valid parts make a valid workshop;
 * reads still validate the whole.
 */
type AnyObject = z.ZodObject<z.ZodRawShape>;

const headSchema = workshopSchema.pick({
  schemaVersion: true,
  id: true,
  title: true,
  clientCompany: true,
  facilitator: true,
  language: true,
  createdAt: true,
  updatedAt: true,
  completedSteps: true,
});

const schemas = new Map<string, z.ZodType>();
function schemaOf(part: Part): z.ZodType {
  const known = schemas.get(part.name);
  if (known) return known;
  const step = workshopSchema.shape[part.step] as unknown as AnyObject;
  const split = SPLIT_FIELDS[part.step];
  const made: z.ZodType = part.field
    ? (step.shape[part.field] as unknown as z.ZodType)
    : split
      ? step.omit(Object.fromEntries(split.map((f) => [f, true] as const)))
      : step;
  schemas.set(part.name, made);
  return made;
}

export type PartCheck = { ok: true; value: unknown } | { ok: false };

/** The part as the schema reads it (unknown keys dropped), or not valid. */
export function checkPart(part: Part, value: unknown): PartCheck {
  const result = schemaOf(part).safeParse(value);
  return result.success ? { ok: true, value: result.data } : { ok: false };
}

export function checkHead(head: unknown): PartCheck {
  const result = headSchema.safeParse(head);
  return result.success ? { ok: true, value: result.data } : { ok: false };
}
