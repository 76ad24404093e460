import { create } from 'zustand';
import { duplicateWorkshop } from '../../shared/workshop/factory';
import { storage, type WorkshopSummary } from '../app/storageContext';
import { showToast } from '../app/toastStore';
import { i18n } from '../i18n';

interface HomeState {
  summaries: WorkshopSummary[] | null;
  query: string;
  setQuery(q: string): void;
  load(): Promise<void>;
  rename(id: string, title: string, clientCompany: string): Promise<void>;
  duplicate(id: string): Promise<void>;
  remove(id: string): Promise<void>;
}

export const useHome = create<HomeState>((set, get) => ({
  summaries: null,
  query: '',
  setQuery: (query) => set({ query }),
  async load() {
    set({ summaries: await storage().listSummaries() });
  },
  async rename(id, title, clientCompany) {
    const w = await storage().getWorkshop(id);
    if (!w) return;
    await storage().putWorkshop({ ...w, title, clientCompany, updatedAt: new Date().toISOString() });
    await get().load();
  },
  async duplicate(id) {
    const w = await storage().getWorkshop(id);
    if (!w) return;
    await storage().putWorkshop(duplicateWorkshop(w, i18n.t('home:copySuffix')));
    await get().load();
  },
  async remove(id) {
    // An edit still waiting for autosave would otherwise write the workshop back after the delete.
    await storage().autosave.flush().catch(() => undefined);
    // The Undo toast goes away; the snapshot stays, so History can bring the workshop back later.
    const doomed = await storage().getWorkshop(id).catch(() => undefined);
    if (doomed) await storage().snapshots.take(doomed, 'beforeDelete');
    const deleted = await storage().deleteWorkshop(id);
    await get().load();
    if (!deleted) return;
    showToast({
      message: i18n.t('home:deleted', { name: deleted.clientCompany || deleted.title || i18n.t('topBar.untitledWorkshop') }),
      action: {
        label: i18n.t('common.undo'),
        run: () => void storage().restoreWorkshop(deleted).then(() => get().load()),
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
