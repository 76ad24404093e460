import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newWorkshop } from '../../shared/workshop/factory';
import { parseWorkshopFile, serializeWorkshopFile } from '../../shared/workshop/file';
import { SAMPLE_WORKSHOP_ID, sampleWorkshop } from '../../shared/workshop/sample';
import type { Workshop } from '../../shared/workshop/schema';
import { openAccordDb, type AccordDb } from './db';
import { createWorkshopRepository, InvalidWorkshopError, type WorkshopRepository } from './workshopRepository';

let db: AccordDb;
let repo: WorkshopRepository;

beforeEach(() => {
  db = openAccordDb(`test-${crypto.randomUUID()}`);
  repo = createWorkshopRepository(db);
});
afterEach(() => db.delete());

const at = (iso: string) => new Date(iso);
const withTarget = (w: Workshop, target: unknown): unknown => ({
  ...w,
  goals: { ...w.goals, goals: [{ ...w.goals.goals[0], target }] },
});
const rawRow = async (id: string) => JSON.stringify(await db.workshops.get(id));

describe('workshop repository', () => {
  it('gets back exactly what was put', async () => {
    const w = sampleWorkshop(at('2026-11-01T10:00:00Z'));
    await repo.putWorkshop(w);
    expect(await repo.getWorkshop(w.id)).toEqual(w);
    expect(await repo.getWorkshop('no-such-id')).toBeUndefined();
  });

  it('refuses an invalid doc, naming the field, and writes nothing', async () => {
    const w = sampleWorkshop();
    const bad = withTarget(w, 'lots') as Workshop;
    await expect(repo.putWorkshop(bad)).rejects.toThrow(InvalidWorkshopError);
    await expect(repo.putWorkshop(bad)).rejects.toThrow(/goals\.goals\.0\.target: expected a number, got "lots"/);
    expect(await db.workshops.count()).toBe(0);
    expect(await db.workshopSummaries.count()).toBe(0);

    await repo.putWorkshop(w);
    const before = await rawRow(w.id);
    await expect(repo.putWorkshop({ ...w, title: 'x'.repeat(500) })).rejects.toThrow(/title: expected at most 200 characters/);
    expect(await rawRow(w.id)).toBe(before);
  });

  it('reports a stored doc that no longer validates, keeps it listed and leaves it untouched', async () => {
    const w = sampleWorkshop();
    await repo.putWorkshop(w);
    await db.workshops.put({ id: w.id, doc: withTarget(w, 'damaged') });
    const before = await rawRow(w.id);

    await expect(repo.getWorkshop(w.id)).rejects.toThrow(/cannot be opened: goals\.goals\.0\.target: expected a number/);
    expect((await repo.listWorkshopSummaries()).map((s) => s.id)).toEqual([w.id]);
    await expect(repo.importWorkshop(w)).resolves.toMatchObject({ title: `${w.title} (imported)` });
    expect(await repo.ensureSampleWorkshop()).toBe(false);
    expect(await rawRow(w.id)).toBe(before);
  });

  it('deletes returning the doc, and restore brings it back identical', async () => {
    const w = sampleWorkshop(at('2026-11-02T10:00:00Z'));
    await repo.putWorkshop(w);
    const before = await rawRow(w.id);

    const deleted = await repo.deleteWorkshop(w.id);
    expect(deleted).toEqual(w);
    expect(await repo.getWorkshop(w.id)).toBeUndefined();
    expect(await repo.listWorkshopSummaries()).toEqual([]);

    await repo.restoreWorkshop(deleted!);
    expect(await rawRow(w.id)).toBe(before);
    expect(await repo.getWorkshop(w.id)).toEqual(w);
    expect(await repo.listWorkshopSummaries()).toHaveLength(1);
    expect(await repo.deleteWorkshop('no-such-id')).toBeUndefined();
  });

  it('lists summaries newest first with their fields and progress out of the ten steps', async () => {
    const old = newWorkshop({ title: 'Kick-off', clientCompany: 'Acme', facilitator: 'Bo' }, at('2026-01-01T08:00:00Z'));
    const mid = { ...sampleWorkshop(at('2026-03-01T08:00:00Z')) };
    // An offset timestamp that is later in time than `mid` although it sorts earlier as text.
    const latest: Workshop = { ...newWorkshop({ title: 'Review' }, at('2026-02-01T00:00:00Z')), updatedAt: '2026-03-01T09:30:00+01:00' };
    latest.completedSteps = ['commitment', 'goals', 'sla', 'goals'];
    for (const w of [old, latest, mid]) await repo.putWorkshop(w);

    const list = await repo.listWorkshopSummaries();
    expect(list.map((s) => s.id)).toEqual([latest.id, mid.id, old.id]);
    expect(list[2]).toEqual({
      id: old.id,
      title: 'Kick-off',
      clientCompany: 'Acme',
      facilitator: 'Bo',
      workshopDate: '2026-01-01',
      progress: 0,
      updatedAt: '2026-01-01T08:00:00.000Z',
      isSample: false,
    });
    expect(list[0]).toMatchObject({ progress: 3, updatedAt: '2026-03-01T08:30:00.000Z', isSample: false });
    expect(list[1]).toMatchObject({ progress: 2, isSample: true, workshopDate: '2026-12-03' });
  });

  it('follows edits in the summary', async () => {
    const w = newWorkshop({ title: 'Draft' }, at('2026-01-01T08:00:00Z'));
    await repo.putWorkshop(w);
    await repo.putWorkshop({ ...w, title: 'Final', completedSteps: ['commitment'], updatedAt: '2026-01-02T08:00:00.000Z' });
    expect(await repo.listWorkshopSummaries()).toMatchObject([{ title: 'Final', progress: 1, updatedAt: '2026-01-02T08:00:00.000Z' }]);
  });

  it('inserts the sample once, and never again after the facilitator deleted it', async () => {
    expect(await repo.ensureSampleWorkshop()).toBe(true);
    expect(await repo.ensureSampleWorkshop()).toBe(false);
    expect((await repo.listWorkshopSummaries()).filter((s) => s.isSample)).toHaveLength(1);

    await repo.deleteWorkshop(SAMPLE_WORKSHOP_ID);
    expect(await repo.ensureSampleWorkshop()).toBe(false);
    expect(await repo.getWorkshop(SAMPLE_WORKSHOP_ID)).toBeUndefined();
  });

  it('never overwrites an existing workshop on import', async () => {
    const original = sampleWorkshop(at('2026-11-03T10:00:00Z'));
    await repo.putWorkshop(original);
    const before = await rawRow(original.id);

    const edited = { ...original, facilitator: 'Someone else', title: 'Changed elsewhere' };
    const parsed = parseWorkshopFile(serializeWorkshopFile(edited));
    if (!parsed.ok) throw new Error(parsed.error);
    const imported = await repo.importWorkshop(parsed.workshop);

    expect(await rawRow(original.id)).toBe(before);
    expect(imported.id).not.toBe(original.id);
    expect(imported.title).toBe('Changed elsewhere (imported)');
    expect(await repo.getWorkshop(imported.id)).toEqual(imported);
    expect(await repo.listWorkshopSummaries()).toHaveLength(2);
  });

  it('compares an import with what is here: new, the same content, different, or a stored row it cannot read', async () => {
    const here = sampleWorkshop(at('2026-11-03T10:00:00Z'));
    expect(await repo.compareImport(here)).toEqual({ status: 'new' });
    await repo.putWorkshop(here);
    // The same file brought back (exported, carried round, re-read): identical, even saved later.
    const file = parseWorkshopFile(serializeWorkshopFile({ ...here, updatedAt: '2026-11-04T08:00:00.000Z' }));
    if (!file.ok) throw new Error(file.error);
    expect(await repo.compareImport(file.workshop)).toEqual({ status: 'identical', existing: here });
    expect(await repo.compareImport({ ...here, title: 'Changed on the other laptop' })).toEqual({ status: 'differs', existing: here });
    await db.workshops.put({ id: here.id, doc: withTarget(here, 'damaged') });
    expect(await repo.compareImport(here)).toEqual({ status: 'unreadable' });
  });

  it('replaces a workshop with the imported one, doc and summary, and refuses an invalid one without writing', async () => {
    const here = sampleWorkshop(at('2026-11-03T10:00:00Z'));
    await repo.putWorkshop(here);
    const newer = { ...here, title: 'Signed on the other laptop', updatedAt: '2026-11-05T10:00:00.000Z' };
    expect(await repo.replaceWorkshop(newer)).toEqual(newer);
    expect(await repo.getWorkshop(here.id)).toEqual(newer);
    expect(await repo.listWorkshopSummaries()).toMatchObject([
      { id: here.id, title: 'Signed on the other laptop', updatedAt: '2026-11-05T10:00:00.000Z' },
    ]);
    const before = await rawRow(here.id);
    await expect(repo.replaceWorkshop(withTarget(newer, 'lots') as Workshop)).rejects.toThrow(/not imported: goals\.goals\.0\.target/);
    expect(await rawRow(here.id)).toBe(before);
    expect(await db.workshops.count()).toBe(1);
  });

  it('keeps the id of an import that does not collide', async () => {
    const w = newWorkshop({ title: 'From the other laptop' });
    expect(await repo.importWorkshop(w)).toEqual(w);
    expect(await repo.getWorkshop(w.id)).toEqual(w);
  });

  it('on an open database (the autosave path), writes the doc and its summary together', async () => {
    await db.open(); // autosave's path: the app's connection is open
    const w = sampleWorkshop(at('2026-11-01T10:00:00Z'));
    await repo.putWorkshop(w);
    const edited = { ...w, title: 'Renamed in the room', updatedAt: '2026-11-02T09:00:00.000Z' };
    await repo.prepareWorkshop(edited);
    await repo.putWorkshop(edited);
    expect(await repo.getWorkshop(w.id)).toEqual(edited);
    expect((await repo.listWorkshopSummaries()).find((s) => s.id === w.id)).toMatchObject({
      title: 'Renamed in the room',
      updatedAt: '2026-11-02T09:00:00.000Z',
    });
  });
});
