import { describe, expect, it } from 'vitest';
import { migrateWorkshop, WORKSHOP_MIGRATIONS, type JsonRecord, type WorkshopMigration } from './migrations';
import { SCHEMA_VERSION, workshopSchema } from './schema';
import { sampleWorkshop } from './sample';
import { verifyAuditChain } from '../sla/audit';
import { knownSlaVersions, signingState, versionIntact } from '../sla/versions';

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
    expect(result).toEqual({
      ok: false,
      error: 'This file uses schemaVersion 0, which this version of Accord cannot upgrade (it reads 1).',
    });
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
    expect(parsed.schemaVersion).toBe(SCHEMA_VERSION);
    expect(parsed.targetBuyer.personas).toEqual([]);
    expect(parsed.leadProcess.stages).toEqual([]);
    expect(parsed.qualifiedLead.mqlThreshold).toBeGreaterThan(0);
    expect(parsed.handOff.followUp).toEqual([]);
    const { schemaVersion: _a, ...before } = fixture;
    expect(parsed.metrics.metrics).toEqual([]);
    expect(parsed.facilitation.actionItems).toEqual([]);
    const {
      schemaVersion: _b,
      targetBuyer: _t,
      leadProcess: _l,
      qualifiedLead: _q,
      handOff: _h,
      metrics: _m,
      technology: _tc,
      feedback: _f,
      facilitation: _fa,
      sla: slaAfter,
      ...after
    } = parsed;
    const { sla: slaBefore, ...beforeRest } = before as JsonRecord & { sla: JsonRecord };
    // Since schemaVersion 5 an agreement also carries the SHA-256 of what was agreed to; when it was given is as recorded.
    const agreedAt = Object.fromEntries(Object.entries(after.commitment.agreements).map(([id, a]) => [id, a.at]));
    const team = (a: (typeof after.goals.agreement)['sales']) => (a ? { by: a.by, at: a.at } : null);
    expect({
      ...after,
      commitment: { ...after.commitment, agreements: agreedAt },
      goals: { ...after.goals, agreement: { marketing: team(after.goals.agreement.marketing), sales: team(after.goals.agreement.sales) } },
    }).toEqual(beforeRest);
    // Step 7 is reshaped by the v2 → v3 step; what was typed in it is all still there.
    expect(slaAfter).toMatchObject({
      effectiveDate: slaBefore.effectiveDate,
      termMonths: slaBefore.termMonths,
      signerIds: slaBefore.signerIds,
    });
  });
});

describe('the v2 → v3 step', () => {
  it('carries a signed v2 SLA over as version 1 with the fingerprint its signatures carry', async () => {
    const { readFileSync } = await import('node:fs');
    const fixture = JSON.parse(readFileSync('test/fixtures/workshop-v2.json', 'utf8')) as JsonRecord;
    const signedHash = ((fixture.sla as JsonRecord).signatures as { contentHash: string }[])[0]!.contentHash;
    const r = migrateWorkshop(fixture, 2);
    if (!r.ok) throw new Error(r.error);
    const w = workshopSchema.parse(r.doc);
    expect(w.sla.versions).toHaveLength(1);
    const v1 = w.sla.versions[0]!;
    expect(v1.contentHash).toBe(signedHash);
    expect(versionIntact(v1)).toBe(true);
    expect(v1.signatures.map((s) => s.typedName)).toEqual(['Maya Chen', 'Diego Alvarez']);
    expect(signingState(w)).toBe('fullySigned');
    expect(w.sla.audit.map((e) => e.type)).toEqual(['created', 'frozen', 'signed', 'signed']);
    expect(verifyAuditChain(w.sla.audit, w.sla.versions)).toMatchObject({ ok: true, events: 4 });
    expect(knownSlaVersions(w)).toEqual([{ version: 1, contentHash: signedHash, state: 'fullySigned' }]);
    expect(w.sla.commitments.every((c) => c.rhythm === null)).toBe(true);
  });

  it('gives an unsigned v2 SLA an open draft, and no trail until it is frozen (v3 opened one; v4 clears a trail that only says so)', () => {
    const doc = JSON.parse(JSON.stringify(sampleWorkshop())) as JsonRecord;
    const sla = doc.sla as JsonRecord;
    doc.sla = {
      commitments: (sla.commitments as JsonRecord[]).map(({ rhythm: _r, ...c }) => c),
      effectiveDate: sla.effectiveDate,
      termMonths: sla.termMonths,
      signerIds: sla.signerIds,
      signatures: [],
    };
    const r = migrateWorkshop({ ...doc, schemaVersion: 2 }, 2);
    if (!r.ok) throw new Error(r.error);
    const w = workshopSchema.parse(r.doc);
    expect(w.sla.frozen).toBe(false);
    expect(w.sla.versions).toEqual([]);
    expect(w.sla.audit).toEqual([]);
    expect(w.sla.seals).toEqual([]);
    expect(signingState(w)).toBe('draft');
    // Up to v3 only, the trail said the draft was created.
    const v3 = migrateWorkshop({ ...doc, schemaVersion: 2 }, 2, undefined, 3);
    expect(v3.ok && ((v3.doc.sla as JsonRecord).audit as JsonRecord[]).map((e) => e.type)).toEqual(['created']);
  });
});
