import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../electron/launcher/staticServer';
import { migrateWorkshop, type JsonRecord } from '../../shared/workshop/migrations';
import { SAMPLE_WORKSHOP_ID } from '../../shared/workshop/sample';
import { assemble } from '../../renderer/storage/workshopParts';
import { RENDERER_DIR } from '../e2e/harness';
import { importViaUi } from '../bench/lib/appActions';
import { buildOldDatabase, readTable, type DexieFixture } from './support/oldDatabase';
import { openSession, type Session } from './support/session';

/**
 * End to end, in Chromium: a database exactly as each older Accord left it (test/fixtures/
 * dexie-v*.json), and every workshop file version (test/fixtures/workshop-*.json), opened by
 * the current build. Nothing may be lost: stored docs must equal the fixture carried forward
 * by the migrations, and every workshop must list and open showing its data.
 */
const FIXTURES = resolve('test/fixtures');
const dexieFixtures = readdirSync(FIXTURES).filter((f) => /^dexie-v\d+\.json$/.test(f));
const fileFixtures = readdirSync(FIXTURES).filter((f) => /^workshop-.*\.json$/.test(f));
const load = <T>(f: string) => JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')) as T;
const expectedDoc = (doc: JsonRecord) => {
  const m = migrateWorkshop(doc, Number(doc.schemaVersion));
  if (!m.ok) throw new Error(m.error);
  return m.doc;
};

let server: StaticServer;
beforeAll(async () => {
  server = await startStaticServer(RENDERER_DIR);
});
afterAll(() => server?.close());

async function opensWithItsData(app: Session, doc: JsonRecord) {
  const { page } = app;
  await page.evaluate((id) => (location.hash = `#/w/${encodeURIComponent(id)}/commitment`), String(doc.id));
  await page.locator('#step-title').or(page.locator('.callout-danger[role="alert"]')).first().waitFor();
  expect(await page.locator('.callout-danger[role="alert"]').count(), `workshop ${String(doc.id)} shows an error`).toBe(0);
  expect(await page.getByLabel('Client company').inputValue()).toBe(doc.clientCompany);
  expect(await page.getByLabel('Workshop title').inputValue()).toBe(doc.title);
  expect(await page.getByLabel('Place', { exact: true }).inputValue()).toBe((doc.commitment as JsonRecord).place);
}

describe('databases left by older versions of Accord', () => {
  it.each(dexieFixtures)('%s opens with every workshop listed, opening and intact', async (name) => {
    const fixture = load<DexieFixture>(name);
    const app = await openSession(server, { path: null });
    try {
      // A same-origin page without the app, so the old database is built before the app opens it.
      await app.context.route(`${server.url}__old`, (r) =>
        r.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>old</title>' }),
      );
      await app.page.goto(`${server.url}__old`);
      await buildOldDatabase(app.page, fixture);
      await app.page.goto(server.url);

      const docs = (fixture.tables.workshops ?? []).map((r) => r.doc as JsonRecord);
      const rows = app.page.locator('.home-table tbody tr');
      await rows.first().waitFor();
      expect(await rows.count()).toBe(docs.length); // the sample was seeded back then: not again
      for (const doc of docs)
        await app.page.getByRole('button', { name: String(doc.clientCompany) || 'Untitled client', exact: true }).waitFor();

      const stored = await readTable(app.page, 'workshops');
      for (const doc of docs) expect(stored.find((r) => r.id === doc.id)?.doc, `doc ${String(doc.id)}`).toEqual(expectedDoc(doc));
      const summaries = await readTable(app.page, 'workshopSummaries');
      for (const s of fixture.tables.workshopSummaries ?? []) expect(summaries.find((r) => r.id === s.id)).toMatchObject(s);

      // From version 6 on a row may hold the head only, its steps in workshopParts: open it whole.
      const whole = (doc: JsonRecord) => {
        const parts = (fixture.tables.workshopParts ?? []).filter((p) => p.workshopId === doc.id);
        return parts.length ? (assemble(doc, new Map(parts.map((p) => [String(p.part), p.value]))) as JsonRecord) : doc;
      };
      for (const doc of docs) await opensWithItsData(app, whole(doc));
      console.log(
        `Migrations: ${name} (Dexie v${fixture.dexieVersion}) → current: ${docs.length} workshops listed, opened and equal to the migrated fixture`,
      );
      expect(app.problems).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe('workshop files of every schema version', () => {
  it.each(fileFixtures)('%s imports with nothing lost, and exports back identical to its migration', async (name) => {
    const doc = load<JsonRecord>(name);
    const app = await openSession(server);
    try {
      const { page } = app;
      // The fixtures reuse the sample's id; without the sample here the import keeps that id.
      if (doc.id === SAMPLE_WORKSHOP_ID) {
        await page.getByRole('button', { name: 'Delete Northwind Analytics' }).click();
        await page.getByRole('button', { name: 'New workshop' }).last().waitFor();
      }
      await importViaUi(page, { name, buffer: readFileSync(join(FIXTURES, name)) });
      await page.locator('.toast').filter({ hasText: 'Imported' }).waitFor();
      await opensWithItsData(app, doc);

      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export workshop file' }).click();
      const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as { workshop: JsonRecord };
      expect(exported.workshop).toEqual(expectedDoc(doc));
      console.log(
        `Migrations: ${name} (schemaVersion ${String(doc.schemaVersion)}) imported through the UI, opened, exported back equal to its migration`,
      );
      expect(app.problems).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
