import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newWorkshop } from '../../shared/workshop/factory';
import type { Workshop } from '../../shared/workshop/schema';
import { createAutosave, type AutosaveStatus } from './autosave';
import { openAccordDb, type AccordDb } from './db';
import { createWorkshopRepository, type WorkshopRepository } from './workshopRepository';

let db: AccordDb;
let repo: WorkshopRepository;

// Fake timers drive the debounce clock only; the writes go to a real (fake-indexeddb) database.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  db = openAccordDb(`autosave-${crypto.randomUUID()}`);
  repo = createWorkshopRepository(db);
});
afterEach(async () => {
  vi.useRealTimers();
  await db.delete();
});

const edit = (w: Workshop, title: string): Workshop => ({ ...w, title });

function recorder() {
  const statuses: Array<[AutosaveStatus, string | undefined]> = [];
  return { statuses, onStatus: (s: AutosaveStatus, e?: Error) => statuses.push([s, e?.message]) };
}

describe('autosave', () => {
  it('turns many rapid edits into one write of the last value', async () => {
    const save = vi.fn((w: Workshop) => repo.putWorkshop(w));
    const autosave = createAutosave({ save });
    const w = newWorkshop();
    for (let i = 1; i <= 20; i++) {
      autosave.schedule(edit(w, `Title ${i}`));
      await vi.advanceTimersByTimeAsync(10);
    }
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(250);
    await autosave.flush();
    expect(save).toHaveBeenCalledTimes(1);
    expect((await repo.getWorkshop(w.id))?.title).toBe('Title 20');
  });

  it('does not let continuous typing postpone the write beyond the debounce', async () => {
    const save = vi.fn((w: Workshop) => repo.putWorkshop(w));
    const autosave = createAutosave({ save, debounceMs: 250 });
    const w = newWorkshop();
    // Stored once before typing starts, as a workshop one types in is: the timers here are fake,
    // and a first write (every part of the workshop) takes the fake database real time.
    await repo.putWorkshop(w);
    for (let i = 1; i <= 30; i++) {
      autosave.schedule(edit(w, `Title ${i}`));
      await vi.advanceTimersByTimeAsync(100);
    }
    // 3 s of typing with no pause: one write per debounce window, never none.
    expect(save.mock.calls.length).toBeGreaterThanOrEqual(10);
    await autosave.flush();
    expect((await repo.getWorkshop(w.id))?.title).toBe('Title 30');
  });

  it('says "saving" from the edit on, never "saved" while an edit waits for its write', async () => {
    const { statuses, onStatus } = recorder();
    const autosave = createAutosave({ save: (w) => repo.putWorkshop(w), onStatus });
    const w = newWorkshop();
    autosave.schedule(edit(w, 'one'));
    expect(statuses).toEqual([['saving', undefined]]);
    await vi.advanceTimersByTimeAsync(250);
    await autosave.flush();
    expect(statuses.at(-1)).toEqual(['saved', undefined]);
    autosave.schedule(edit(w, 'two')); // the debounce has not fired yet
    expect(statuses.at(-1)).toEqual(['saving', undefined]);
    await autosave.flush();
    expect(statuses).toEqual([
      ['saving', undefined],
      ['saved', undefined],
      ['saving', undefined],
      ['saved', undefined],
    ]);
  });

  it('flush writes the pending doc immediately', async () => {
    const autosave = createAutosave({ save: (w) => repo.putWorkshop(w), debounceMs: 10_000 });
    const w = newWorkshop({ title: 'Now' });
    autosave.schedule(w);
    await autosave.flush();
    expect(await repo.getWorkshop(w.id)).toEqual(w);
  });

  it('keeps every workshop edited within one window', async () => {
    const autosave = createAutosave({ save: (w) => repo.putWorkshop(w) });
    const a = newWorkshop({ title: 'A' });
    const b = newWorkshop({ title: 'B' });
    autosave.schedule(a);
    autosave.schedule(b);
    await autosave.flush();
    expect(await repo.getWorkshop(a.id)).toEqual(a);
    expect(await repo.getWorkshop(b.id)).toEqual(b);
  });

  it('never has two saves in flight, so the last edit is the one stored', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    let releaseSlow = () => {};
    const slowGate = new Promise<void>((resolve) => (releaseSlow = resolve));
    const save = async (w: Workshop) => {
      maxInFlight = Math.max(maxInFlight, ++inFlight);
      if (w.title === 'slow') await slowGate;
      await repo.putWorkshop(w);
      inFlight--;
    };
    const autosave = createAutosave({ save, debounceMs: 50 });
    const w = newWorkshop();
    autosave.schedule(edit(w, 'slow'));
    await vi.advanceTimersByTimeAsync(60); // the slow save is now running
    autosave.schedule(edit(w, 'fast'));
    await vi.advanceTimersByTimeAsync(60); // the debounce for 'fast' fires while 'slow' still runs
    const flushed = autosave.flush();
    releaseSlow();
    await flushed;
    expect(maxInFlight).toBe(1);
    expect((await repo.getWorkshop(w.id))?.title).toBe('fast');
  });

  it('reports a failed save, keeps the doc, retries, and then stores the latest edit', async () => {
    const { statuses, onStatus } = recorder();
    let failing = true;
    const save = vi.fn(async (w: Workshop) => {
      if (failing) throw new Error('QuotaExceededError: the disk is full');
      await repo.putWorkshop(w);
    });
    const autosave = createAutosave({ save, onStatus, retryMs: 1000 });
    const w = newWorkshop();
    autosave.schedule(edit(w, 'first'));
    await expect(autosave.flush()).rejects.toThrow(/disk is full/);
    expect(statuses).toEqual([
      ['saving', undefined],
      ['error', 'QuotaExceededError: the disk is full'],
    ]);

    autosave.schedule(edit(w, 'second')); // typed while the disk was full
    await vi.advanceTimersByTimeAsync(250);
    expect(save).toHaveBeenCalledTimes(2);
    expect(await repo.getWorkshop(w.id)).toBeUndefined();

    failing = false;
    await vi.advanceTimersByTimeAsync(1000); // the retry
    await autosave.flush();
    expect(save).toHaveBeenCalledTimes(3);
    expect((await repo.getWorkshop(w.id))?.title).toBe('second');
    expect(statuses.at(-1)).toEqual(['saved', undefined]);
  });

  it('retries a failed save on its own with the doc it kept', async () => {
    const { statuses, onStatus } = recorder();
    let failing = true;
    const save = vi.fn(async (w: Workshop) => {
      if (failing) throw new Error('locked');
      await repo.putWorkshop(w);
    });
    createAutosave({ save, onStatus, retryMs: 1000 }).schedule(newWorkshop({ title: 'only edit' }));
    await vi.advanceTimersByTimeAsync(250);
    await vi.advanceTimersByTimeAsync(1000); // first retry, still failing
    expect(save).toHaveBeenCalledTimes(2);
    failing = false;
    await vi.advanceTimersByTimeAsync(1999);
    expect(save).toHaveBeenCalledTimes(2); // the delay doubled
    await vi.advanceTimersByTimeAsync(1);
    await vi.waitFor(() => expect(statuses.at(-1)).toEqual(['saved', undefined]));
    expect((await repo.listWorkshopSummaries()).map((s) => s.title)).toEqual(['only edit']);
  });

  it('does not let a failed older save replace a newer edit', async () => {
    let failFirst: (e: Error) => void = () => {};
    const save = vi.fn((w: Workshop) =>
      save.mock.calls.length === 1 ? new Promise<void>((_, reject) => (failFirst = reject)) : repo.putWorkshop(w),
    );
    const autosave = createAutosave({ save });
    const w = newWorkshop();
    autosave.schedule(edit(w, 'older'));
    await vi.advanceTimersByTimeAsync(250); // 'older' is being written
    autosave.schedule(edit(w, 'newer'));
    failFirst(new Error('transient'));
    await vi.advanceTimersByTimeAsync(250);
    await autosave.flush();
    expect(save).toHaveBeenCalledTimes(2);
    expect((await repo.getWorkshop(w.id))?.title).toBe('newer');
  });

  it('reports an invalid doc as an error naming the field', async () => {
    const { statuses, onStatus } = recorder();
    const autosave = createAutosave({ save: (w) => repo.putWorkshop(w), onStatus });
    autosave.schedule({ ...newWorkshop(), title: 'x'.repeat(201) });
    await expect(autosave.flush()).rejects.toThrow();
    expect(statuses.at(-1)?.[1]).toMatch(/title: expected at most 200 characters/);
    autosave.dispose();
  });

  it('dispose writes what is pending', async () => {
    const autosave = createAutosave({ save: (w) => repo.putWorkshop(w) });
    const w = newWorkshop({ title: 'Closing' });
    autosave.schedule(w);
    autosave.dispose();
    await vi.waitFor(async () => expect(await repo.getWorkshop(w.id)).toEqual(w));
  });

  it('counts the debounce from the edit, not from when it was scheduled', async () => {
    const save = vi.fn((w: Workshop) => repo.putWorkshop(w));
    const autosave = createAutosave({ save, debounceMs: 250 });
    // The keystroke was 100 ms ago (a busy page): 150 ms of the window are left.
    autosave.schedule(newWorkshop({ title: 'Late keystroke' }), performance.now() - 100);
    await vi.advanceTimersByTimeAsync(140);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(10);
    expect(save).toHaveBeenCalledTimes(1);
    await autosave.flush();
  });

  it('readies the waiting doc before its timer fires, so the write needs no validation then', async () => {
    const prepared: string[] = [];
    const autosave = createAutosave({
      save: (w) => repo.putWorkshop(w),
      prepare: (w) => {
        prepared.push(w.title);
        void repo.prepareWorkshop(w);
      },
    });
    const w = newWorkshop();
    autosave.schedule(edit(w, 'one'));
    autosave.schedule(edit(w, 'two'));
    await vi.advanceTimersByTimeAsync(50);
    expect(prepared).toEqual(['two']); // once per idle moment, for the newest doc only
    await vi.advanceTimersByTimeAsync(250);
    await autosave.flush();
    expect((await repo.getWorkshop(w.id))?.title).toBe('two');
  });
});
