import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { newWorkshop } from '../../shared/workshop/factory';
import { createAutosave, installFlushTriggers } from './autosave';
import { openAccordDb, type AccordDb } from './db';
import { createWorkshopRepository, type WorkshopRepository } from './workshopRepository';
import { loadWorkshopFiles } from './workshopFiles';

let db: AccordDb;
let repo: WorkshopRepository;

// The app prefetches the validator after its first screen; the first import of it here (zod and
// every step's schema, compiled on the fly) can take longer than vi.waitFor waits.
beforeAll(() => loadWorkshopFiles());

// EventTargets stand in for window and document; fake timers drive the debounce clock only.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  db = openAccordDb(`triggers-${crypto.randomUUID()}`);
  repo = createWorkshopRepository(db);
});
afterEach(async () => {
  vi.useRealTimers();
  await db.delete();
});

describe('flush triggers', () => {
  function standIns() {
    const win = new EventTarget();
    const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });
    return { win, doc };
  }

  it('flush on blur, pagehide, beforeunload and when the page is hidden', () => {
    const { win, doc } = standIns();
    const flush = vi.fn(() => Promise.resolve());
    const uninstall = installFlushTriggers({ flush }, { window: win, document: doc });

    doc.dispatchEvent(new Event('visibilitychange'));
    expect(flush).not.toHaveBeenCalled(); // becoming visible is no reason to write
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(flush).toHaveBeenCalledTimes(1);
    for (const type of ['pagehide', 'beforeunload', 'blur']) win.dispatchEvent(new Event(type));
    expect(flush).toHaveBeenCalledTimes(4);

    uninstall();
    win.dispatchEvent(new Event('pagehide'));
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(flush).toHaveBeenCalledTimes(4);
  });

  it('writes the pending edit when the page is hidden, without waiting for the debounce', async () => {
    const { win, doc } = standIns();
    const autosave = createAutosave({ save: (w) => repo.putWorkshop(w), debounceMs: 10_000 });
    installFlushTriggers(autosave, { window: win, document: doc });
    const w = newWorkshop({ title: 'Before the lid closes' });
    autosave.schedule(w);
    win.dispatchEvent(new Event('pagehide'));
    // Far sooner than the 10 s debounce, with room for a loaded machine (the default wait is 1 s).
    await vi.waitFor(async () => expect(await repo.getWorkshop(w.id)).toEqual(w), { timeout: 5000 });
  });

  it('does not surface a failed flush as an unhandled rejection', async () => {
    const { win, doc } = standIns();
    const flush = vi.fn(() => Promise.reject(new Error('disk full')));
    installFlushTriggers({ flush }, { window: win, document: doc });
    win.dispatchEvent(new Event('beforeunload'));
    await Promise.resolve();
    expect(flush).toHaveBeenCalledTimes(1);
  });
});
