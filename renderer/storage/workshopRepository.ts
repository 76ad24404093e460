import { prepareImport, validateWorkshop } from '../../shared/workshop/file';
import { SAMPLE_WORKSHOP_ID } from '../../shared/workshop/sampleId';
import type { Workshop } from '../../shared/workshop/schema';
import type { AccordDb, WorkshopSummaryRow } from './db';

export interface WorkshopSummary extends WorkshopSummaryRow {
  isSample: boolean;
}

/** A workshop that was refused: on write, nothing was written; on read, the row was left as it is. */
export class InvalidWorkshopError extends Error {
  override name = 'InvalidWorkshopError';
}

const SAMPLE_SEEDED = 'sampleSeeded';

function checked(w: unknown, action: string): Workshop {
  const result = validateWorkshop(w);
  if (!result.ok) throw new InvalidWorkshopError(`${action}: ${result.error}`);
  return result.workshop;
}

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

  const put = (w: Workshop) => Promise.all([db.workshops.put({ id: w.id, doc: w }), db.workshopSummaries.put(summarise(w))]);
  // `add` fails on an existing id, so a path that must not replace anything cannot do so by accident.
  const add = (w: Workshop) => Promise.all([db.workshops.add({ id: w.id, doc: w }), db.workshopSummaries.add(summarise(w))]);
  const exists = async (id: string) => (await db.workshops.where('id').equals(id).count()) > 0;

  return {
    /** Newest first; reads summary rows only, never the docs. */
    async listWorkshopSummaries(): Promise<WorkshopSummary[]> {
      const rows = await db.workshopSummaries.orderBy('updatedAt').reverse().toArray();
      return rows.map((row) => ({ ...row, isSample: row.id === SAMPLE_WORKSHOP_ID }));
    },

    /**
     * `undefined` when there is no such workshop. A stored doc that no longer validates is
     * reported by rejecting with InvalidWorkshopError (naming the field), and left untouched
     * so that a fixed or newer Accord can still read it.
     */
    async getWorkshop(id: string): Promise<Workshop | undefined> {
      const row = await db.workshops.get(id);
      return row && checked(row.doc, `The saved workshop "${id}" cannot be opened`);
    },

    async putWorkshop(w: Workshop): Promise<void> {
      const valid = checked(w, 'The workshop was not saved');
      await db.transaction('rw', docTables, () => put(valid));
    },

    /**
     * Deletes and returns the workshop so the UI can offer Undo (restoreWorkshop). A row
     * that was unreadable is deleted too (the user asked), but returns `undefined`: there is
     * no valid workshop to restore.
     */
    async deleteWorkshop(id: string): Promise<Workshop | undefined> {
      return db.transaction('rw', docTables, async () => {
        const row = await db.workshops.get(id);
        await Promise.all([db.workshops.delete(id), db.workshopSummaries.delete(id)]);
        const result = row && validateWorkshop(row.doc);
        return result?.ok ? result.workshop : undefined;
      });
    },

    /** Undo of a delete: puts back exactly the workshop deleteWorkshop returned. */
    async restoreWorkshop(w: Workshop): Promise<void> {
      const valid = checked(w, 'The workshop could not be restored');
      await db.transaction('rw', docTables, () => put(valid));
    },

    /** Adds the imported workshop, as a renamed copy when its id is already here; returns what was stored. */
    async importWorkshop(w: Workshop): Promise<Workshop> {
      const valid = checked(w, 'The workshop was not imported');
      return db.transaction('rw', docTables, async () => {
        const taken = new Set((await exists(valid.id)) ? [valid.id] : []);
        const imported = prepareImport(valid, taken);
        await add(imported);
        return imported;
      });
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
      const sample = checked(sampleWorkshop(now), 'The sample workshop is not valid');
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
