import Dexie, { type EntityTable } from 'dexie';

/** Why a snapshot was taken; the history panel says it in words. */
export const SNAPSHOT_REASONS = ['opened', 'periodic', 'beforeDelete', 'beforeRestore', 'beforeImport', 'beforeAmend'] as const;
export type SnapshotReason = (typeof SNAPSHOT_REASONS)[number];

/**
 * One saved state of a workshop. `doc` is whatever version of the workshop schema was current
 * when it was taken, so it is migrated and validated when read, never trusted.
 */
export interface SnapshotRow {
  id?: number;
  workshopId: string;
  takenAt: string;
  reason: SnapshotReason;
  /** Shown in lists without reading docs. */
  title: string;
  clientCompany: string;
  /** Size of the doc as JSON, for the retention budget. */
  bytes: number;
  doc: unknown;
}

export type SnapshotDb = Dexie & { snapshots: EntityTable<SnapshotRow, 'id'> };

/**
 * Snapshots live in a database of their own: they are a bounded safety net that can be pruned
 * or even lost without touching a single workshop, and their versions move independently of
 * the workshop database's. Versions are never edited once shipped (see db.ts); each has a fixture.
 */
export function openSnapshotDb(name = 'accord-snapshots'): SnapshotDb {
  const db = new Dexie(name) as SnapshotDb;
  db.version(1).stores({ snapshots: '++id, workshopId, takenAt, [workshopId+takenAt]' });
  return db;
}
