import { create } from 'zustand';
import { produce, type Draft } from 'immer';
import type { Workshop } from '../../shared/workshop/schema';
import { emptyHistory, record, redo as redoStep, undo as undoStep, type History } from '../ui/undoHistory';
import { storage } from './storageContext';
import { i18n } from '../i18n';
import { editTime } from './inputClock';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error';

interface WorkshopState {
  workshop: Workshop | null;
  loading: boolean;
  loadError: string | null;
  saveStatus: SaveStatus;
  saveError: string | null;
  open(id: string): Promise<void>;
  close(): Promise<void>;
  /** Every edit goes through here: the UI updates at once, storage follows (autosave). */
  update(mutate: (draft: Draft<Workshop>) => void): void;
  /** Replace the whole document (undo of a bulk change, restore); never drops the SLA's signed record. */
  replace(w: Workshop): void;
  /**
   * Storage now holds `w` (an import replaced the open workshop, or its Undo): show it as it is,
   * with a fresh undo history. No save follows: it is already stored. Other workshops: nothing.
   */
  adopt(w: Workshop): void;
  /**
   * An edit that extended the audit trail with its seal (auditedUpdate.ts): `mutate` returns
   * false to discard it. Undo history starts afresh after it: the trail only grows.
   */
  commitAudited(mutate: (draft: Draft<Workshop>) => boolean): boolean;
  /** Every edit of the open workshop, across all steps, for Ctrl/Cmd+Z; reset when another opens. */
  history: History<Workshop>;
  /** False when there was nothing to undo / redo. */
  undo(): boolean;
  redo(): boolean;
}

export const useWorkshop = create<WorkshopState>((set, get) => ({
  workshop: null,
  loading: false,
  loadError: null,
  saveStatus: 'idle',
  saveError: null,
  history: emptyHistory<Workshop>(),
  async open(id) {
    if (get().workshop?.id === id) return;
    await flushQuietly();
    set({ loading: true, loadError: null, workshop: null, history: emptyHistory<Workshop>() });
    try {
      const w = await storage().getWorkshop(id);
      if (w) set({ workshop: w, loading: false, saveStatus: 'idle' });
      else set({ loading: false, loadError: i18n.t('workshop.notFound') });
    } catch (e) {
      set({ loading: false, loadError: e instanceof Error ? e.message : String(e) });
    }
  },
  async close() {
    await flushQuietly();
    set({ workshop: null });
  },
  update(mutate) {
    const current = get().workshop;
    if (!current) return;
    const next = produce(current, (d) => {
      mutate(d);
      d.updatedAt = new Date().toISOString();
    });
    set({ workshop: next, history: record(get().history, current, focusedFieldKey(), Date.now()) });
    storage().autosave.schedule(next, editTime());
  },
  replace(w) {
    const current = get().workshop;
    const next = { ...(current ? keepSignedRecord(current, w) : w), updatedAt: new Date().toISOString() };
    set({ workshop: next, history: current ? record(get().history, current, null, Date.now()) : get().history });
    storage().autosave.schedule(next, editTime());
  },
  adopt(w) {
    if (get().workshop?.id !== w.id) return;
    set({ workshop: w, history: emptyHistory<Workshop>(), saveStatus: 'idle' });
  },
  commitAudited(mutate) {
    const current = get().workshop;
    if (!current) return false;
    let keep = true;
    const next = produce(current, (d) => {
      keep = mutate(d);
      d.updatedAt = new Date().toISOString();
    });
    if (!keep) return false;
    set({ workshop: next, history: emptyHistory<Workshop>() });
    storage().autosave.schedule(next, editTime());
    return true;
  },
  undo: () => travel(undoStep),
  redo: () => travel(redoStep),
}));

type Step = (h: History<Workshop>, current: Workshop) => { history: History<Workshop>; step: Workshop } | null;

function travel(step: Step): boolean {
  const { workshop, history } = useWorkshop.getState();
  const moved = workshop && step(history, workshop);
  if (!moved) return false;
  // A new updatedAt: undoing is an edit too, and the home list should show it as the latest.
  const next = { ...keepSignedRecord(workshop, moved.step), updatedAt: new Date().toISOString() };
  useWorkshop.setState({ workshop: next, history: moved.history });
  storage().autosave.schedule(next, editTime());
  return true;
}

/**
 * Typing in one field undoes as one step (record() merges edits with the same key that follow
 * each other quickly); edits made from buttons or elsewhere undo one by one.
 */
function focusedFieldKey(): string | null {
  if (typeof document === 'undefined') return null;
  const el = document.activeElement as (Element & { name?: string }) | null;
  if (!el || !['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName)) return null;
  return el.id || el.name ? `field:${el.id || el.name}` : null;
}

/** A failed flush is already on screen through the save indicator; navigation goes on. */
const flushQuietly = () => storage().autosave.flush().catch(() => undefined);

export const setSaveStatus = (saveStatus: SaveStatus, saveError: string | null = null) => useWorkshop.setState({ saveStatus, saveError });

/** Shorthand for components: the open workshop (screens below the shell only render with one). */
export function useOpenWorkshop(): Workshop {
  const w = useWorkshop((s) => s.workshop);
  if (!w) throw new Error('useOpenWorkshop outside an open workshop');
  return w;
}

/**
 * The SLA's signed record (versions, signatures, audit trail and its seals) only ever grows. A
 * document that would replace it with less (an Undo toast from before a signature, an older
 * snapshot) gets the current record instead; everything else is taken as given.
 */
export function keepSignedRecord(current: Workshop, next: Workshop): Workshop {
  const mine = current.sla.audit;
  const theirs = next.sla.audit;
  const extends_ = theirs.length >= mine.length && mine.every((e, i) => theirs[i]!.hash === e.hash);
  if (extends_ && next.sla.seals.length >= current.sla.seals.length) return next;
  const { versions, audit, seals, sealers, frozen } = current.sla;
  return { ...next, sla: { ...next.sla, versions, audit, seals, sealers, frozen } };
}
