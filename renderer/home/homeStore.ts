import { create } from 'zustand';
import { initStorage, storage, type WorkshopSummary } from '../app/storageContext';
import { takeEarlySummaries } from '../boot/takeEarlySummaries';
import { toWorkshopSummary } from '../storage/workshopRepository';
import { showToast } from '../app/toastStore';
import { i18n } from '../i18n';

interface HomeState {
  summaries: WorkshopSummary[] | null;
  /** The early read has answered (with rows or without): App may start storage now. */
  earlyReadSettled: boolean;
  query: string;
  setQuery(q: string): void;
  load(): Promise<void>;
  /**
   * The first list of the session: the early read's rows when it had them, shown before
   * storage has even loaded (App starts storage once they are on screen, and reloads if that
   * start added the sample); otherwise storage's, which then starts here.
   */
  loadAtStart(): Promise<void>;
  /** The home screen's mount: reloads, except as the first screen, right after loadAtStart. */
  refresh(): Promise<void>;
  rename(id: string, title: string, clientCompany: string): Promise<void>;
  duplicate(id: string): Promise<void>;
  remove(id: string): Promise<void>;
}

let justLoaded = false;

export const useHome = create<HomeState>((set, get) => ({
  summaries: null,
  earlyReadSettled: false,
  query: '',
  setQuery: (query) => set({ query }),
  async load() {
    await initStorage();
    set({ summaries: await storage().listSummaries() });
  },
  async loadAtStart() {
    justLoaded = true;
    const early = await takeEarlySummaries();
    const listed = early && get().summaries === null ? { summaries: early.map(toWorkshopSummary) } : {};
    set({ earlyReadSettled: true, ...listed });
    if (!early) await get().load();
  },
  async refresh() {
    if (justLoaded) justLoaded = false;
    else await get().load();
  },
  async rename(id, title, clientCompany) {
    await initStorage();
    const w = await storage().getWorkshop(id);
    if (!w) return;
    await storage().putWorkshop({ ...w, title, clientCompany, updatedAt: new Date().toISOString() });
    await get().load();
  },
  async duplicate(id) {
    await initStorage();
    const [w, { duplicateWorkshop }] = await Promise.all([storage().getWorkshop(id), import('../../shared/workshop/factory')]);
    if (!w) return;
    await storage().putWorkshop(duplicateWorkshop(w, i18n.t('home:copySuffix')));
    await get().load();
  },
  async remove(id) {
    await initStorage();
    // An edit still waiting for autosave would otherwise write the workshop back after the delete.
    await storage()
      .autosave.flush()
      .catch(() => undefined);
    // The Undo toast goes away; the snapshot stays, so History can bring the workshop back later.
    const doomed = await storage()
      .getWorkshop(id)
      .catch(() => undefined);
    if (doomed) await storage().snapshots.take(doomed, 'beforeDelete');
    const deleted = await storage().deleteWorkshop(id);
    await get().load();
    if (!deleted) return;
    showToast({
      message: i18n.t('home:deleted', { name: deleted.clientCompany || deleted.title || i18n.t('topBar.untitledWorkshop') }),
      action: {
        label: i18n.t('common.undo'),
        run: () =>
          void storage()
            .restoreWorkshop(deleted)
            .then(() => get().load()),
      },
    });
  },
}));

const fold = (t: string) => t.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** What a search compares against, folded once per list load rather than on every keystroke. */
export const searchText = (s: WorkshopSummary): string => fold(`${s.clientCompany} ${s.title} ${s.facilitator}`);

/** The query as searchText folds it; '' matches everything. */
export const foldQuery = (query: string): string => fold(query.trim());

/** Case- and accent-insensitive match on what a facilitator remembers of a workshop. */
export function matchesQuery(s: WorkshopSummary, query: string): boolean {
  return searchText(s).includes(foldQuery(query));
}
