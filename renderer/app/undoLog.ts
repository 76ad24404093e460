import { applyPatches, enablePatches, type Patch } from 'immer';
import { merge3, type Path } from './undoMerge';

enablePatches();

/**
 * The undo history of one document as the actions that changed it, each kept as the immer
 * patches it made and their inverse. Undo applies an action's inverse patches; a toast's Undo
 * takes back the one action it announces, by id, even after later edits (undoOne).
 */
export interface UndoAction<T> {
  id: number;
  /** What the action did, in the user's words ("Delete persona"), for messages about it. */
  label: string;
  /** Consecutive actions with the same key, close in time, are one step (typing in a field). */
  coalesceKey: string | null;
  /** When it (or the last edit merged into it) happened, in ms. */
  at: number;
  patches: Patch[];
  inverse: Patch[];
  /** The document just before and just after: the three-way merge of undoOne reads both. */
  before: T;
  after: T;
}

export interface UndoLog<T> {
  past: readonly UndoAction<T>[];
  future: readonly UndoAction<T>[];
  /**
   * Actions no longer reachable by undo (the signed record moved on past them) that a toast may
   * still take back one by one.
   */
  retired: readonly UndoAction<T>[];
}

export interface CaptureOptions {
  label?: string;
  coalesceKey?: string | null;
}

export const LIMIT = 100;
export const COALESCE_MS = 1500;

export const emptyLog = <T>(): UndoLog<T> => ({ past: [], future: [], retired: [] });

let nextId = 1;

/** Adds an action on top (or into the top one when it continues the same typing); clears redo. */
export function recordAction<T>(
  log: UndoLog<T>,
  change: { before: T; after: T; patches: Patch[]; inverse: Patch[] },
  options: CaptureOptions,
  now: number,
): { log: UndoLog<T>; id: number } {
  const key = options.coalesceKey ?? null;
  const top = log.past.at(-1);
  if (top && key !== null && top.coalesceKey === key && now - top.at < COALESCE_MS) {
    const merged: UndoAction<T> = {
      ...top,
      at: now,
      after: change.after,
      patches: [...top.patches, ...change.patches],
      inverse: [...change.inverse, ...top.inverse],
    };
    return { log: { ...log, past: [...log.past.slice(0, -1), merged], future: [] }, id: top.id };
  }
  const action: UndoAction<T> = { id: nextId++, label: options.label ?? '', coalesceKey: key, at: now, ...change };
  return { log: { ...log, past: [...log.past, action].slice(-LIMIT), future: [] }, id: action.id };
}

/** Undo and redo leave no action open for typing to continue into. */
const closed = <T>(a: UndoAction<T>): UndoAction<T> => ({ ...a, coalesceKey: null });

export function undoLast<T>(log: UndoLog<T>, doc: T): { log: UndoLog<T>; doc: T } | null {
  const top = log.past.at(-1);
  if (!top) return null;
  return {
    doc: applyPatches(doc as object, top.inverse) as T,
    log: { ...log, past: log.past.slice(0, -1), future: [...log.future, closed(top)] },
  };
}

export function redoLast<T>(log: UndoLog<T>, doc: T): { log: UndoLog<T>; doc: T } | null {
  const top = log.future.at(-1);
  if (!top) return null;
  return {
    doc: applyPatches(doc as object, top.patches) as T,
    log: { ...log, past: [...log.past, top].slice(-LIMIT), future: log.future.slice(0, -1) },
  };
}

/** Past actions leave undo's reach but stay available to their toasts. */
export const retire = <T>(log: UndoLog<T>): UndoLog<T> => ({ past: [], future: [], retired: [...log.retired, ...log.past].slice(-LIMIT) });

export type UndoOutcome<T> =
  /** Taken back in full. */
  | { kind: 'undone'; doc: T; log: UndoLog<T> }
  /** Taken back except where a later edit changed the same thing: the later edit was kept. */
  | { kind: 'partial'; doc: T; log: UndoLog<T>; conflicts: Path[] }
  /** Already undone, or too old to be known. */
  | { kind: 'gone' };

/**
 * Takes back one action. The latest one is plain undo (its inverse patches, redo keeps it).
 * An older one (later edits were made since) is reversed only where it changed something:
 * each place its patches touched is merged three ways (undoMerge.ts), so the later edits stay
 * and win where they changed the same thing. That reversal is a new action of its own: Ctrl+Z
 * afterwards redoes what the toast undid.
 */
export function undoOne<T>(log: UndoLog<T>, doc: T, id: number, now: number): UndoOutcome<T> {
  if (log.past.at(-1)?.id === id) {
    const r = undoLast(log, doc)!;
    return { kind: 'undone', ...r };
  }
  const action = log.past.find((a) => a.id === id) ?? log.retired.find((a) => a.id === id);
  if (!action) return { kind: 'gone' };
  const conflicts: Path[] = [];
  let next = doc;
  for (const path of touched(action.inverse)) {
    const m = merge3(get(action.after, path), get(action.before, path), get(doc, path), path);
    conflicts.push(...m.conflicts);
    next = set(next, path, m.value);
  }
  if (next === doc) return { kind: 'gone' };
  const retired = log.retired.filter((a) => a.id !== id);
  const recorded = recordAction({ ...log, retired }, { before: doc, after: next, patches: [], inverse: [] }, { label: action.label }, now);
  // The reversal's own patches: to and from the document as it was, at the same places.
  const paths = touched(action.inverse);
  const own = recorded.log.past.at(-1)!;
  const withPatches = {
    ...own,
    patches: paths.map((p) => replacing(p, get(next, p))),
    inverse: paths.map((p) => replacing(p, get(doc, p))),
  };
  const result = { ...recorded.log, past: [...recorded.log.past.slice(0, -1), withPatches] };
  return conflicts.length > 0 ? { kind: 'partial', doc: next, log: result, conflicts } : { kind: 'undone', doc: next, log: result };
}

const replacing = (path: Path, value: unknown): Patch => (value === undefined ? { op: 'remove', path } : { op: 'replace', path, value });

/**
 * The places an action changed, each as the path to a value or to a whole list (an index
 * inside a list means nothing once other edits have shifted it), none inside another.
 */
export function touched(patches: readonly Patch[]): Path[] {
  const cut = patches.map((p) => {
    const i = p.path.findIndex((k) => typeof k === 'number' || k === 'length');
    return i === -1 ? p.path : p.path.slice(0, i);
  });
  const unique = [...new Map(cut.map((p) => [JSON.stringify(p), p])).values()];
  return unique.filter((p) => !unique.some((q) => q.length < p.length && q.every((k, i) => k === p[i])));
}

function get(doc: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, k) => (v === null || v === undefined ? undefined : (v as Record<string | number, unknown>)[k]), doc);
}

/** A copy of `doc` with `value` at `path` (undefined removes the key), sharing everything else. */
function set<T>(doc: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [k, ...rest] = path as [string, ...Path];
  const here = (doc ?? {}) as Record<string, unknown>;
  const inner = set(here[k], rest, value);
  if (inner === here[k]) return doc;
  const copy = { ...here };
  if (inner === undefined) delete copy[k];
  else copy[k] = inner;
  return copy as T;
}
