import type { LeadProcessStep } from '../../../shared/workshop/steps/leadProcess';

/**
 * Undo / redo of diagram edits as snapshots of the step. Snapshots are cheap: edits share
 * every untouched stage and transition with the previous version.
 */
export interface History {
  past: readonly LeadProcessStep[];
  future: readonly LeadProcessStep[];
  /** Edits with the same key in quick succession (typing a name, nudging with arrows) undo as one. */
  lastKey: string | null;
  lastAt: number;
}

export const LIMIT = 100;
export const COALESCE_MS = 1500;

export const emptyHistory = (): History => ({ past: [], future: [], lastKey: null, lastAt: 0 });

export function record(h: History, before: LeadProcessStep, key: string | null, now: number): History {
  if (key !== null && key === h.lastKey && now - h.lastAt < COALESCE_MS && h.past.length > 0) {
    return { ...h, future: [], lastAt: now };
  }
  return { past: [...h.past, before].slice(-LIMIT), future: [], lastKey: key, lastAt: now };
}

export function undo(h: History, current: LeadProcessStep): { history: History; step: LeadProcessStep } | null {
  const step = h.past[h.past.length - 1];
  if (!step) return null;
  return { step, history: { past: h.past.slice(0, -1), future: [...h.future, current], lastKey: null, lastAt: 0 } };
}

export function redo(h: History, current: LeadProcessStep): { history: History; step: LeadProcessStep } | null {
  const step = h.future[h.future.length - 1];
  if (!step) return null;
  return { step, history: { past: [...h.past, current].slice(-LIMIT), future: h.future.slice(0, -1), lastKey: null, lastAt: 0 } };
}
