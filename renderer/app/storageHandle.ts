import type { WorkshopRepository, WorkshopSummary } from '../storage/workshopRepository';
import type { Autosave } from '../storage/autosave';
import type { SnapshotStore } from '../storage/snapshots';
import type { TrustStore } from '../storage/trustStore';

/**
 * The opened storage, on its own so that the workshop store can save through it while
 * storageContext.ts (which opens it and wires autosave to that store) imports the store.
 */

/** The app's one database, repository and autosave, opened once at start-up. */
export interface StorageContext extends Omit<WorkshopRepository, 'listWorkshopSummaries'> {
  listSummaries(): Promise<WorkshopSummary[]>;
  autosave: Autosave;
  snapshots: SnapshotStore;
  /** Trusted sealers and how far this install sealed each workshop's audit trail. */
  trust: TrustStore;
}

let ctx: StorageContext | null = null;

export const storageOpened = (): boolean => ctx !== null;

export function setStorage(opened: StorageContext): void {
  ctx = opened;
}

export function storage(): StorageContext {
  if (!ctx) throw new Error('Storage used before initStorage()');
  return ctx;
}
