import { canonicalJson } from '../sla/json';
import { UNIT_SCHEMAS, type UnitName } from './docs';

/**
 * Two laptops changed the same step while apart. CouchDB keeps both revisions (`_conflicts`);
 * the user sees them side by side, field by field, and picks. These functions are the field
 * level of that: what differs, and the unit that results from the picks.
 */
export type Side = 'mine' | 'theirs';

export interface FieldDifference {
  field: string;
  mine: unknown;
  theirs: unknown;
}

const same = (a: unknown, b: unknown) => canonicalJson(a ?? null) === canonicalJson(b ?? null);

/** The top-level fields of a unit that differ between the two revisions, in the unit's own field order. */
export function unitDifferences(mine: Record<string, unknown>, theirs: Record<string, unknown>): FieldDifference[] {
  const fields = [...new Set([...Object.keys(mine), ...Object.keys(theirs)])];
  return fields.filter((f) => !same(mine[f], theirs[f])).map((field) => ({ field, mine: mine[field], theirs: theirs[field] }));
}

export type MergedUnit = { ok: true; data: Record<string, unknown> } | { ok: false; path: string };

/**
 * The unit made of the picked side of each differing field (a field not picked stays mine).
 * The result is validated: two halves that are each valid can still disagree with each other
 * (a delivery day on a commitment the other side made monthly), and then the merge is refused
 * naming the field, rather than stored.
 */
export function mergeUnit(
  unit: UnitName,
  mine: Record<string, unknown>,
  theirs: Record<string, unknown>,
  picks: Readonly<Record<string, Side>>,
): MergedUnit {
  const data: Record<string, unknown> = { ...mine };
  for (const { field } of unitDifferences(mine, theirs)) {
    if (picks[field] !== 'theirs') continue;
    if (theirs[field] === undefined) delete data[field];
    else data[field] = theirs[field];
  }
  const valid = UNIT_SCHEMAS[unit].safeParse(data);
  return valid.success
    ? { ok: true, data: valid.data as Record<string, unknown> }
    : { ok: false, path: valid.error.issues[0]?.path.join('.') ?? '' };
}
