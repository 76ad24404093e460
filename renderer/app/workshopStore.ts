import { create } from 'zustand';
import { produce, produceWithPatches, type Draft, type Patch } from 'immer';
import type { Workshop } from '../../shared/workshop/schema';
import {
  emptyLog,
  recordAction,
  redoLast,
  retire,
  undoLast,
  undoOne,
  type CaptureOptions,
  type UndoLog,
  type UndoOutcome,
} from './undoLog';
import { typingKey } from './undoScope';
import { storage } from './storageHandle';
import { i18n } from '../i18n';
import { editTime } from './inputClock';

/*
 * Each action says how undo captures it. `update(mutate, { label, coalesceKey })` records the
 * action as the immer patches it made: without a coalesceKey it is one undo step of its own (a
 * delete, a drag that commits once at its end, a button); with one, consecutive actions with
 * the same key within COALESCE_MS are one step (typing in one field: `field:<step>.<path>`).
 * The shared field components declare their typing key themselves (undoScope.ts). The store
 * reads no DOM. Ctrl/Cmd+Z applies the last step's inverse patches. A toast's Undo takes back
 * exactly the action it announces (undoAction, by the id update() returned): where later
 * edits changed the same thing, the later edit is kept, the rest is undone, and the toast says
 * so (undoToast.ts).
 */

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error';

interface WorkshopState {
  workshop: Workshop | null;
  loading: boolean;
  loadError: string | null;
  saveStatus: SaveStatus;
  saveError: string | null;
  open(id: string): Promise<void>;
  close(): Promise<void>;
  /**
   * Every edit goes through here: the UI updates at once, storage follows (autosave). Returns
   * the id of the undo step it was recorded in (for a toast's Undo), or null if nothing changed.
   */
  update(mutate: (draft: Draft<Workshop>) => void, options?: CaptureOptions): number | null;
  /** Replace the whole document (a restore from History); one undo step; never drops the SLA's signed record. */
  replace(w: Workshop, options?: CaptureOptions): number | null;
  /**
   * Storage now holds `w` (an import replaced the open workshop, or its Undo): show it as it is,
   * with a fresh undo history. No save follows: it is already stored. Other workshops: nothing.
   */
  adopt(w: Workshop): void;
  /**
   * An edit that extended the audit trail with its seal (auditedUpdate.ts): `mutate` returns
   * false to discard it. Ctrl+Z stops at it: the trail only grows (toasts can still take back
   * their own earlier action, the signed record kept).
   */
  commitAudited(mutate: (draft: Draft<Workshop>) => boolean): boolean;
  /** Every edit of the open workshop, across all steps, for Ctrl/Cmd+Z; reset when another opens. */
  history: UndoLog<Workshop>;
  /** False when there was nothing to undo / redo. */
  undo(): boolean;
  redo(): boolean;
  /** Takes back the one action `id` (a toast's Undo), keeping every edit made since where it can. */
  undoAction(id: number): UndoOutcome<Workshop>['kind'];
}

export const useWorkshop = create<WorkshopState>((set, get) => {
  /** Shows and saves `next`, recorded as the action `patches` made from the current document. */
  const commit = (current: Workshop, next: Workshop, patches: Patch[], inverse: Patch[], options: CaptureOptions): number | null => {
    if (patches.length === 0) return null;
    const stamped = { ...next, updatedAt: new Date().toISOString() };
    const captured = { ...options, coalesceKey: options.coalesceKey ?? typingKey() };
    const { log, id } = recordAction(get().history, { before: current, after: stamped, patches, inverse }, captured, Date.now());
    set({ workshop: stamped, history: log });
    storage().autosave.schedule(stamped, editTime());
    return id;
  };
  /** Shows and saves the document undo / redo landed on; undoing is an edit too (updatedAt). */
  const land = (current: Workshop, doc: Workshop, history: UndoLog<Workshop>) => {
    const next = { ...keepSignedRecord(current, doc), updatedAt: new Date().toISOString() };
    set({ workshop: next, history });
    storage().autosave.schedule(next, editTime());
  };
  return {
    workshop: null,
    loading: false,
    loadError: null,
    saveStatus: 'idle',
    saveError: null,
    history: emptyLog<Workshop>(),
    async open(id) {
      if (get().workshop?.id === id) return;
      await flushQuietly();
      set({ loading: true, loadError: null, workshop: null, history: emptyLog<Workshop>() });
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
    update(mutate, options = {}) {
      const current = get().workshop;
      if (!current) return null;
      const [next, patches, inverse] = produceWithPatches(current, mutate);
      return commit(current, next, patches, inverse, options);
    },
    replace(w, options = {}) {
      const current = get().workshop;
      if (!current) return null;
      const [next, patches, inverse] = produceWithPatches(current, () => keepSignedRecord(current, w));
      return commit(current, next, patches, inverse, options);
    },
    adopt(w) {
      if (get().workshop?.id !== w.id) return;
      set({ workshop: w, history: emptyLog<Workshop>(), saveStatus: 'idle' });
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
      set({ workshop: next, history: retire(get().history) });
      storage().autosave.schedule(next, editTime());
      return true;
    },
    undo() {
      const { workshop, history } = get();
      const moved = workshop && undoLast(history, workshop);
      if (!moved) return false;
      land(workshop, moved.doc, moved.log);
      return true;
    },
    redo() {
      const { workshop, history } = get();
      const moved = workshop && redoLast(history, workshop);
      if (!moved) return false;
      land(workshop, moved.doc, moved.log);
      return true;
    },
    undoAction(id) {
      const { workshop, history } = get();
      if (!workshop) return 'gone';
      const outcome = undoOne(history, workshop, id, Date.now());
      if (outcome.kind !== 'gone') land(workshop, outcome.doc, outcome.log);
      return outcome.kind;
    },
  };
});

/** A failed flush is already on screen through the save indicator; navigation goes on. */
const flushQuietly = () =>
  storage()
    .autosave.flush()
    .catch(() => undefined);

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
