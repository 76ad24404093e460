import { createWorkshopRepository, type WorkshopSummary } from '../storage/workshopRepository';
import { createAutosave, installFlushTriggers } from '../storage/autosave';
import { createSnapshotStore } from '../storage/snapshots';
import { scheduleSnapshots } from '../storage/snapshotScheduler';
import { createTrustStore } from '../storage/trustStore';
import { setStorage, storageOpened } from './storageHandle';
import { setSaveStatus, useWorkshop } from './workshopStore';

export type { WorkshopSummary };
export { storage, type StorageContext } from './storageHandle';

/** What start-up did that a screen shown before it finished may need to catch up with. */
export interface StorageStart {
  addedSample: boolean;
}

let starting: Promise<StorageStart> | null = null;

/**
 * Opens storage once; every caller shares the same start-up. App starts it once the home list
 * is on screen (or at once on other screens); homeStore does when the early read had no list.
 * A failed start is forgotten, so a later call retries.
 */
export function initStorage(): Promise<StorageStart> {
  starting ??= start().catch((err: unknown) => {
    starting = null;
    throw err;
  });
  return starting;
}

async function start(): Promise<StorageStart> {
  if (storageOpened()) return { addedSample: false };
  // Dexie loads here, not with the first screen: the home list comes from boot/earlySummaries.ts.
  const [{ openAccordDb }, { openSnapshotDb }] = await Promise.all([import('../storage/db'), import('../storage/snapshotDb')]);
  const db = openAccordDb();
  await db.open();
  const repo = createWorkshopRepository(db);
  const autosave = createAutosave({
    save: (w) => repo.putWorkshop(w),
    // A doc that fails here fails again in save, which reports it.
    prepare: (w) => void repo.prepareWorkshop(w).catch(() => undefined),
    onStatus: (status, err) => setSaveStatus(status, err ? (err instanceof Error ? err.message : String(err)) : null),
  });
  installFlushTriggers(autosave);
  const addedSample = await repo.ensureSampleWorkshop();
  // Opened on first use (Dexie does so by itself): start-up does not wait for the snapshots.
  const snapshotDb = openSnapshotDb();
  const snapshots = createSnapshotStore(snapshotDb);
  scheduleSnapshots({
    subscribe: (listener) => useWorkshop.subscribe((state, prev) => listener(state.workshop, prev.workshop)),
    take: (w, reason) => snapshots.take(w, reason),
  });
  setStorage({ ...repo, listSummaries: () => repo.listWorkshopSummaries(), autosave, snapshots, trust: createTrustStore(db) });
  return { addedSample };
}
