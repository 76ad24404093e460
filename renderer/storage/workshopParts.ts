import type { Workshop } from '../../shared/workshop/schema';

/**
 * How a workshop is stored from database version 6 on: a small head row (title, dates, progress)
 * in `workshops`, and each step's data as its own record in `workshopParts`. An edit writes the
 * head and the parts it changed, so a keystroke in step 1 of a year-old workshop costs what it
 * costs in a new one, not a rewrite of a year of signatures and actuals.
 *
 * The steps that grow with the years are split once more: step 7's versions (signature images)
 * and audit trail, step 10's compliance periods, step 4's diagram. Each is its own record,
 * and what is left of the step (its draft) is another.
 */
export type StepKey = Exclude<keyof Workshop, HeadKey>;
type HeadKey =
  'schemaVersion' | 'id' | 'title' | 'clientCompany' | 'facilitator' | 'language' | 'createdAt' | 'updatedAt' | 'completedSteps';

export const STEP_KEYS = [
  'commitment',
  'goals',
  'targetBuyer',
  'leadProcess',
  'qualifiedLead',
  'handOff',
  'sla',
  'metrics',
  'technology',
  'feedback',
  'facilitation',
] as const satisfies readonly StepKey[];

/** Fields of a step kept as records of their own; the rest of the step is the step's record. */
export const SPLIT_FIELDS: Partial<Record<StepKey, readonly string[]>> = {
  sla: ['versions', 'audit'],
  feedback: ['periods'],
  leadProcess: ['stages', 'transitions'],
};

/** A record's name: a step key ('sla'), or a step key and one of its split fields ('sla.versions'). */
export type PartName = string;

export interface Part {
  name: PartName;
  step: StepKey;
  field?: string;
}

export const PARTS: readonly Part[] = STEP_KEYS.flatMap((step): Part[] => [
  { name: step, step },
  ...(SPLIT_FIELDS[step] ?? []).map((field) => ({ name: `${step}.${field}`, step, field })),
]);

export const PART_NAMES: readonly PartName[] = PARTS.map((p) => p.name);

type Rec = Record<string, unknown>;

/** The workshop without its steps: what the `workshops` row holds from version 6 on. */
export function headOf(w: Workshop): Rec {
  const head: Rec = { ...w };
  for (const step of STEP_KEYS) delete head[step];
  return head;
}

/** A part's stored value: a split field as it is; a step without its split fields. */
export function partValue(w: Workshop, part: Part): unknown {
  const step = w[part.step] as Rec;
  if (part.field) return step[part.field];
  const split = SPLIT_FIELDS[part.step];
  if (!split) return step;
  const rest: Rec = { ...step };
  for (const f of split) delete rest[f];
  return rest;
}

/**
 * The parts in which `next` differs from `prev`. Docs are immutable (the store makes a new doc
 * per edit, sharing what did not change), so a part is unchanged exactly when every value it is
 * made of is the same object. With no `prev`, every part.
 */
export function changedParts(prev: Workshop | undefined, next: Workshop): Part[] {
  if (!prev) return [...PARTS];
  return PARTS.filter((part) => {
    const a = prev[part.step] as Rec;
    const b = next[part.step] as Rec;
    if (a === b) return false;
    if (part.field) return a[part.field] !== b[part.field];
    const split = SPLIT_FIELDS[part.step];
    if (!split) return true;
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].some((k) => !split.includes(k) && a[k] !== b[k]);
  });
}

/** A doc put back together from its head and part records (missing parts stay missing: validation names them). */
export function assemble(head: unknown, parts: ReadonlyMap<PartName, unknown>): unknown {
  if (!head || typeof head !== 'object') return head;
  const doc: Rec = { ...(head as Rec) };
  for (const part of PARTS) {
    if (!parts.has(part.name)) continue;
    const value = parts.get(part.name);
    if (part.field) {
      const step = (doc[part.step] ??= {}) as Rec;
      step[part.field] = value;
    } else {
      doc[part.step] = { ...((doc[part.step] as Rec | undefined) ?? {}), ...(value as Rec) };
    }
  }
  return doc;
}
