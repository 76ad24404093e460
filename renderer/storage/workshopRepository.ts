import { SAMPLE_WORKSHOP_ID } from '../../shared/workshop/sampleId';
import type { Workshop } from '../../shared/workshop/schema';
import Dexie from 'dexie';
import type { AccordDb, WorkshopPartRow, WorkshopRow, WorkshopSummaryRow } from './db';
import type { PartCheck } from './partChecks';
import { assemble, changedParts, headOf, PART_NAMES, partValue, type Part } from './workshopParts';
import { loadWorkshopFiles } from './workshopFiles';

export interface WorkshopSummary extends WorkshopSummaryRow {
  isSample: boolean;
}

/** A workshop that was refused: on write, nothing was written; on read, the row was left as it is. */
export class InvalidWorkshopError extends Error {
  override name = 'InvalidWorkshopError';
}

const SAMPLE_SEEDED = 'sampleSeeded';

async function checked(w: unknown, action: string): Promise<Workshop> {
  const { validateWorkshop } = await loadWorkshopFiles();
  const result = validateWorkshop(w);
  if (!result.ok) throw new InvalidWorkshopError(`${action}: ${result.error}`);
  return result.workshop;
}

export type ImportComparison = { status: 'new' } | { status: 'unreadable' } | { status: 'identical' | 'differs'; existing: Workshop };

/** A summary row as the home list shows it. */
export const toWorkshopSummary = (row: WorkshopSummaryRow): WorkshopSummary => ({ ...row, isSample: row.id === SAMPLE_WORKSHOP_ID });

function summarise(w: Workshop): WorkshopSummaryRow {
  return {
    id: w.id,
    title: w.title,
    clientCompany: w.clientCompany,
    facilitator: w.facilitator,
    workshopDate: w.commitment.workshopDate,
    progress: new Set(w.completedSteps).size,
    updatedAt: new Date(w.updatedAt).toISOString(),
  };
}

/**
 * The only way the app reads or writes workshops. Every write validates first and touches the
 * doc and its summary in one transaction, so the home list never disagrees with the docs.
 * `updatedAt` is stored as given: the store that made the edit owns the clock.
 */
