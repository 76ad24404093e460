import Dexie, { type EntityTable, type Table } from 'dexie';
import type { JsonRecord } from '../../shared/workshop/migrations';
import { adoptionKey } from './trustStore';

/**
 * One stored workshop. `doc` is typed `unknown` on purpose: it was written by whichever
 * version of Accord last saved it, so it is validated on every read, never trusted.
 */
export interface WorkshopRow {
  id: string;
  doc: unknown;
  /**
   * From version 6 on: `doc` is the workshop's head (title, dates, progress) and these name its
   * records in `workshopParts` (renderer/storage/workshopParts.ts); reads put them back together.
   * Absent: `doc` is the whole workshop, as versions 1–5 wrote it (a row moves to the per-part
   * form at its next write).
   */
  parts?: readonly string[];
}

/** One step of a workshop, or one list of a step that grows with the years (e.g. 'sla.versions'). */
export interface WorkshopPartRow {
  workshopId: string;
  part: string;
  value: unknown;
}

/**
 * What the home list shows, derived from the doc and written in the same transaction.
 * It lives in its own table so that listing never reads a doc: in Chromium, reading 1,000
 * rows that carry a 4 KB doc took 75 ms against 7 ms for these rows alone (about 490 ms once
 * docs carry signature images), and the home list has 100 ms to render.
 */
export interface WorkshopSummaryRow {
  id: string;
  title: string;
  clientCompany: string;
  facilitator: string;
  /** `commitment.workshopDate`: YYYY-MM-DD, or '' while not chosen. */
  workshopDate: string;
  /** Distinct completed steps, out of STEP_IDS.length. */
  progress: number;
  /** The doc's `updatedAt` normalised to UTC, so that the index's string order is time order. */
  updatedAt: string;
}

/**
 * Small app-wide facts, e.g. that the sample was seeded once (so a deleted sample stays deleted),
 * the trusted sealers, browser mode's seal key (a non-extractable CryptoKey, stored as one).
 */
export interface MetaRow {
  key: string;
  value: unknown;
}

export type AccordDb = Dexie & {
  workshops: EntityTable<WorkshopRow, 'id'>;
  workshopSummaries: EntityTable<WorkshopSummaryRow, 'id'>;
  workshopParts: Table<WorkshopPartRow, [string, string]>;
  meta: EntityTable<MetaRow, 'key'>;
};

/**
 * Version history of the database. A laptop's database stays at whatever version its last
 * run left it, and Dexie upgrades it step by step from there, so a version that has shipped is
 * never edited, only followed by a new one. To change the stores or reshape stored docs:
 *
 *   db.version(2)
 *     .stores({ workshopSummaries: 'id, updatedAt, clientCompany, workshopDate' }) // only what changes
 *     .upgrade(async (tx) => {
 *       // e.g. when SCHEMA_VERSION moves on: run shared/workshop/migrations.ts over every doc,
 *       // then rebuild its summary row (summaries are derived, so they can always be rebuilt).
 *     });
 *
 * and freeze what version 2 stores as test/fixtures/dexie-v2.json, beside dexie-v1.json:
 * dexieFixtures.test.ts opens every such fixture with the current code.
 */
export function openAccordDb(name = 'accord'): AccordDb {
  const db = new Dexie(name) as AccordDb;
  db.version(1).stores({
    workshops: 'id',
    workshopSummaries: 'id, updatedAt, clientCompany',
    meta: 'key',
  });
  // v2: workshop docs gain steps 3–6 (schemaVersion 2). Stores are unchanged; docs are
  // carried forward with the same migrations that files use, pinned to version 2.
  db.version(2)
    .stores({})
    .upgrade((tx) => upgradeDocsTo(tx.table('workshops'), 2));
  // v3: step 7 gets versions, an audit trail, clauses and the calculator (schemaVersion 3);
  // signatures stored by v2 become a signed version 1 with the same fingerprint.
  db.version(3)
    .stores({})
    .upgrade((tx) => upgradeDocsTo(tx.table('workshops'), 3));
  // v4: step 7's audit trail gets seals (schemaVersion 4). A trail this database already held
  // was recorded on this computer: it is noted, so that the app vouches for it with its own key
  // the next time the workshop opens (an "adopted" seal). A file imported later never is.
  db.version(4)
    .stores({})
    .upgrade(async (tx) => {
      await upgradeDocsTo(tx.table('workshops'), 4);
      await noteTrailsToAdopt(tx.table('workshops'), tx.table('meta'));
    });
  // v5: the SLA's numbers and definitions (schemaVersion 5): periods and volumes converted
  // exactly, the qualified-lead definition carried into the signed content, signing states
  // made one. A signed version keeps the text and hash it was signed with.
  db.version(5)
    .stores({})
    .upgrade((tx) => upgradeDocsTo(tx.table('workshops'), 5));
  // v6: a workshop is stored per part (renderer/storage/workshopParts.ts), so an edit writes
  // the step it changed, not the whole year of signatures and actuals. Rows stay as they are
  // and move to the per-part form at their next write: the upgrade itself reads nothing, so a
  // database full of year-old workshops opens as fast as an empty one.
  db.version(6).stores({ workshopParts: '[workshopId+part]' });
  return db;
}

async function noteTrailsToAdopt(workshops: Table<WorkshopRow, string>, meta: Table<MetaRow, string>): Promise<void> {
  const rows = await workshops.toArray();
  for (const row of rows) {
    const sla = (row.doc as { sla?: { audit?: { hash?: unknown }[]; seals?: unknown[] } } | null)?.sla;
    const audit = Array.isArray(sla?.audit) ? sla.audit : [];
    const head = audit.at(-1)?.hash;
    if (audit.length === 0 || typeof head !== 'string' || (Array.isArray(sla?.seals) && sla.seals.length > 0)) continue;
    await meta.put({ key: adoptionKey(row.id), value: { to: audit.length, head } });
  }
}

/**
 * Migrates every stored doc below `version` up to it. A doc that cannot be migrated is left as
 * it was (reads then report it, naming the problem) rather than failing the whole upgrade and
 * locking the facilitator out of every other workshop.
 */
async function upgradeDocsTo(workshops: Table<WorkshopRow, string>, version: number): Promise<void> {
  // The migrations (and the schema they pull in) are needed only on the run that upgrades, so
  // they are not part of every start. waitFor keeps the upgrade transaction open meanwhile.
  const { migrateWorkshop } = await Dexie.waitFor(import('../../shared/workshop/migrations'));
  await workshops.toCollection().modify((row) => {
    const doc = row.doc as JsonRecord | null;
    const from = typeof doc?.schemaVersion === 'number' ? doc.schemaVersion : null;
    if (!doc || from === null || from >= version) return;
    const migrated = migrateWorkshop(doc, from, undefined, version);
    if (migrated.ok) row.doc = migrated.doc;
  });
}
