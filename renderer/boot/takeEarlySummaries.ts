import type { WorkshopSummaryRow } from '../storage/db';
import type {} from './earlySummaries'; // the global it declares; nothing of it is bundled here

/**
 * The early read's rows, once: later home list loads go through storage. Null when the early
 * entry has not run (it is async; the app does not wait for it) or found nothing to read.
 */
export function takeEarlySummaries(): Promise<WorkshopSummaryRow[] | null> {
  const taken = globalThis.__accordEarlySummaries ?? Promise.resolve(null);
  globalThis.__accordEarlySummaries = Promise.resolve(null);
  return taken;
}
