import { SAMPLE_WORKSHOP_ID } from '../../shared/workshop/sampleId';
import type { Workshop } from '../../shared/workshop/schema';
import type { AccordDb, WorkshopRow, WorkshopSummaryRow } from './db';
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

/** A doc readied for its write: the rows to put, or why it must not be written. */
type PreparedWrite = { rows: [WorkshopRow, WorkshopSummaryRow] } | { error: InvalidWorkshopError };

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
  const docTables = [db.workshops, db.workshopSummaries] as const;

  // `add` fails on an existing id, so a path that must not replace anything cannot do so by accident.
  const add = (w: Workshop) => Promise.all([db.workshops.add({ id: w.id, doc: w }), db.workshopSummaries.add(summarise(w))]);
  const exists = async (id: string) => (await db.workshops.where('id').equals(id).count()) > 0;

  // Docs are immutable (the store makes a new one per edit), so a doc readied once stays ready.
  const prepared = new WeakMap<Workshop, PreparedWrite>();
  const prepare = async (w: Workshop): Promise<PreparedWrite> => {
    const ready = prepared.get(w);
    if (ready) return ready;
    let result: PreparedWrite;
    try {
      const valid = await checked(w, 'The workshop was not saved');
      result = { rows: [{ id: valid.id, doc: valid }, summarise(valid)] };
    } catch (err) {
      if (!(err instanceof InvalidWorkshopError)) throw err;
      result = { error: err };
    }
    prepared.set(w, result);
    return result;
  };

  return {
    /** Newest first; reads summary rows only, never the docs. */
    async listWorkshopSummaries(): Promise<WorkshopSummary[]> {
      const rows = await db.workshopSummaries.orderBy('updatedAt').reverse().toArray();
      return rows.map(toWorkshopSummary);
    },

    /**
     * `undefined` when there is no such workshop. A stored doc that no longer validates is
     * reported by rejecting with InvalidWorkshopError (naming the field), and left untouched
     * so that a fixed or newer Accord can still read it.
     */
    async getWorkshop(id: string): Promise<Workshop | undefined> {
      const [row] = await Promise.all([db.workshops.get(id), loadWorkshopFiles()]);
      return row && checked(row.doc, `The saved workshop "${id}" cannot be opened`);
    },

    /** Validates a doc and derives its summary ahead of putWorkshop (autosave does it while idle). */
    async prepareWorkshop(w: Workshop): Promise<void> {
      await prepare(w);
    },

    async putWorkshop(w: Workshop): Promise<void> {
      const ready = prepared.get(w) ?? (await prepare(w));
      if ('error' in ready) throw ready.error;
      await putRows(db, ...ready.rows);
    },

    /**
     * Deletes and returns the workshop so the UI can offer Undo (restoreWorkshop). A row
     * that was unreadable is deleted too (the user asked), but returns `undefined`: there is
     * no valid workshop to restore.
     */
    async deleteWorkshop(id: string): Promise<Workshop | undefined> {
      // Loaded before the transaction: awaiting anything but Dexie inside one would end it.
      const { validateWorkshop } = await loadWorkshopFiles();
      return db.transaction('rw', docTables, async () => {
        const row = await db.workshops.get(id);
        await Promise.all([db.workshops.delete(id), db.workshopSummaries.delete(id)]);
        const result = row && validateWorkshop(row.doc);
        return result?.ok ? result.workshop : undefined;
      });
    },

    /** Undo of a delete: puts back exactly the workshop deleteWorkshop returned. */
    async restoreWorkshop(w: Workshop): Promise<void> {
      const valid = await checked(w, 'The workshop could not be restored');
      await putRows(db, { id: valid.id, doc: valid }, summarise(valid));
    },

    /**
     * How an imported workshop stands against this computer's: new here, the same content (the
     * same file, or one that differs only in when it was saved), or different. A stored row that
     * no longer validates cannot be compared: 'unreadable' (it is left as it is).
     */
    async compareImport(w: Workshop): Promise<ImportComparison> {
      const row = await db.workshops.get(w.id);
      if (!row) return { status: 'new' };
      const [{ validateWorkshop }, { sameContent }] = await Promise.all([loadWorkshopFiles(), import('./importChoice')]);
      const stored = validateWorkshop(row.doc);
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
      return db.transaction('rw', docTables, async () => {
        const taken = new Set((await exists(valid.id)) ? [valid.id] : []);
        const imported = prepareImport(valid, taken);
        await add(imported);
        return imported;
      });
    },

    /**
     * "Replace" in the import choice: the file's workshop takes the place of the one with its id.
     * The caller takes a snapshot of the one it replaces first (History brings it back).
     */
    async replaceWorkshop(w: Workshop): Promise<Workshop> {
      const valid = await checked(w, 'The workshop was not imported');
      await putRows(db, { id: valid.id, doc: valid }, summarise(valid));
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
      return db.transaction('rw', [...docTables, db.meta], async () => {
        if (await db.meta.get(SAMPLE_SEEDED)) return false;
        await db.meta.put({ key: SAMPLE_SEEDED, value: now.toISOString() });
        if (await exists(SAMPLE_WORKSHOP_ID)) return false;
        await add(sample);
        return true;
      });
    },
  };
}

export type WorkshopRepository = ReturnType<typeof createWorkshopRepository>;

/**
 * Writes a valid doc and its summary (autosave, restore): one raw IndexedDB transaction, the same
 * atomic write Dexie's transaction makes, without Dexie's layers on the path every keystroke
 * takes (measured: about a third of the write's time at p95). Dexie has no observers to miss
 * here (no liveQuery). Falls back to Dexie when its connection is not open, so Dexie can open it.
 */
function putRows(db: AccordDb, doc: WorkshopRow, summary: WorkshopSummaryRow): Promise<void> {
  const idb = db.isOpen() ? db.backendDB() : null;
  if (!idb)
    return db.transaction(
      'rw',
      [db.workshops, db.workshopSummaries],
      async () => void (await Promise.all([db.workshops.put(doc), db.workshopSummaries.put(summary)])),
    );
  return new Promise((resolve, reject) => {
    let tx: IDBTransaction | undefined;
    try {
      tx = idb.transaction(['workshops', 'workshopSummaries'], 'readwrite');
      tx.objectStore('workshops').put(doc);
      tx.objectStore('workshopSummaries').put(summary);
    } catch (err) {
      tx?.abort(); // a summary that cannot be stored must not leave the doc written alone
      reject(err instanceof Error ? err : new Error(String(err)));
      return;
    }
    const done = tx;
    done.oncomplete = () => resolve();
    // An error aborts the transaction: neither row is written.
    done.onabort = () => reject(done.error ?? new Error('The save was aborted before it completed.'));
  });
}
