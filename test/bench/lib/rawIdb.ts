import type { Page } from 'playwright-core';

/**
 * Installs `window.__benchWholeRow(db, id)` in the page: the workshop row with its whole doc, as
 * the app stores it from database version 6 on (a head row naming its records in workshopParts,
 * renderer/storage/workshopParts.ts) or before (the whole doc in the row). Baselines put that
 * whole row, so that "the same document" stays the same as the storage changes.
 */
export async function installWholeRowReader(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __benchWholeRow?: unknown };
    if (w.__benchWholeRow) return;
    const req = <T>(r: IDBRequest<T>) =>
      new Promise<T>((ok, fail) => {
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
    w.__benchWholeRow = async (db: IDBDatabase, id: string) => {
      const stores = [...db.objectStoreNames].filter((n) => n === 'workshops' || n === 'workshopParts');
      const tx = db.transaction(stores);
      const row = (await req(tx.objectStore('workshops').get(id))) as { id: string; doc: Record<string, unknown>; parts?: string[] };
      if (!row?.parts) return row;
      const doc: Record<string, unknown> = { ...row.doc };
      for (const name of row.parts) {
        const part = (await req(tx.objectStore('workshopParts').get([id, name]))) as { value: unknown } | undefined;
        const [step, field] = name.split('.') as [string, string | undefined];
        const into = (doc[step] ??= {}) as Record<string, unknown>;
        if (field) into[field] = part?.value;
        else Object.assign(into, part?.value);
      }
      return { id, doc };
    };
  });
}

type WholeRowWindow = { __benchWholeRow: (db: IDBDatabase, id: string) => Promise<{ id: string; doc: Record<string, unknown> }> };

/** Reads the stored doc through its own connection, not the app's Dexie one. */
export async function storedPlace(page: Page, id: string): Promise<string> {
  await installWholeRowReader(page);
  return page.evaluate(
    (id) =>
      new Promise<string>((ok, fail) => {
        const req = indexedDB.open('accord');
        req.onerror = () => fail(req.error);
        req.onsuccess = () => {
          const db = req.result;
          (window as unknown as WholeRowWindow)
            .__benchWholeRow(db, id)
            .then((row) => {
              db.close();
              ok((row.doc as { commitment: { place: string } }).commitment.place);
            })
            .catch(fail);
        };
      }),
    id,
  );
}

/**
 * The same workshop document put raw. 'single': into a one-store database of the same
 * profile (the baseline). 'appStores': the app's own doc and summary rows, read and written
 * back unchanged in one transaction over both stores, as the repository does (diagnostic:
 * separates the cost of two indexed stores from Dexie's own overhead).
 */
export async function rawPut(page: Page, id: string, mode: 'single' | 'appStores'): Promise<number> {
  await installWholeRowReader(page);
  return page.evaluate(
    ({ id, mode }) =>
      new Promise<number>((ok, fail) => {
        const open = (name: string, version?: number) =>
          new Promise<IDBDatabase>((res, rej) => {
            const r = version ? indexedDB.open(name, version) : indexedDB.open(name);
            r.onupgradeneeded = () => r.result.createObjectStore('workshops', { keyPath: 'id' });
            r.onsuccess = () => res(r.result);
            r.onerror = () => rej(r.error);
          });
        const get = (db: IDBDatabase, store: string) =>
          new Promise<unknown>((res) => {
            const g = db.transaction(store).objectStore(store).get(id);
            g.onsuccess = () => res(g.result);
          });
        void (async () => {
          const app = await open('accord');
          const row =
            mode === 'single' ? await (window as unknown as WholeRowWindow).__benchWholeRow(app, id) : await get(app, 'workshops');
          const summary = await get(app, 'workshopSummaries');
          const target = mode === 'single' ? await open('bench-raw-put', 1) : app;
          const stores = mode === 'single' ? ['workshops'] : ['workshops', 'workshopSummaries'];
          const t0 = performance.now();
          const tx = target.transaction(stores, 'readwrite');
          tx.objectStore('workshops').put(row);
          if (mode === 'appStores') tx.objectStore('workshopSummaries').put(summary);
          tx.oncomplete = () => {
            const t = performance.now() - t0;
            app.close();
            target.close();
            ok(t);
          };
          tx.onerror = () => fail(tx.error);
        })().catch(fail);
      }),
    { id, mode },
  );
}

/**
 * The fairest baseline for "keystroke → durable": the same keystroke, typed into a bare
 * <input> outside React, starts a 250 ms timer whose callback puts the same document raw.
 * Browser input dispatch and timer scheduling are then on both sides; what is left between
 * the two figures is the app's own work (React, validation, Dexie, the second store).
 */
export async function rawPutOnKeystroke(page: Page, id: string, debounceMs: number): Promise<number> {
  await installWholeRowReader(page);
  await page.evaluate(
    ({ id, debounceMs }) =>
      new Promise<void>((ok) => {
        const w = window as unknown as { __rawKey?: number; __rawResolve?: (t: number) => void };
        if (document.getElementById('bench-raw-input')) return ok();
        const input = Object.assign(document.createElement('input'), { id: 'bench-raw-input' });
        input.style.cssText = 'position:fixed;left:0;bottom:0;width:40px';
        document.body.append(input);
        const r = indexedDB.open('accord');
        r.onsuccess = () => {
          void (window as unknown as WholeRowWindow).__benchWholeRow(r.result, id).then((row) => {
            r.result.close();
            const raw = indexedDB.open('bench-raw-put', 1);
            raw.onupgradeneeded = () => raw.result.createObjectStore('workshops', { keyPath: 'id' });
            raw.onsuccess = () => {
              const db = raw.result;
              input.addEventListener('keydown', (e) => (w.__rawKey = e.timeStamp));
              input.addEventListener('input', () =>
                setTimeout(() => {
                  const tx = db.transaction('workshops', 'readwrite');
                  tx.objectStore('workshops').put(row);
                  tx.oncomplete = () => w.__rawResolve?.(performance.now());
                }, debounceMs),
              );
              ok();
            };
          });
        };
      }),
    { id, debounceMs },
  );
  await page.locator('#bench-raw-input').focus();
  // Awaited in the page rather than polled: a poll landing on the timer's due time delays it.
  await page.evaluate(() => {
    const w = window as unknown as { __rawDoneAt?: Promise<number>; __rawResolve?: (t: number) => void };
    w.__rawDoneAt = new Promise((resolve) => (w.__rawResolve = resolve));
  });
  await page.keyboard.type('x');
  const elapsed = await page.evaluate(async () => {
    const w = window as unknown as { __rawDoneAt: Promise<number>; __rawKey: number };
    return (await w.__rawDoneAt) - w.__rawKey;
  });
  return elapsed - debounceMs;
}

/**
 * A raw put of one value the size of what an edit changed (e.g. the workshop's step 1 record) into
 * a one-store database of the same profile: the floor for writing that part.
 */
export async function rawPutValue(page: Page, value: unknown): Promise<number> {
  return page.evaluate(
    (value) =>
      new Promise<number>((ok, fail) => {
        const r = indexedDB.open('bench-raw-part', 1);
        r.onupgradeneeded = () => r.result.createObjectStore('parts', { keyPath: 'id' });
        r.onerror = () => fail(r.error);
        r.onsuccess = () => {
          const db = r.result;
          const t0 = performance.now();
          const tx = db.transaction('parts', 'readwrite');
          tx.objectStore('parts').put({ id: 'part', value });
          tx.oncomplete = () => {
            db.close();
            ok(performance.now() - t0);
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    value,
  );
}
