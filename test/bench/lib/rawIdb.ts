import type { Page } from 'playwright-core';

/** Reads the stored doc through its own connection, not the app's Dexie one. */
export async function storedPlace(page: Page, id: string): Promise<string> {
  return page.evaluate(
    (id) =>
      new Promise<string>((ok, fail) => {
        const req = indexedDB.open('accord');
        req.onerror = () => fail(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const get = db.transaction('workshops').objectStore('workshops').get(id);
          get.onsuccess = () => {
            db.close();
            ok((get.result as { doc: { commitment: { place: string } } }).doc.commitment.place);
          };
          get.onerror = () => fail(get.error);
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
          const row = await get(app, 'workshops');
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
          const g = r.result.transaction('workshops').objectStore('workshops').get(id);
          g.onsuccess = () => {
            const row = g.result as unknown;
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
          };
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
