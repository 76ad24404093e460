import type { Workshop } from '../../shared/workshop/schema';
import type { SnapshotReason } from './snapshotDb';

export const SNAPSHOT_PERIOD_MS = 3 * 60_000;

export interface SchedulerOptions {
  /** Calls the listener with each new open-workshop state and the one before it. */
  subscribe(listener: (w: Workshop | null, before: Workshop | null) => void): () => void;
  take(w: Workshop, reason: SnapshotReason): Promise<unknown>;
  now?: () => number;
  periodMs?: number;
}

/**
 * Snapshots while a workshop changes: its state as it was opened, at the first edit (so a
 * session's work can always be rolled back whole), then one every few minutes while edits go on.
 * A workshop nobody touches gets no snapshots at all.
 */
export function scheduleSnapshots({ subscribe, take, now = Date.now, periodMs = SNAPSHOT_PERIOD_MS }: SchedulerOptions): () => void {
  const lastTaken = new Map<string, number>();
  const ignore = () => undefined; // a lost snapshot must never disturb editing
  return subscribe((w, before) => {
    if (!w || !before || w === before || w.id !== before.id) return;
    const last = lastTaken.get(w.id);
    if (last === undefined) {
      lastTaken.set(w.id, now());
      void take(before, 'opened').catch(ignore);
    } else if (now() - last >= periodMs) {
      lastTaken.set(w.id, now());
      void take(w, 'periodic').catch(ignore);
    }
  });
}
