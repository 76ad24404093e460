import { openAccordDb } from '../storage/db';
import { createWorkshopRepository, type WorkshopRepository, type WorkshopSummary } from '../storage/workshopRepository';
import { createAutosave, installFlushTriggers, type Autosave } from '../storage/autosave';
import { setSaveStatus } from './workshopStore';

export type { WorkshopSummary } from '../storage/workshopRepository';

/** The app's one database, repository and autosave, opened once at start-up. */
export interface StorageContext extends Omit<WorkshopRepository, 'listWorkshopSummaries'> {
  listSummaries(): Promise<WorkshopSummary[]>;
  autosave: Autosave;
}

let ctx: StorageContext | null = null;

export async function initStorage(): Promise<void> {
  if (ctx) return;
  const db = openAccordDb();
  await db.open();
  const repo = createWorkshopRepository(db);
  const autosave = createAutosave({
    save: (w) => repo.putWorkshop(w),
    onStatus: (status, err) => setSaveStatus(status, err ? (err instanceof Error ? err.message : String(err)) : null),
  });
  installFlushTriggers(autosave);
  await repo.ensureSampleWorkshop();
  ctx = { ...repo, listSummaries: () => repo.listWorkshopSummaries(), autosave };
}

export function storage(): StorageContext {
  if (!ctx) throw new Error('Storage used before initStorage()');
  return ctx;
}
