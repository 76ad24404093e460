import { describe, expect, it } from 'vitest';
import { migrateWorkshop, WORKSHOP_MIGRATIONS, type WorkshopMigration } from './migrations';
import { SCHEMA_VERSION } from './schema';

describe('workshop migrations', () => {
  it('form one unbroken chain ending at SCHEMA_VERSION', () => {
    const froms = WORKSHOP_MIGRATIONS.map((m) => m.from);
    const expected = froms.length === 0 ? [] : Array.from({ length: froms.length }, (_, i) => SCHEMA_VERSION - froms.length + i);
    expect(froms).toEqual(expected);
  });

  it('run in order, each stamping its target version', () => {
    const steps: WorkshopMigration[] = [
      { from: 1, change: 'b', up: (d) => ({ ...d, trail: `${String(d.trail)}>2` }) },
      { from: 0, change: 'a', up: (d) => ({ ...d, trail: `${String(d.trail)}>1` }) },
    ];
    expect(migrateWorkshop({ schemaVersion: 0, trail: '0' }, 0, steps, 2)).toEqual({
      ok: true,
      doc: { schemaVersion: 2, trail: '0>1>2' },
    });
    expect(migrateWorkshop({ schemaVersion: 1, trail: '1' }, 1, steps, 2)).toEqual({ ok: true, doc: { schemaVersion: 2, trail: '1>2' } });
  });

  it('leave a current document as it is', () => {
    const doc = { schemaVersion: SCHEMA_VERSION, title: 'x' };
    expect(migrateWorkshop(doc, SCHEMA_VERSION)).toEqual({ ok: true, doc });
  });

  it('never change the caller object, even when a step mutates its argument', () => {
    const doc = { schemaVersion: 0, nested: { a: 1 } };
    const steps: WorkshopMigration[] = [
      {
        from: 0,
        change: 'mutates',
        up: (d) => {
          (d.nested as { a: number }).a = 2;
          return d;
        },
      },
    ];
    expect(migrateWorkshop(doc, 0, steps, 1)).toEqual({ ok: true, doc: { schemaVersion: 1, nested: { a: 2 } } });
    expect(doc).toEqual({ schemaVersion: 0, nested: { a: 1 } });
  });

  it('say which version cannot be upgraded when a step is missing', () => {
    const result = migrateWorkshop({ schemaVersion: 0 }, 0, [], 1);
    expect(result).toEqual({ ok: false, error: 'This file uses schemaVersion 0, which this version of Accord cannot upgrade (it reads 1).' });
  });

  it('turn a step that throws into a message', () => {
    const steps: WorkshopMigration[] = [
      {
        from: 0,
        change: 'needs goals',
        up: () => {
          throw new Error('goals must be a list.');
        },
      },
    ];
    expect(migrateWorkshop({ schemaVersion: 0 }, 0, steps, 1)).toEqual({
      ok: false,
      error: 'The workshop could not be upgraded from schemaVersion 0 to 1: goals must be a list.',
    });
  });
});
