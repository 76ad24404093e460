import { workshopOutline, type OutlineChange, type WorkshopOutline } from '../../shared/workshop/outline';
import type { Workshop } from '../../shared/workshop/schema';
import { contentKey } from './sameContent';
import type { SnapshotInfo } from './snapshots';

/** One line of History: a snapshot, how many identical ones it stands for, and what it changed. */
export interface HistoryEntry extends SnapshotInfo {
  /** Snapshots with this same content taken in a row (1: just this one). */
  repeats: number;
  /**
   * What changed since the snapshot before it, by count (participants 4 → 5); [] when the counts
   * are the same and only text changed; null for the first snapshot, or one too old to compare.
   */
  changes: OutlineChange[] | null;
}

/** Counts of a stored doc; null when it is from a schema this version cannot count (an old snapshot). */
function outlineOf(doc: unknown): WorkshopOutline | null {
  try {
    return workshopOutline(doc as Workshop);
  } catch {
    return null;
  }
}

/** `rows` newest first, with their docs; the result newest first, identical runs merged. */
export function historyEntries(rows: readonly (SnapshotInfo & { doc: unknown })[]): HistoryEntry[] {
  const keyed = rows.map((r) => ({ row: r, key: contentKey(r.doc), outline: outlineOf(r.doc) }));
  const out: HistoryEntry[] = [];
  for (let i = 0; i < keyed.length;) {
    // A run of the same content: the newest stands for it.
    let j = i + 1;
    while (j < keyed.length && keyed[j]!.key === keyed[i]!.key) j++;
    const { row, outline } = keyed[i]!;
    const older = keyed[j];
    const { doc: _doc, ...meta } = row;
    out.push({ ...meta, repeats: j - i, changes: older && outline && older.outline ? changesBetween(older.outline, outline) : null });
    i = j;
  }
  return out;
}

function changesBetween(before: WorkshopOutline, after: WorkshopOutline): OutlineChange[] {
  return (Object.keys(after) as (keyof WorkshopOutline)[])
    .filter((k) => before[k] !== after[k])
    .map((key) => ({ key, from: before[key], to: after[key] }));
}
