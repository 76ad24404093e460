import { describe, expect, it } from 'vitest';
import { migrateWorkshop, WORKSHOP_MIGRATIONS, type JsonRecord, type WorkshopMigration } from './migrations';
import { SCHEMA_VERSION, workshopSchema } from './schema';

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

describe('the v1 → v2 step', () => {
  it('gives a v1 workshop empty steps 3–6 and 8–10 and keeps everything it had', async () => {
    const { readFileSync } = await import('node:fs');
    const fixture = JSON.parse(readFileSync('test/fixtures/workshop-v1.json', 'utf8')) as JsonRecord;
    const r = migrateWorkshop(fixture, 1);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const parsed = workshopSchema.parse(r.doc);
    expect(parsed.schemaVersion).toBe(2);
    expect(parsed.targetBuyer.personas).toEqual([]);
    expect(parsed.leadProcess.stages).toEqual([]);
    expect(parsed.qualifiedLead.mqlThreshold).toBeGreaterThan(0);
    expect(parsed.handOff.followUp).toEqual([]);
    const { schemaVersion: _a, ...before } = fixture;
    expect(parsed.metrics.metrics).toEqual([]);
    expect(parsed.facilitation.actionItems).toEqual([]);
    const { schemaVersion: _b, targetBuyer: _t, leadProcess: _l, qualifiedLead: _q, handOff: _h, metrics: _m, technology: _tc, feedback: _f, facilitation: _fa, ...after } = parsed;
    expect(after).toEqual(before);
  });
});
