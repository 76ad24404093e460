/**
 * Undo / redo as whole snapshots of immutable state (a workshop, a diagram step). Snapshots
 * are cheap: immer edits share every untouched part with the previous version.
 */
export interface History<T> {
  past: readonly T[];
  future: readonly T[];
  /** Edits with the same key in quick succession (typing a name, nudging with arrows) undo as one. */
  lastKey: string | null;
  lastAt: number;
}

export const LIMIT = 100;
export const COALESCE_MS = 1500;

export const emptyHistory = <T>(): History<T> => ({ past: [], future: [], lastKey: null, lastAt: 0 });

export function record<T>(h: History<T>, before: T, key: string | null, now: number): History<T> {
  if (key !== null && key === h.lastKey && now - h.lastAt < COALESCE_MS && h.past.length > 0) {
    return { ...h, future: [], lastAt: now };
  }
  return { past: [...h.past, before].slice(-LIMIT), future: [], lastKey: key, lastAt: now };
}

export function undo<T>(h: History<T>, current: T): { history: History<T>; step: T } | null {
  const step = h.past[h.past.length - 1];
  if (!step) return null;
  return { step, history: { past: h.past.slice(0, -1), future: [...h.future, current], lastKey: null, lastAt: 0 } };
}

export function redo<T>(h: History<T>, current: T): { history: History<T>; step: T } | null {
  const step = h.future[h.future.length - 1];
  if (!step) return null;
  return { step, history: { past: [...h.past, current].slice(-LIMIT), future: h.future.slice(0, -1), lastKey: null, lastAt: 0 } };
}
