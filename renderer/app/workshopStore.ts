import { create } from 'zustand';
import { produce, type Draft } from 'immer';
import type { Workshop } from '../../shared/workshop/schema';
import { storage } from './storageContext';

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
  /** Replace the whole document (undo of a bulk change, restore). */
  replace(w: Workshop): void;
}

export const useWorkshop = create<WorkshopState>((set, get) => ({
  workshop: null,
  loading: false,
  loadError: null,
  saveStatus: 'idle',
  saveError: null,
  async open(id) {
    if (get().workshop?.id === id) return;
    await flushQuietly();
    set({ loading: true, loadError: null, workshop: null });
    try {
      const w = await storage().getWorkshop(id);
      if (w) set({ workshop: w, loading: false, saveStatus: 'idle' });
      else set({ loading: false, loadError: 'This workshop no longer exists on this computer.' });
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
    set({ workshop: next });
    storage().autosave.schedule(next);
  },
  replace(w) {
    const next = { ...w, updatedAt: new Date().toISOString() };
    set({ workshop: next });
    storage().autosave.schedule(next);
  },
}));

/** A failed flush is already on screen through the save indicator; navigation goes on. */
const flushQuietly = () => storage().autosave.flush().catch(() => undefined);

export const setSaveStatus = (saveStatus: SaveStatus, saveError: string | null = null) => useWorkshop.setState({ saveStatus, saveError });

/** Shorthand for components: the open workshop (screens below the shell only render with one). */
export function useOpenWorkshop(): Workshop {
  const w = useWorkshop((s) => s.workshop);
  if (!w) throw new Error('useOpenWorkshop outside an open workshop');
  return w;
}
