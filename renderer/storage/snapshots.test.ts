import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newWorkshop } from '../../shared/workshop/factory';
import { openSnapshotDb, type SnapshotDb } from './snapshotDb';
import { createSnapshotStore } from './snapshots';

let db: SnapshotDb;
beforeEach(() => {
  db = openSnapshotDb(`snapshots-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const minute = (m: number) => new Date(Date.UTC(2026, 11, 1, 9, m));

describe('snapshot store (real IndexedDB)', () => {
  it('takes, lists newest first and reads back a workshop exactly', async () => {
    const store = createSnapshotStore(db);
    const w = { ...newWorkshop(), title: 'Kick-off' };
    await store.take(w, 'opened', minute(1));
    const later = { ...w, title: 'Kick-off, revised' };
    const id = await store.take(later, 'periodic', minute(5));
    const list = await store.list(w.id);
    expect(list.map((s) => [s.title, s.reason])).toEqual([
      ['Kick-off, revised', 'periodic'],
      ['Kick-off', 'opened'],
    ]);
    expect(await store.read(id)).toEqual({ ok: true, workshop: later });
  });

  it('finds the last state of deleted workshops only', async () => {
    const store = createSnapshotStore(db);
    const kept = newWorkshop();
    const gone = { ...newWorkshop(), clientCompany: 'Gone Ltd' };
    await store.take(kept, 'periodic', minute(1));
    await store.take(gone, 'periodic', minute(2));
    await store.take(gone, 'beforeDelete', minute(3));
    const deleted = await store.listDeleted(new Set([kept.id]));
    expect(deleted.map((s) => [s.clientCompany, s.reason])).toEqual([['Gone Ltd', 'beforeDelete']]);
  });

  it('does not take an automatic snapshot of a state it already holds, and lists identical runs as one entry saying what changed', async () => {
    const store = createSnapshotStore(db);
    const w = { ...newWorkshop(), title: 'Kick-off' };
    const first = await store.take(w, 'opened', minute(1));
    // Opened again (and again) unchanged, saved at another time: the same state, no new entry.
    expect(await store.take({ ...w, updatedAt: minute(2).toISOString() }, 'opened', minute(2))).toBe(first);
    expect(await store.take(w, 'periodic', minute(3))).toBe(first);
    expect(await store.list(w.id)).toHaveLength(1);
    // A decision and a participant later: a new state, and what changed since the one before.
    const later = {
      ...w,
      commitment: {
        ...w.commitment,
        participants: [...w.commitment.participants, { id: 'p9', name: 'Ana', role: '', team: 'sales' as const, email: '' }],
      },
    };
    await store.take(later, 'periodic', minute(6));
    // An explicit snapshot is kept even when nothing changed; History shows the run as one entry.
    await store.take(later, 'beforeDelete', minute(7));
    const entries = await store.entries(w.id);
    expect(entries.map((e) => [e.reason, e.repeats, e.changes])).toEqual([
      ['beforeDelete', 2, [{ key: 'participants', from: w.commitment.participants.length, to: w.commitment.participants.length + 1 }]],
      ['opened', 1, null],
    ]);
    // Snapshots from before this (identical ones in a row) are merged the same way.
    await db.snapshots.add({
      workshopId: w.id,
      takenAt: minute(8).toISOString(),
      reason: 'opened',
      title: '',
      clientCompany: '',
      bytes: 1,
      doc: { ...later, updatedAt: minute(8).toISOString() },
    });
    expect((await store.entries(w.id)).map((e) => [e.reason, e.repeats])).toEqual([
      ['opened', 3],
      ['opened', 1],
    ]);
    // Same counts, other words: a change with nothing to count.
    await store.take({ ...later, title: 'Kick-off day' }, 'periodic', minute(9));
    expect((await store.entries(w.id))[0]!.changes).toEqual([]);
  });

  it('stays within its limits as snapshots pile up', async () => {
    const store = createSnapshotStore(db, { perWorkshop: 3, totalBytes: 1e9 });
    const w = newWorkshop();
    for (let m = 0; m < 6; m++) await store.take({ ...w, title: `v${m}` }, 'periodic', minute(m));
    expect((await store.list(w.id)).map((s) => s.title)).toEqual(['v5', 'v4', 'v3']);
  });

  it('refuses a damaged snapshot with a message instead of restoring it', async () => {
    const store = createSnapshotStore(db);
    const id = (await db.snapshots.add({
      workshopId: 'x',
      takenAt: minute(1).toISOString(),
      reason: 'periodic',
      title: '',
      clientCompany: '',
      bytes: 2,
      doc: { schemaVersion: 1, title: 42 },
    })) as number;
    const r = await store.read(id);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/\w+/);
  });
});
