import { createWorkshopRepository, type WorkshopRepository, type WorkshopSummary } from '../storage/workshopRepository';
import { createAutosave, installFlushTriggers, type Autosave } from '../storage/autosave';
import { createSnapshotStore, type SnapshotStore } from '../storage/snapshots';
import { scheduleSnapshots } from '../storage/snapshotScheduler';
import { createTrustStore, type TrustStore } from '../storage/trustStore';
import { setSaveStatus, useWorkshop } from './workshopStore';

export type { WorkshopSummary } from '../storage/workshopRepository';

/** The app's one database, repository and autosave, opened once at start-up. */
export interface StorageContext extends Omit<WorkshopRepository, 'listWorkshopSummaries'> {
  listSummaries(): Promise<WorkshopSummary[]>;
  autosave: Autosave;
  snapshots: SnapshotStore;
  /** Trusted sealers and how far this install sealed each workshop's audit trail. */
  trust: TrustStore;
}

let ctx: StorageContext | null = null;
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
  if (ctx) return { addedSample: false };
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
  ctx = { ...repo, listSummaries: () => repo.listWorkshopSummaries(), autosave, snapshots, trust: createTrustStore(db) };
  return { addedSample };
}

export function storage(): StorageContext {
  if (!ctx) throw new Error('Storage used before initStorage()');
  return ctx;
}
