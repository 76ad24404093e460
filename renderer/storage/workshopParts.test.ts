import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { validateWorkshop } from '../../shared/workshop/file';
import type { Workshop } from '../../shared/workshop/schema';
import { yearOldWorkshop } from '../../test/bench/lib/yearOld';
import { openAccordDb, type AccordDb } from './db';
import { createWorkshopRepository, InvalidWorkshopError } from './workshopRepository';

/**
 * A workshop is stored per part (workshopParts.ts): an edit writes the head, the summary and
 * the parts it changed, in one transaction; a read puts the parts together and validates all.
 */
let yearOld: Workshop;
// Made once: ~1.4 MB with 36 drawn signatures, a few seconds on a busy machine.
beforeAll(() => {
  yearOld = yearOldWorkshop({ scale: 1, seed: 7 });
}, 60_000);

let name: string;
let db: AccordDb;
beforeEach(() => {
  name = `parts-${crypto.randomUUID()}`;
  db = openAccordDb(name);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

/** Every put of the writes `fn` makes: store and key, and the transactions they ran in. */
async function recordPuts(fn: () => Promise<void>) {
  const puts: { store: string; key: unknown }[] = [];
  const transactions: string[][] = [];
  const put = IDBObjectStore.prototype.put;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
    const row = value as { id?: string; workshopId?: string; part?: string };
    puts.push({ store: this.name, key: this.name === 'workshopParts' ? [row.workshopId, row.part] : row.id });
    return put.call(this, value, key);
  });
  const transaction = IDBDatabase.prototype.transaction;
  vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (
    this: IDBDatabase,
    stores: string | Iterable<string>,
    mode?: IDBTransactionMode,
    options?: IDBTransactionOptions,
  ) {
    if (mode === 'readwrite') transactions.push((typeof stores === 'string' ? [stores] : [...stores]).sort());
    return transaction.call(this, stores, mode, options);
  });
  await fn();
  vi.restoreAllMocks();
  return { puts, transactions };
}

const renamePersona = (w: Workshop, name: string): Workshop => ({
  ...w,
  updatedAt: new Date(Date.parse(w.updatedAt) + 1000).toISOString(),
  targetBuyer: { ...w.targetBuyer, personas: w.targetBuyer.personas.map((p, i) => (i === 0 ? { ...p, name } : p)) },
});

describe('the year-old workshop', () => {
  it('is valid, and the same for the same seed', () => {
    const result = validateWorkshop(yearOld);
    expect(result.ok ? 'valid' : result.error).toBe('valid');
    expect(yearOld.feedback.periods).toHaveLength(52);
    expect(yearOld.sla.versions).toHaveLength(12);
    expect(yearOld.sla.versions.every((v) => v.signatures.length === 3)).toBe(true);
    expect(yearOld.sla.audit.length).toBeGreaterThanOrEqual(390);
    expect(yearOld.leadProcess.stages).toHaveLength(40);
    expect(JSON.stringify(yearOldWorkshop({ scale: 1, seed: 7 }))).toBe(JSON.stringify(yearOld));
  }, 60_000);
});

describe('per-part storage', () => {
  it('writes an edit to step 3 as step 3’s record, the head and the summary, in one transaction', async () => {
    const repo = createWorkshopRepository(db);
    await repo.putWorkshop(yearOld);
    const edited = renamePersona(yearOld, 'Renamed Dana');
    const { puts, transactions } = await recordPuts(() => repo.putWorkshop(edited));

    expect(transactions).toEqual([['workshopParts', 'workshopSummaries', 'workshops']]);
    expect(puts).toEqual(
      expect.arrayContaining([
        { store: 'workshopParts', key: [yearOld.id, 'targetBuyer'] },
        { store: 'workshops', key: yearOld.id },
        { store: 'workshopSummaries', key: yearOld.id },
      ]),
    );
    expect(puts).toHaveLength(3);
    // What a later session opens is the edited workshop, whole.
    expect(await createWorkshopRepository(openAccordDb(name)).getWorkshop(yearOld.id)).toEqual(edited);
  });

  it('leaves the last saved workshop readable when the computer stops in the middle of a write', async () => {
    const repo = createWorkshopRepository(db);
    await repo.putWorkshop(yearOld);
    const first = renamePersona(yearOld, 'First edit');
    await repo.putWorkshop(first);
    // The next edit changes two steps; the write dies after its first record.
    const second: Workshop = { ...renamePersona(first, 'Second edit'), commitment: { ...first.commitment, place: 'Porto' } };
    const put = IDBObjectStore.prototype.put;
    let n = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if (++n === 2) throw new DOMException('The computer stopped.', 'AbortError');
      return put.call(this, value, key);
    });
    await expect(repo.putWorkshop(second)).rejects.toThrow();
    vi.restoreAllMocks();

    expect(await createWorkshopRepository(openAccordDb(name)).getWorkshop(yearOld.id)).toEqual(first);
    // The edit after it is written whole again: nothing of the lost write is missing.
    const third: Workshop = { ...second, title: 'Third edit' };
    await repo.putWorkshop(third);
    expect(await createWorkshopRepository(openAccordDb(name)).getWorkshop(yearOld.id)).toEqual(third);
  });

  it('validates the whole workshop on reading, naming a damaged record, and leaves it as it is', async () => {
    const repo = createWorkshopRepository(db);
    await repo.putWorkshop(yearOld);
    const versions = (await db.workshopParts.get([yearOld.id, 'sla.versions']))!;
    const damaged = structuredClone(versions.value) as Workshop['sla']['versions'];
    damaged[3]!.signatures[1]!.image = 'not an image';
    await db.workshopParts.put({ ...versions, value: damaged });

    const fresh = createWorkshopRepository(openAccordDb(name));
    const read = fresh.getWorkshop(yearOld.id);
    await expect(read).rejects.toThrow(InvalidWorkshopError);
    await expect(fresh.getWorkshop(yearOld.id)).rejects.toThrow(/sla\.versions\.3\.signatures\.1\.image/);
    expect((await db.workshopParts.get([yearOld.id, 'sla.versions']))?.value).toEqual(damaged);
  });

  it('refuses an invalid edit to one step, naming the field, and writes nothing', async () => {
    const repo = createWorkshopRepository(db);
    await repo.putWorkshop(yearOld);
    const bad = { ...yearOld, goals: { ...yearOld.goals, goals: [{ ...yearOld.goals.goals[0]!, target: 'lots' }] } } as unknown as Workshop;
    const { puts } = await recordPuts(() => expect(repo.putWorkshop(bad)).rejects.toThrow(/goals\.goals\.0\.target: expected a number/));
    expect(puts).toEqual([]);
    expect(await repo.getWorkshop(yearOld.id)).toEqual(yearOld);
  });

  it('deletes every record of a workshop, and restore brings it back whole', async () => {
    const repo = createWorkshopRepository(db);
    await repo.putWorkshop(yearOld);
    const deleted = await repo.deleteWorkshop(yearOld.id);
    expect(deleted).toEqual(yearOld);
    expect((await db.workshopParts.toArray()).filter((r) => r.workshopId === yearOld.id)).toEqual([]);
    await repo.restoreWorkshop(deleted!);
    expect(await createWorkshopRepository(openAccordDb(name)).getWorkshop(yearOld.id)).toEqual(yearOld);
  });
});
