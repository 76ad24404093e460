/**
 * Taking back one earlier action while keeping everything done since: a three-way merge of the
 * part of the document that action touched. `base` is what the action left, `theirs` what was
 * there before it (what undo wants back), `ours` what is there now. Where only the action
 * changed something, its old value comes back; where only later edits changed it, they stay;
 * where both did, the later edit wins and the place is reported as a conflict.
 *
 * Lists of records with an `id` (personas, goals, tools…) merge record by record, so bringing
 * back a deleted persona keeps what was typed meanwhile into the one next to it, wherever the
 * delete shifted it. Other lists (texts, criteria rows) merge as one changed run each side.
 */
export type Path = (string | number)[];

export interface Merged<T> {
  value: T;
  conflicts: Path[];
}

type Rec = Record<string, unknown>;

const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

export function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => same(a[k], b[k]));
  }
  return false;
}

export function merge3<T>(base: T, theirs: T, ours: T, at: Path = []): Merged<T> {
  if (same(ours, base) || same(ours, theirs)) return { value: theirs, conflicts: [] };
  if (same(theirs, base)) return { value: ours, conflicts: [] };
  if (Array.isArray(base) && Array.isArray(theirs) && Array.isArray(ours)) {
    return (byId(base) && byId(theirs) && byId(ours) ? mergeById(base, theirs, ours, at) : mergeRuns(base, theirs, ours, at)) as Merged<T>;
  }
  if (isRecord(base) && isRecord(theirs) && isRecord(ours)) return mergeRecords(base, theirs, ours, at) as Merged<T>;
  return { value: ours, conflicts: [at] };
}

function mergeRecords(base: Rec, theirs: Rec, ours: Rec, at: Path): Merged<Rec> {
  const value: Rec = { ...ours };
  const conflicts: Path[] = [];
  for (const k of new Set([...Object.keys(base), ...Object.keys(theirs), ...Object.keys(ours)])) {
    const m = merge3(base[k], theirs[k], ours[k], [...at, k]);
    conflicts.push(...m.conflicts);
    if (m.value === undefined) delete value[k];
    else value[k] = m.value;
  }
  return { value, conflicts };
}

type WithId = Rec & { id: string };
const idOf = (v: unknown) => (v as WithId).id;

function byId(list: unknown[]): list is WithId[] {
  if (!list.every((v) => isRecord(v) && typeof v.id === 'string')) return false;
  return new Set(list.map(idOf)).size === list.length;
}

function mergeById(base: WithId[], theirs: WithId[], ours: WithId[], at: Path): Merged<WithId[]> {
  const conflicts: Path[] = [];
  const inBase = new Map(base.map((r) => [r.id, r]));
  const inTheirs = new Map(theirs.map((r) => [r.id, r]));
  const inOurs = new Map(ours.map((r) => [r.id, r]));
  const result: WithId[] = [];
  for (const r of ours) {
    const b = inBase.get(r.id);
    const t = inTheirs.get(r.id);
    if (!b)
      result.push(r); // added since: stays
    else if (!t) {
      // Undo removes what the action added, unless it was edited since.
      if (same(r, b)) continue;
      conflicts.push([...at, r.id]);
      result.push(r);
    } else {
      const m = merge3(b, t, r, [...at, r.id]);
      conflicts.push(...m.conflicts);
      result.push(m.value);
    }
  }
  // Records the action removed come back after the record that preceded them before it.
  theirs.forEach((r, i) => {
    if (inBase.has(r.id)) {
      if (!inOurs.has(r.id) && !same(r, inBase.get(r.id))) conflicts.push([...at, r.id]);
      return;
    }
    if (inOurs.has(r.id)) return;
    const before = theirs
      .slice(0, i)
      .reverse()
      .find((p) => result.some((q) => q.id === p.id));
    result.splice(before ? result.findIndex((q) => q.id === before.id) + 1 : 0, 0, r);
  });
  return { value: reorder(base, theirs, result, conflicts, at), conflicts };
}

/** The action moved records (and nothing moved them since): put them back in their old order. */
function reorder(base: WithId[], theirs: WithId[], result: WithId[], conflicts: Path[], at: Path): WithId[] {
  const shared = (list: WithId[]) => list.filter((r) => theirs.some((t) => t.id === r.id) && base.some((b) => b.id === r.id)).map(idOf);
  const [b, t, now] = [shared(base), shared(theirs), shared(result)];
  if (same(b, t) || same(now, t)) return result;
  if (!same(now, b)) {
    conflicts.push(at);
    return result;
  }
  const wanted = theirs.map(idOf).filter((id) => result.some((r) => r.id === id));
  const placed = new Map(result.map((r) => [r.id, r]));
  const ordered = wanted.map((id) => placed.get(id)!);
  // Records added since keep their place after the record that precedes them now.
  result.forEach((r, i) => {
    if (wanted.includes(r.id)) return;
    const prev = result[i - 1];
    ordered.splice(prev ? ordered.indexOf(prev) + 1 : 0, 0, r);
  });
  return ordered;
}

interface Run {
  from: number;
  to: number;
  items: unknown[];
}

/** The one stretch of `base` that `next` replaced (common start and end trimmed). */
function run(base: unknown[], next: unknown[]): Run {
  let from = 0;
  while (from < base.length && from < next.length && same(base[from], next[from])) from++;
  let tail = 0;
  while (tail < base.length - from && tail < next.length - from && same(base[base.length - 1 - tail], next[next.length - 1 - tail])) tail++;
  return { from, to: base.length - tail, items: next.slice(from, next.length - tail) };
}

function mergeRuns(base: unknown[], theirs: unknown[], ours: unknown[], at: Path): Merged<unknown[]> {
  if (base.length === theirs.length && base.length === ours.length) {
    // Same length everywhere: an edit in place, row by row.
    const conflicts: Path[] = [];
    const value = base.map((b, i) => {
      const m = merge3(b, theirs[i], ours[i], [...at, i]);
      conflicts.push(...m.conflicts);
      return m.value;
    });
    return { value, conflicts };
  }
  const t = run(base, theirs);
  const o = run(base, ours);
  // Disjoint stretches merge; an insertion right before the other side's stretch comes first.
  const bothInsertHere = t.from === t.to && o.from === o.to && t.from === o.from;
  if (!(t.to <= o.from || o.to <= t.from) || bothInsertHere) return { value: ours, conflicts: [at] };
  const [first, second] = t.to <= o.from ? [t, o] : [o, t];
  return {
    value: [...base.slice(0, first.from), ...first.items, ...base.slice(first.to, second.from), ...second.items, ...base.slice(second.to)],
    conflicts: [],
  };
}
