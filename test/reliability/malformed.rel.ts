import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../electron/launcher/staticServer';
import { openAccordDb, type AccordDb } from '../../renderer/storage/db';
import { createWorkshopRepository, InvalidWorkshopError, type WorkshopRepository } from '../../renderer/storage/workshopRepository';
import { newParticipant, newWorkshop } from '../../shared/workshop/factory';
import { parseWorkshopFile, serializeWorkshopFile } from '../../shared/workshop/file';
import { sampleWorkshop } from '../../shared/workshop/sample';
import { RENDERER_DIR } from '../e2e/harness';
import { importViaUi } from '../bench/lib/appActions';
import { badFile, isOneSentence, type BadFile, type BadKind } from './support/badWorkshops';
import { openSession } from './support/session';

/**
 * Bad workshop files go through what the UI's import does (renderer/app/fileActions.ts:
 * bytes → TextDecoder → parseWorkshopFile → repository.importWorkshop, the latter only for a
 * file that parsed), on a real IndexedDB (fake-indexeddb) that already holds workshops.
 * Every file must be refused with one sentence naming the problem, and the database must be
 * exactly as it was. A handful then go through the real import button in Chromium.
 */
const RUNS = Number(process.env.ACCORD_MALFORMED_RUNS ?? 1200);

async function snapshot(db: AccordDb) {
  return { workshops: await db.workshops.toArray(), summaries: await db.workshopSummaries.toArray(), meta: await db.meta.toArray() };
}

/** The UI's import, minus the toast and the navigation; returns the refusal, or null if it imported. */
async function importLikeTheUi(repo: WorkshopRepository, bytes: Uint8Array): Promise<string | null> {
  const parsed = parseWorkshopFile(new TextDecoder().decode(bytes));
  if (!parsed.ok) return parsed.error;
  try {
    await repo.importWorkshop(parsed.workshop);
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

describe('malformed workshop files', () => {
  let db: AccordDb;
  let repo: WorkshopRepository;
  beforeAll(async () => {
    db = openAccordDb(`malformed-${crypto.randomUUID()}`);
    repo = createWorkshopRepository(db);
    await repo.ensureSampleWorkshop(new Date('2026-11-01T09:00:00Z'));
    const a = newWorkshop({ title: 'Pipeline reset', clientCompany: 'Contoso Retail', facilitator: 'Ana Ribeiro' });
    a.commitment.participants.push(newParticipant({ name: 'Joana Lima', role: 'CMO', team: 'marketing' }));
    await repo.putWorkshop(a);
    await repo.putWorkshop(newWorkshop({ title: '年度对齐', clientCompany: '东方科技', language: 'zh-CN' }));
    // The sample again, imported: becomes a renamed copy beside the original.
    await repo.importWorkshop(sampleWorkshop(new Date('2026-11-02T09:00:00Z')));
  });
  afterAll(() => db.delete());

  it(`refuses ${RUNS} generated bad files, naming the problem, and changes nothing`, async () => {
    const before = await snapshot(db);
    expect(before.workshops).toHaveLength(4);
    const counts = new Map<BadKind, number>();
    const failures: string[] = [];
    await fc.assert(
      fc.asyncProperty(badFile, async (f: BadFile) => {
        counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
        const refusal = await importLikeTheUi(repo, f.bytes);
        const named = typeof f.mustName === 'string' ? refusal?.includes(f.mustName) : f.mustName.test(refusal ?? '');
        if (refusal === null || !isOneSentence(refusal) || !named) {
          failures.push(
            `${f.kind} (must name ${String(f.mustName)}): ${refusal === null ? 'IMPORTED' : JSON.stringify(refusal.slice(0, 300))}`,
          );
        }
        // The repository guards on its own too: a broken document handed to it directly is refused.
        if (f.doc !== undefined) {
          const direct = await repo.importWorkshop(f.doc as never).then(
            () => null,
            (e: unknown) => e,
          );
          if (!(direct instanceof InvalidWorkshopError) || !direct.message)
            failures.push(`${f.kind}: importWorkshop accepted a broken document`);
        }
      }),
      { numRuns: RUNS },
    );
    const after = await snapshot(db);
    const refused = RUNS - failures.filter((m) => m.includes('IMPORTED')).length;
    console.log(
      `Malformed workshop files: ${RUNS} generated (${[...counts].map(([k, n]) => `${k} ${n}`).join(', ')}), ${refused} refused (${((100 * refused) / RUNS).toFixed(1)} %), ${failures.length} without a one-sentence message naming the problem, existing workshops changed: ${JSON.stringify(after) === JSON.stringify(before) ? 0 : 'some'}, rows added: ${after.workshops.length - before.workshops.length}`,
    );
    expect(failures.slice(0, 10)).toEqual([]);
    expect(after).toEqual(before);
  });
});

describe('malformed workshop files through the import button', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer(RENDERER_DIR);
  });
  afterAll(() => server?.close());

  it('shows an error toast naming the problem and adds no row', async () => {
    const app = await openSession(server);
    try {
      const { page } = app;
      await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).waitFor();
      const good = JSON.parse(serializeWorkshopFile(sampleWorkshop())) as { workshop: Record<string, unknown> };
      const cases: [string, string | Buffer, RegExp][] = [
        ['notes.accord', 'Meeting notes, not JSON', /not valid JSON/],
        ['truncated.accord', serializeWorkshopFile(sampleWorkshop()).slice(0, 900), /not valid JSON/],
        ['future.accord', JSON.stringify({ ...good, schemaVersion: 99 }), /newer version of Accord/],
        [
          'missing.accord',
          JSON.stringify({ ...good, workshop: { ...good.workshop, clientCompany: undefined } }),
          /clientCompany: .*missing/,
        ],
        [
          'huge.accord',
          JSON.stringify({ ...good, workshop: { ...good.workshop, title: 'x'.repeat(1_000_000) } }),
          /title: expected at most 200 characters/,
        ],
        [
          'deep.accord',
          JSON.stringify({ ...good, workshop: { ...good.workshop, facilitator: '§' } }).replace(
            '"§"',
            '['.repeat(50_000) + ']'.repeat(50_000),
          ),
          /facilitator: expected text, got a list/,
        ],
        ['binary.accord', Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x7b, 0x22]), /not valid JSON/],
      ];
      for (const [name, content, message] of cases) {
        await importViaUi(page, { name, buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
        const toast = page.locator('.toast-error').filter({ hasText: `“${name}” was not imported.` });
        await toast.waitFor();
        const text = (await toast.locator('.toast-text').textContent()) ?? '';
        expect(text).toMatch(message);
        await toast.getByRole('button', { name: 'Dismiss' }).click();
        await toast.waitFor({ state: 'detached' });
        expect(await page.locator('.home-table tbody tr').count()).toBe(1);
      }
      console.log(`Malformed files through the import button: ${cases.length} refused with an error toast, 0 rows added`);
      expect(app.problems).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
