import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { migrateWorkshop, type JsonRecord } from '../../shared/workshop/migrations';
import { openAccordDb } from './db';
import { createWorkshopRepository } from './workshopRepository';
import { assemble } from './workshopParts';

/**
 * Every past database version must open with the current code, data intact. Each fixture
 * is what one Dexie version stored, with that version's store declarations, so the database
 * here is built exactly as an older Accord left it on a laptop.
 */
interface DexieFixture {
  dexieVersion: number;
  stores: Record<string, string>;
  tables: Record<string, Array<Record<string, unknown>>>;
}

/** A stored workshop as a whole: version 6 on keeps a head row and its parts (workshopParts.ts). */
function storedDoc(fixture: DexieFixture, row: Record<string, unknown>): JsonRecord {
  if (!row.parts) return row.doc as JsonRecord;
  const parts = (fixture.tables.workshopParts ?? []).filter((p) => p.workshopId === row.id);
  return assemble(row.doc, new Map(parts.map((p) => [String(p.part), p.value]))) as JsonRecord;
}

const fixtures = import.meta.glob<DexieFixture>('../../test/fixtures/dexie-v*.json', { eager: true, import: 'default' });

async function databaseAsStoredBy(fixture: DexieFixture): Promise<string> {
  const name = `fixture-v${fixture.dexieVersion}-${crypto.randomUUID()}`;
  const old = new Dexie(name);
  old.version(fixture.dexieVersion).stores(fixture.stores);
  await old.transaction('rw', old.tables, () =>
    Promise.all(Object.entries(fixture.tables).map(([table, rows]) => old.table(table).bulkAdd(rows))),
  );
  old.close();
  return name;
}

describe('Dexie fixtures', () => {
  it('has a fixture for every version, 1 to the current one', () => {
    const current = openAccordDb(`probe-${crypto.randomUUID()}`).verno;
    for (let v = 1; v <= current; v++) expect(Object.keys(fixtures)).toContain(`../../test/fixtures/dexie-v${v}.json`);
  });

  for (const [path, fixture] of Object.entries(fixtures)) {
    it(`opens ${path.split('/').pop()} with everything readable and intact`, async () => {
      const name = await databaseAsStoredBy(fixture);
      const db = openAccordDb(name);
      const repo = createWorkshopRepository(db);
      try {
        const docs = fixture.tables.workshops ?? [];
        expect(docs.length).toBeGreaterThan(0);
        for (const row of docs) {
          const doc = storedDoc(fixture, row);
          const expected = migrateWorkshop(doc, Number(doc.schemaVersion));
          if (!expected.ok) throw new Error(expected.error);
          expect(await repo.getWorkshop(String(row.id))).toEqual(expected.doc);
        }
        const summaries = await repo.listWorkshopSummaries();
        expect(summaries.map((s) => s.id).sort()).toEqual(docs.map((r) => String(r.id)).sort());
        for (const stored of fixture.tables.workshopSummaries ?? []) {
          expect(summaries.find((s) => s.id === stored.id)).toMatchObject(stored);
        }
        expect(summaries.map((s) => s.updatedAt)).toEqual(
          summaries
            .map((s) => s.updatedAt)
            .sort()
            .reverse(),
        );
        // The sample was seeded by that version, so it must not be seeded again.
        expect(await repo.ensureSampleWorkshop()).toBe(false);
      } finally {
        await db.delete();
      }
    });
  }
});

describe('the version 4 upgrade', () => {
  it('notes every trail a version 3 database held, so the app can vouch for it once, and nothing else', async () => {
    const v3 = fixtures['../../test/fixtures/dexie-v3.json']!;
    const name = await databaseAsStoredBy(v3);
    const db = openAccordDb(name);
    try {
      await db.open();
      const notes = (await db.meta.toArray()).filter((r) => r.key.startsWith('auditAdopt:'));
      // As migrated: a trail that only said the draft was created is cleared, and nothing is left to vouch for.
      const migrated = (v3.tables.workshops ?? []).map((r) => {
        const m = migrateWorkshop(r.doc as JsonRecord, 3);
        if (!m.ok) throw new Error(m.error);
        return { id: String(r.id), audit: (m.doc.sla as { audit: { hash: string }[] }).audit };
      });
      const withTrail = migrated.filter((r) => r.audit.length > 0);
      expect(withTrail.length).toBeGreaterThan(0);
      expect(notes.map((n) => n.key).sort()).toEqual(withTrail.map((r) => `auditAdopt:${r.id}`).sort());
      for (const { id, audit } of withTrail) {
        expect(notes.find((n) => n.key === `auditAdopt:${id}`)?.value).toEqual({ to: audit.length, head: audit.at(-1)!.hash });
      }
    } finally {
      await db.delete();
    }
  });
});
