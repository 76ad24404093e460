import { create } from 'zustand';
import type { Quarantined } from '../../shared/sync/validate';
import type { UnitName } from '../../shared/sync/docs';
import type { ConnectionVerdict } from '../../shared/sync/server';

/** What the top bar says: nothing to say when no server is configured. */
export type SyncState = 'off' | 'synced' | 'syncing' | 'offline' | 'attention';

/** Two revisions of one step, kept by CouchDB until the user picks. */
export interface UnitConflict {
  workshopId: string;
  unit: UnitName;
  docId: string;
  /** This laptop's version of the step. */
  mine: Record<string, unknown>;
  /** The other laptop's, and who made it. */
  theirs: Record<string, unknown>;
  theirsBy: string;
  theirsAt: string;
  /** Every revision the resolution replaces. */
  revs: string[];
}

export interface Editor {
  by: string;
  at: string;
}

interface SyncStatusState {
  state: SyncState;
  /** Why the last attempt failed (offline / attention). */
  reason: ConnectionVerdict | null;
  lastSyncedAt: string | null;
  quarantined: (Quarantined & { workshopId: string | null; at: string })[];
  conflicts: UnitConflict[];
  /** workshop id → the other people who edited it, newest first. */
  editors: Record<string, Editor[]>;
}

export const useSyncStatus = create<SyncStatusState>(() => ({
  state: 'off',
  reason: null,
  lastSyncedAt: null,
  quarantined: [],
  conflicts: [],
  editors: {},
}));

/** Conflicts and quarantined documents need the user whatever the connection does. */
export function shownState(s: Pick<SyncStatusState, 'state' | 'conflicts' | 'quarantined'>): SyncState {
  if (s.state === 'off') return 'off';
  return s.conflicts.length > 0 || s.quarantined.length > 0 ? 'attention' : s.state;
}
