import type { Workshop } from '../../shared/workshop/schema';
import { loadWorkshopFiles } from './workshopFiles';
import { contentKey } from './sameContent';
import { historyEntries, type HistoryEntry } from './historyEntries';
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
    /**
     * Keeps `w` as a snapshot. An automatic one ("as opened", "while editing") whose content the
     * newest snapshot of this workshop already holds is not taken again (a workshop opened four
     * times unchanged is one state, not four): its id is returned. Snapshots taken before a
     * delete, restore, import or amendment are always kept: they mark the moment.
     */
    async take(w: Workshop, reason: SnapshotReason, now = new Date()): Promise<number> {
      if (reason === 'opened' || reason === 'periodic') {
        const newest = await db.snapshots.where('[workshopId+takenAt]').between([w.id, ''], [w.id, '\uffff']).last();
        if (newest?.id !== undefined && contentKey(newest.doc) === contentKey(w)) return newest.id;
      }
      const bytes = JSON.stringify(w).length;
      const id = await db.snapshots.add({
        workshopId: w.id,
        takenAt: now.toISOString(),
        reason,
        title: w.title,
        clientCompany: w.clientCompany,
        bytes,
        doc: w,
      });
      await prune();
      return id as number;
    },

    /** Newest first. */
    async list(workshopId: string): Promise<SnapshotInfo[]> {
      const rows = await db.snapshots.where('[workshopId+takenAt]').between([workshopId, ''], [workshopId, '\uffff']).reverse().toArray();
      return rows.map(info);
    },

    /**
     * Newest first, as History shows them: a run of snapshots with the same content is one entry
     * (taken before this store skipped them), and each says what changed since the one before.
     */
    async entries(workshopId: string): Promise<HistoryEntry[]> {
      const rows = await db.snapshots.where('[workshopId+takenAt]').between([workshopId, ''], [workshopId, '\uffff']).reverse().toArray();
      return historyEntries(rows.map((r) => ({ ...info(r), doc: r.doc })));
    },

    /** The newest snapshot of each workshop that is no longer on this computer, newest first. */
    async listDeleted(existingIds: ReadonlySet<string>): Promise<SnapshotInfo[]> {
      const newest = new Map<string, SnapshotInfo>();
      await db.snapshots
        .orderBy('takenAt')
        .reverse()
        .each((row) => {
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