export function createWorkshopRepository(db: AccordDb) {
  const docTables = [db.workshops, db.workshopParts, db.workshopSummaries] as const;

  /**
   * Per workshop, the doc whose parts are on disk (rows in the per-part form only). An edit is
   * written as the parts in which it differs from this doc; without one, every part is written.
   */
  const onDisk = new Map<string, Workshop>();
  /** Writes started per workshop, so a read that overlapped a write does not claim to know the disk. */
  const writesStarted = new Map<string, number>();

  // Validated parts, by the object they were read from: docs are immutable (the store makes a
  // new one per edit, sharing what did not change), so a part checked once stays checked.
  const checkedParts = new WeakMap<object, Map<string, PartCheck>>();
  const checkPart = async (w: Workshop, part: Part): Promise<PartCheck> => {
    const key = (part.field ? (w[part.step] as Record<string, unknown>)[part.field] : w[part.step]) as object;
    let byName = checkedParts.get(key);
    let result = byName?.get(part.name);
    if (result) return result;
    result = (await loadChecks()).checkPart(part, partValue(w, part));
    if (!byName) checkedParts.set(key, (byName = new Map()));
    byName.set(part.name, result);
    return result;
  };

  /** The rows of an edit: head, changed parts (validated, as the schema reads them), summary. */
  const rowsOf = async (w: Workshop, parts: readonly Part[], action: string): Promise<WriteRows> => {
    const [checks, results] = await Promise.all([loadChecks(), Promise.all(parts.map((p) => checkPart(w, p)))]);
    const head = checks.checkHead(headOf(w));
    if (!head.ok || results.some((r) => !r.ok)) {
      await checked(w, action); // names the problem the way a file import would
      throw new InvalidWorkshopError(`${action}: the workshop is not valid.`);
    }
    return {
      head: { id: w.id, doc: head.value, parts: PART_NAMES },
      parts: parts.map((p, i) => ({ workshopId: w.id, part: p.name, value: (results[i] as { value: unknown }).value })),
      summary: summarise(w),
    };
  };

  /** Writes an edit in one transaction; `w` must be what the store holds (its parts are compared by identity next time). */
  const write = async (w: Workshop, action: string): Promise<void> => {
    const rows = await rowsOf(w, changedParts(onDisk.get(w.id), w), action);
    // Taken now, not after the write: a second write started meanwhile compares with this one.
    const before = onDisk.get(w.id);
    onDisk.set(w.id, w);
    writesStarted.set(w.id, (writesStarted.get(w.id) ?? 0) + 1);
    try {
      await putRows(db, rows);
    } catch (err) {
      // The disk holds the doc before this one (the transaction is atomic), but a later write
      // may already have compared against this one: only a full write is sure again.
      if (onDisk.get(w.id) === w || onDisk.get(w.id) !== before) onDisk.delete(w.id);
      throw err;
    }
  };

  /** Inside a Dexie transaction: a whole workshop in the per-part form (rows from rowsOf with every part). */
  const storeRows = async (rows: WriteRows, mode: 'add' | 'put') => {
    if (mode === 'add') await Promise.all([db.workshops.add(rows.head), db.workshopSummaries.add(rows.summary)]);
    else await Promise.all([db.workshops.put(rows.head), db.workshopSummaries.put(rows.summary)]);
    await db.workshopParts.bulkPut(rows.parts);
  };
  const exists = async (id: string) => (await db.workshops.where('id').equals(id).count()) > 0;

  /** The stored doc as it was written, reassembled (unvalidated), and whether it is in the per-part form. */
  const readRaw = (id: string) =>
    db.transaction('r', [db.workshops, db.workshopParts], async () => {
      const row = await db.workshops.get(id);
      if (!row?.parts) return row && { doc: row.doc, split: false };
      const stored = await db.workshopParts.bulkGet(row.parts.map((p) => [id, p] as [string, string]));
      const parts = new Map(stored.flatMap((r) => (r ? [[r.part, r.value] as const] : [])));
      return { doc: assemble(row.doc, parts), split: true };
    });

  return {
    /** Newest first; reads summary rows only, never the docs. */
    async listWorkshopSummaries(): Promise<WorkshopSummary[]> {
      const rows = await db.workshopSummaries.orderBy('updatedAt').reverse().toArray();
      return rows.map(toWorkshopSummary);
    },

    /**
     * `undefined` when there is no such workshop. A stored doc that no longer validates is
     * reported by rejecting with InvalidWorkshopError (naming the field), and left untouched
     * so that a fixed or newer Accord can still read it. Reads reassemble the parts and
     * validate the whole workshop.
     */
    async getWorkshop(id: string): Promise<Workshop | undefined> {
      const writes = writesStarted.get(id) ?? 0;
      const [read] = await Promise.all([readRaw(id), loadWorkshopFiles()]);
      if (!read) return undefined;
      const w = await checked(read.doc, `The saved workshop "${id}" cannot be opened`);
      if (read.split && (writesStarted.get(id) ?? 0) === writes) onDisk.set(id, w);
      return w;
    },

    /** Validates what an edit changed ahead of putWorkshop (autosave does it while idle). */
    async prepareWorkshop(w: Workshop): Promise<void> {
      await Promise.all(changedParts(onDisk.get(w.id), w).map((p) => checkPart(w, p)));
    },

    /** Writes the parts `w` changed since the last write or read of it, its head and summary: one transaction. */
    async putWorkshop(w: Workshop): Promise<void> {
      await write(w, 'The workshop was not saved');
    },

    /**
     * Deletes and returns the workshop so the UI can offer Undo (restoreWorkshop). A row
     * that was unreadable is deleted too (the user asked), but returns `undefined`: there is
     * no valid workshop to restore.
     */
    async deleteWorkshop(id: string): Promise<Workshop | undefined> {
      // Loaded before the transaction: awaiting anything but Dexie inside one would end it.
      const { validateWorkshop } = await loadWorkshopFiles();
      onDisk.delete(id);
      writesStarted.set(id, (writesStarted.get(id) ?? 0) + 1);
      return db.transaction('rw', docTables, async () => {
        const read = await readRaw(id);
        await Promise.all([db.workshops.delete(id), db.workshopSummaries.delete(id), partsOf(db, id).delete()]);
        const result = read && validateWorkshop(read.doc);
        return result?.ok ? result.workshop : undefined;
      });
    },

    /** Undo of a delete: puts back exactly the workshop deleteWorkshop returned. */
    async restoreWorkshop(w: Workshop): Promise<void> {
      onDisk.delete(w.id);
      await write(w, 'The workshop could not be restored');
    },

    /**
     * How an imported workshop stands against this computer's: new here, the same content (the
     * same file, or one that differs only in when it was saved), or different. A stored row that
     * no longer validates cannot be compared: 'unreadable' (it is left as it is).
     */
    async compareImport(w: Workshop): Promise<ImportComparison> {
      const read = await readRaw(w.id);
      if (!read) return { status: 'new' };
      const [{ validateWorkshop }, { sameContent }] = await Promise.all([loadWorkshopFiles(), import('./importChoice')]);
      const stored = validateWorkshop(read.doc);
      if (!stored.ok) return { status: 'unreadable' };
      return { status: sameContent(stored.workshop, w) ? 'identical' : 'differs', existing: stored.workshop };
    },

    /**
     * Adds the imported workshop, as a renamed copy when its id is already here ("Keep both");
     * returns what was stored. It never replaces anything: that is replaceWorkshop.
     */
    async importWorkshop(w: Workshop): Promise<Workshop> {
      const valid = await checked(w, 'The workshop was not imported');
      const { prepareImport } = await loadWorkshopFiles();
      const taken = new Set((await exists(valid.id)) ? [valid.id] : []);
      const imported = prepareImport(valid, taken);
      const rows = await rowsOf(imported, changedParts(undefined, imported), 'The workshop was not imported');
      // `add` fails on an existing id: should one appear meanwhile, nothing is replaced.
      await db.transaction('rw', docTables, () => storeRows(rows, 'add'));
      return imported;
    },

    /**
     * "Replace" in the import choice: the file's workshop takes the place of the one with its id.
     * The caller takes a snapshot of the one it replaces first (History brings it back).
     */
    async replaceWorkshop(w: Workshop): Promise<Workshop> {
      const valid = await checked(w, 'The workshop was not imported');
      onDisk.delete(valid.id);
      await write(valid, 'The workshop was not imported');
      return valid;
    },

    /**
     * Seeds the sample on first run only. The meta flag, not the sample's presence, decides:
     * a facilitator who deleted the sample does not get it back. Returns whether it was added.
     */
    async ensureSampleWorkshop(now = new Date()): Promise<boolean> {
      // Read first, outside any transaction: on every start but the first this is all it costs,
      // and the sample's code (its own chunk) is never loaded.
      if (await db.meta.get(SAMPLE_SEEDED)) return false;
      const { sampleWorkshop } = await import('../../shared/workshop/sample');
      const sample = await checked(sampleWorkshop(now), 'The sample workshop is not valid');
      const rows = await rowsOf(sample, changedParts(undefined, sample), 'The sample workshop is not valid');
      return db.transaction('rw', [...docTables, db.meta], async () => {
        if (await db.meta.get(SAMPLE_SEEDED)) return false;
        await db.meta.put({ key: SAMPLE_SEEDED, value: now.toISOString() });
        if (await exists(SAMPLE_WORKSHOP_ID)) return false;
        await storeRows(rows, 'add');
        return true;
      });
    },
  };
}

