import type { Page } from 'playwright-core';

export interface DexieFixture {
  dexieVersion: number;
  stores: Record<string, string>;
  tables: Record<string, Record<string, unknown>[]>;
}

/**
 * Builds, with raw IndexedDB, the database an older Accord left on disk: Dexie stores
 * version N as IndexedDB version N × 10, each table as an object store keyed by the first
 * entry of its schema string, and every other entry as an index of that name.
 * Supports the schema syntax Accord uses ("id", "key", "id, updatedAt, clientCompany") plus
 * ++auto, &unique, *multi and [compound+keys], so future fixtures need no change here.
 */
export async function buildOldDatabase(page: Page, fixture: DexieFixture, name = 'accord'): Promise<void> {
  await page.evaluate(
    ({ fixture, name }) =>
      new Promise<void>((ok, fail) => {
        const keyPath = (spec: string): string | string[] => {
          const bare = spec.replace(/^(\+\+|&|\*)/, '');
          return bare.startsWith('[') ? bare.slice(1, -1).split('+') : bare;
        };
        const req = indexedDB.open(name, fixture.dexieVersion * 10);
        req.onupgradeneeded = () => {
          const db = req.result;
          for (const [table, schema] of Object.entries(fixture.stores)) {
            const [primary = '', ...indexes] = schema.split(',').map((s) => s.trim());
            const store = db.createObjectStore(
              table,
              primary === '' || primary === '++'
                ? { autoIncrement: primary === '++' }
                : { keyPath: keyPath(primary), autoIncrement: primary.startsWith('++') },
            );
            for (const index of indexes.filter(Boolean)) {
              store.createIndex(index.replace(/^(&|\*)/, ''), keyPath(index), {
                unique: index.startsWith('&'),
                multiEntry: index.startsWith('*'),
              });
            }
          }
        };
        req.onerror = () => fail(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction(Object.keys(fixture.tables), 'readwrite');
          for (const [table, rows] of Object.entries(fixture.tables)) for (const row of rows) tx.objectStore(table).add(row);
          tx.oncomplete = () => {
            db.close();
            ok();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    { fixture, name },
  );
}

/** Every row of one table, read with raw IndexedDB (no app code involved). */
export async function readTable(page: Page, table: string, name = 'accord'): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    ({ table, name }) =>
      new Promise<Record<string, unknown>[]>((ok, fail) => {
        const req = indexedDB.open(name);
        req.onerror = () => fail(req.error);
        req.onsuccess = () => {
          const q = req.result.transaction(table).objectStore(table).getAll();
          q.onsuccess = () => {
            req.result.close();
            ok(q.result as Record<string, unknown>[]);
          };
          q.onerror = () => fail(q.error);
        };
      }),
    { table, name },
  );
}
