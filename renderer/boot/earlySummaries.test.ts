import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { newWorkshop } from '../../shared/workshop/factory';
import { openAccordDb } from '../storage/db';
import { createWorkshopRepository } from '../storage/workshopRepository';
import { EARLY_DB_VERSION, readSummariesEarly } from './earlySummaries';

const exists = async (name: string) => (await indexedDB.databases()).some((d) => d.name === name);

describe('early read of the home list', () => {
  it('expects the version Dexie gives the current schema', () => {
    expect(openAccordDb(`probe-${crypto.randomUUID()}`).verno * 10).toBe(EARLY_DB_VERSION);
  });

  it('gives the rows storage would list, newest first', async () => {
    const name = `early-${crypto.randomUUID()}`;
    const db = openAccordDb(name);
    const repo = createWorkshopRepository(db);
    await repo.putWorkshop({ ...newWorkshop({ title: 'Older' }), updatedAt: '2026-11-01T10:00:00.000Z' });
    await repo.putWorkshop({ ...newWorkshop({ title: 'Newer' }), updatedAt: '2026-11-20T10:00:00.000Z' });
    const listed = (await repo.listWorkshopSummaries()).map(({ isSample: _isSample, ...row }) => row);
    const early = await readSummariesEarly(indexedDB, name);
    expect(early?.map((r) => r.title)).toEqual(['Newer', 'Older']);
    expect(early).toEqual(listed);
    // Its connection is closed again, so nothing stands in the way of a later upgrade.
    db.close();
    await Dexie.delete(name);
    expect(await exists(name)).toBe(false);
  });

  it('leaves a first run to Dexie: nothing to read, and no database created', async () => {
    const name = `early-none-${crypto.randomUUID()}`;
    expect(await readSummariesEarly(indexedDB, name)).toBeNull();
    expect(await exists(name)).toBe(false);
  });

  it('leaves an older database to Dexie, which upgrades it', async () => {
    const name = `early-old-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(2).stores({ workshops: 'id', workshopSummaries: 'id, updatedAt, clientCompany', meta: 'key' });
    await old.open();
    old.close();
    expect(await readSummariesEarly(indexedDB, name)).toBeNull();
    await Dexie.delete(name);
  });
});