export type WorkshopRepository = ReturnType<typeof createWorkshopRepository>;

interface WriteRows {
  head: WorkshopRow;
  parts: WorkshopPartRow[];
  summary: WorkshopSummaryRow;
}

let checksModule: Promise<typeof import('./partChecks')> | undefined;
const loadChecks = () => (checksModule ??= import('./partChecks'));

const partsOf = (db: AccordDb, id: string) => db.workshopParts.where('[workshopId+part]').between([id, Dexie.minKey], [id, Dexie.maxKey]);

/**
 * Writes an edit's rows (autosave, restore): one raw IndexedDB transaction, the same atomic
 * write Dexie's transaction makes, without Dexie's layers on the path every keystroke takes
 * (measured: about a third of the write's time at p95). Dexie has no observers to miss here
 * (no liveQuery). Dexie opens (and upgrades) the database first when it is not open yet.
 */
async function putRows(db: AccordDb, rows: WriteRows): Promise<void> {
  if (!db.isOpen()) await db.open();
  const idb = db.backendDB();
  return new Promise((resolve, reject) => {
    let tx: IDBTransaction | undefined;
    try {
      tx = idb.transaction(['workshops', 'workshopParts', 'workshopSummaries'], 'readwrite');
      const parts = tx.objectStore('workshopParts');
      for (const part of rows.parts) parts.put(part);
      tx.objectStore('workshops').put(rows.head);
      tx.objectStore('workshopSummaries').put(rows.summary);
    } catch (err) {
      tx?.abort(); // a row that cannot be stored must not leave the others written alone
      reject(err instanceof Error ? err : new Error(String(err)));
      return;
    }
    const done = tx;
    done.oncomplete = () => resolve();
    // An error aborts the transaction: no row is written.
    done.onabort = () => reject(done.error ?? new Error('The save was aborted before it completed.'));
  });
}
