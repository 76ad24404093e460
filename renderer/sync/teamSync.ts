import type { Workshop } from '../../shared/workshop/schema';
import { storage } from '../app/storageHandle';
import { initStorage } from '../app/storageContext';
import { useWorkshop } from '../app/workshopStore';
import { useHome } from '../home/homeStore';
import { configuredServer, editorName, readTeamSettings, useTeamSettings } from './settings';
import { readPassword } from './credentials';
import type { SyncService, WorkshopAccess } from './syncService';

/**
 * Starts the team workspace when one is configured, and only then: without a server nothing
 * here loads PouchDB or makes a request. Edits of a shared workshop reach the mirror after the
 * store's autosave settles; what arrives is merged into the open workshop (one undo step) or
 * stored through the repository.
 */
let running: Promise<SyncService | null> | null = null;

export const teamSync = (): Promise<SyncService | null> => running ?? Promise.resolve(null);

const access: WorkshopAccess = {
  async get(id) {
    const open = useWorkshop.getState().workshop;
    if (open?.id === id) return open;
    return storage().getWorkshop(id);
  },
  async put(w: Workshop) {
    const state = useWorkshop.getState();
    if (state.workshop?.id === w.id) state.replace(w);
    else await storage().putWorkshop(w);
    void useHome
      .getState()
      .load()
      .catch(() => undefined);
  },
  sharedIds: () => useTeamSettings.getState().shared,
  markShared: (id) => useTeamSettings.getState().setShared(id, true),
};

export function startTeamSync(): Promise<SyncService | null> {
  running ??= (async () => {
    const settings = readTeamSettings();
    const server = configuredServer(settings);
    if (!server) return null;
    await initStorage();
    const [{ SyncService }, password] = await Promise.all([import('./syncService'), readPassword()]);
    const service = new SyncService({ server, password, editor: editorName(settings), access });
    useWorkshop.subscribe((s, prev) => {
      const w = s.workshop;
      if (w && w !== prev.workshop && useTeamSettings.getState().shared.includes(w.id)) service.schedulePush(w.id);
    });
    // Edits made from the home list (rename) go straight to storage: its list shows them.
    useHome.subscribe((s, prev) => {
      const before = new Map((prev.summaries ?? []).map((x) => [x.id, x.updatedAt]));
      for (const x of s.summaries ?? [])
        if (before.has(x.id) && before.get(x.id) !== x.updatedAt && useTeamSettings.getState().shared.includes(x.id))
          service.schedulePush(x.id);
    });
    useTeamSettings.subscribe((s, prev) => {
      for (const id of s.shared) if (!prev.shared.includes(id)) service.schedulePush(id);
    });
    await service.start();
    return service;
  })().catch((err: unknown) => {
    running = null;
    throw err;
  });
  return running;
}

/** "Leave workspace": stops syncing and deletes the mirror; the workshops stay in Dexie. */
export async function leaveTeamWorkspace(): Promise<void> {
  const service = await teamSync().catch(() => null);
  running = null;
  await service?.destroy();
  useTeamSettings.getState().leave();
}
