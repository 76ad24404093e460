/** What retention needs to know of a snapshot. */
export interface SnapshotMeta {
  id: number;
  workshopId: string;
  takenAt: string;
  bytes: number;
}

export interface RetentionLimits {
  /** Newest snapshots kept per workshop. */
  perWorkshop: number;
  /** Budget for all snapshots together, in bytes of JSON. */
  totalBytes: number;
}

/** About 40 states of each workshop, and never more than 50 MB on the laptop in all. */
export const DEFAULT_LIMITS: RetentionLimits = { perWorkshop: 40, totalBytes: 50 * 1024 * 1024 };

const newestFirst = (a: SnapshotMeta, b: SnapshotMeta) => (a.takenAt < b.takenAt ? 1 : a.takenAt > b.takenAt ? -1 : b.id - a.id);

/**
 * The ids to delete so that what is kept fits the limits. The newest snapshot of every workshop
 * is always kept (for a deleted workshop it is the only way back); beyond that, the oldest go
 * first, across all workshops, until the byte budget holds.
 */
export function snapshotsToPrune(all: readonly SnapshotMeta[], limits: RetentionLimits = DEFAULT_LIMITS): number[] {
  const byWorkshop = new Map<string, SnapshotMeta[]>();
  for (const s of all) byWorkshop.set(s.workshopId, [...(byWorkshop.get(s.workshopId) ?? []), s]);

  const prune = new Set<number>();
  const newest = new Set<number>();
  for (const list of byWorkshop.values()) {
    list.sort(newestFirst);
    newest.add(list[0]!.id);
    for (const s of list.slice(Math.max(1, limits.perWorkshop))) prune.add(s.id);
  }

  let total = all.filter((s) => !prune.has(s.id)).reduce((sum, s) => sum + s.bytes, 0);
  const candidates = all
    .filter((s) => !prune.has(s.id) && !newest.has(s.id))
    .sort(newestFirst)
    .reverse();
  for (const s of candidates) {
    if (total <= limits.totalBytes) break;
    prune.add(s.id);
    total -= s.bytes;
  }
  return [...prune];
}
