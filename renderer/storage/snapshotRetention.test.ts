import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { snapshotsToPrune, type SnapshotMeta } from './snapshotRetention';

const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 9, minute)).toISOString();
const snap = (id: number, workshopId: string, minute: number, bytes = 100): SnapshotMeta => ({
  id,
  workshopId,
  takenAt: at(minute),
  bytes,
});

describe('snapshot retention', () => {
  it('keeps the newest snapshots of each workshop and drops the oldest beyond the count', () => {
    const all = [snap(1, 'a', 1), snap(2, 'a', 2), snap(3, 'a', 3), snap(4, 'b', 1)];
    expect(snapshotsToPrune(all, { perWorkshop: 2, totalBytes: 1e9 }).sort()).toEqual([1]);
  });

  it('drops the oldest across workshops to fit the byte budget, but never the newest of a workshop', () => {
    const all = [snap(1, 'a', 1, 500), snap(2, 'a', 5, 500), snap(3, 'b', 2, 500), snap(4, 'b', 6, 500)];
    expect(snapshotsToPrune(all, { perWorkshop: 10, totalBytes: 1200 }).sort()).toEqual([1, 3]);
    // Even a budget nothing fits in keeps one state of every workshop.
    expect(snapshotsToPrune(all, { perWorkshop: 10, totalBytes: 0 }).sort()).toEqual([1, 3]);
  });

  it('always fits the limits while keeping the newest of each workshop', () => {
    const meta = fc.array(
      fc.record({
        workshopId: fc.constantFrom('a', 'b', 'c'),
        minute: fc.integer({ min: 0, max: 59 }),
        bytes: fc.integer({ min: 1, max: 1000 }),
      }),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(meta, fc.integer({ min: 1, max: 10 }), fc.integer({ min: 0, max: 20_000 }), (rows, perWorkshop, totalBytes) => {
        const all = rows.map((r, i) => snap(i + 1, r.workshopId, r.minute, r.bytes));
        const pruned = new Set(snapshotsToPrune(all, { perWorkshop, totalBytes }));
        const kept = all.filter((s) => !pruned.has(s.id));
        for (const w of new Set(all.map((s) => s.workshopId))) {
          const mine = all.filter((s) => s.workshopId === w);
          const newest = mine.reduce((n, s) => (s.takenAt > n.takenAt || (s.takenAt === n.takenAt && s.id > n.id) ? s : n));
          expect(pruned.has(newest.id)).toBe(false);
          expect(kept.filter((s) => s.workshopId === w).length).toBeLessThanOrEqual(perWorkshop);
        }
        // Over the budget only when nothing but the newest of each workshop is left.
        const workshops = new Set(all.map((s) => s.workshopId)).size;
        const keptBytes = kept.reduce((sum, s) => sum + s.bytes, 0);
        if (keptBytes > totalBytes) expect(kept.length).toBe(workshops);
      }),
    );
  });
});
