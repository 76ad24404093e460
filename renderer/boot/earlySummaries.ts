import type { WorkshopSummaryRow } from '../storage/db';

/**
 * The IndexedDB version Dexie gives the `accord` database at its newest schema (Dexie stores
 * version × 10). Any other version, or none, leaves the first read to Dexie, which upgrades.
 * earlySummaries.test.ts keeps this in step with openAccordDb.
 */
export const EARLY_DB_VERSION = 60;

/**
 * The home list's rows, read with bare IndexedDB by a tiny script that starts as soon as the
 * page is parsed, while the app's JavaScript is still downloading and running (this saves the
 * open and the read, ~30 ms, on every start). Resolves to null whenever Dexie should do it:
 * no database yet (the open's upgrade is aborted so nothing is created), another version,
 * or any error.
 */
export function readSummariesEarly(
  idb: IDBFactory | undefined = globalThis.indexedDB,
  name = 'accord',
): Promise<WorkshopSummaryRow[] | null> {
  return new Promise((resolve) => {
    if (!idb) return resolve(null);
    let req: IDBOpenDBRequest;
    try {
      req = idb.open(name);
    } catch {
      return resolve(null);
    }
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onblocked = () => resolve(null);
    req.onerror = (e) => {
      e.preventDefault();
      resolve(null);
    };
    req.onsuccess = () => {
      const db = req.result;
      const done = (rows: WorkshopSummaryRow[] | null) => {
        db.close(); // never in the way of Dexie's own open or a later upgrade
        resolve(rows);
      };
      try {
        if (db.version !== EARLY_DB_VERSION) return done(null);
        const get = db.transaction('workshopSummaries').objectStore('workshopSummaries').index('updatedAt').getAll();
        get.onsuccess = () => done((get.result as WorkshopSummaryRow[]).reverse());
        get.onerror = () => done(null);
      } catch {
        done(null);
      }
    };
  });
}

declare global {
  /**
   * The early read, handed from the early entry to the app through the page's global scope:
   * a module the two shared would be bundled into a chunk of its own or into the app's, and
   * either way the early entry would wait for more than itself.
   */
  var __accordEarlySummaries: Promise<WorkshopSummaryRow[] | null> | undefined;
}

/** Starts the early read (boot/early.ts does, as soon as it arrives). */
export function startEarlyRead(): void {
  globalThis.__accordEarlySummaries ??= readSummariesEarly();
}
