import type { Workshop } from '../../shared/workshop/schema';
import { loadWorkshopFiles } from './workshopFiles';
import type { SnapshotDb, SnapshotReason, SnapshotRow } from './snapshotDb';
import { DEFAULT_LIMITS, snapshotsToPrune, type RetentionLimits } from './snapshotRetention';

/** What lists show: everything but the doc. */
export type SnapshotInfo = Omit<SnapshotRow, 'doc'> & { id: number };

export type SnapshotRead = { ok: true; workshop: Workshop } | { ok: false; error: string };

const info = ({ doc: _doc, ...rest }: SnapshotRow): SnapshotInfo => rest as SnapshotInfo;

/**
 * Automatic snapshots of workshops, kept within a size budget: the facilitator's way back from
 * a deletion, an import or an amendment they regret, long after the Undo toast has gone.
 */
export function createSnapshotStore(db: SnapshotDb, limits: RetentionLimits = DEFAULT_LIMITS) {
  async function prune(): Promise<void> {
    const all: SnapshotInfo[] = [];
    await db.snapshots.each((row) => void all.push(info(row)));
    const ids = snapshotsToPrune(all, limits);
    if (ids.length > 0) await db.snapshots.bulkDelete(ids);
  }

  return {
    async take(w: Workshop, reason: SnapshotReason, now = new Date()): Promise<number> {
      const bytes = JSON.stringify(w).length;
      const id = await db.snapshots.add({ workshopId: w.id, takenAt: now.toISOString(), reason, title: w.title, clientCompany: w.clientCompany, bytes, doc: w });
      await prune();
      return id as number;
    },

    /** Newest first. */
    async list(workshopId: string): Promise<SnapshotInfo[]> {
      const rows = await db.snapshots.where('[workshopId+takenAt]').between([workshopId, ''], [workshopId, '\uffff']).reverse().toArray();
      return rows.map(info);
    },

    /** The newest snapshot of each workshop that is no longer on this computer, newest first. */
    async listDeleted(existingIds: ReadonlySet<string>): Promise<SnapshotInfo[]> {
      const newest = new Map<string, SnapshotInfo>();
      await db.snapshots.orderBy('takenAt').reverse().each((row) => {
        if (!existingIds.has(row.workshopId) && !newest.has(row.workshopId)) newest.set(row.workshopId, info(row));
      });
      return [...newest.values()];
    },

    /** The snapshot's workshop, migrated to the current schema and validated. */
    async read(id: number): Promise<SnapshotRead> {
      const [row, { parseWorkshopFile }] = await Promise.all([db.snapshots.get(id), loadWorkshopFiles()]);
      if (!row) return { ok: false, error: 'This snapshot no longer exists.' };
      return parseWorkshopFile(JSON.stringify(row.doc));
    },

    prune,
  };
}

export type SnapshotStore = ReturnType<typeof createSnapshotStore>;
