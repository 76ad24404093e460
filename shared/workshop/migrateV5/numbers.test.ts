import signedSampleV4 from '../../../test/fixtures/workshop-v4.json?raw';
import { describe, expect, it } from 'vitest';
import { migrateNumbersV5, levelsFrom } from './numbers';
import { migrateWorkshop, type JsonRecord } from '../migrations';
import { workshopSchema, type SlaCommitment } from '../schema';
import { complianceRows } from '../../compliance/status';
import { contentHash } from '../../sla/content';
import { describeCommitment } from '../../sla/commitmentText';
import type { CompliancePeriod, LogUnit } from '../steps/feedback';
import type { SlaVersion } from '../steps/sla';

/** The signed sample as schemaVersion 4 wrote it (monthly log, percentages, a rhythm with sales' response inside); kept as test/fixtures/workshop-v4.json. */
const v4 = (): JsonRecord => JSON.parse(signedSampleV4) as JsonRecord;
type Doc = {
  sla: { commitments: SlaCommitment[]; weekStartsOn: string; versions: SlaVersion[] };
  feedback: { logUnit: LogUnit; periods: CompliancePeriod[]; thresholds?: unknown };
};
const migrated = (doc = v4()) => migrateNumbersV5(doc) as unknown as Doc;

/** Status per period as version 4 computed it: actual ÷ target against the global thresholds, the in-time kinds against 100 % of leads. */
function v4Statuses(doc: JsonRecord, id: string): string[] {
  const sla = doc.sla as { commitments: { id: string; kind: string; target: number }[] };
  const fb = doc.feedback as { thresholds: { met: number; atRisk: number }; periods: { actuals: Record<string, number> }[] };
  const c = sla.commitments.find((x) => x.id === id)!;
  const target = c.kind === 'mqlVolume' || c.kind === 'leadQuality' ? c.target : 100;
  return fb.periods.map((p) => {
    const pct = (p.actuals[id]! / target) * 100;
    return pct >= fb.thresholds.met ? 'met' : pct >= fb.thresholds.atRisk ? 'atRisk' : 'missed';
  });
}

describe('schemaVersion 4 → 5: the numbers', () => {
  it('turns a rhythm’s hidden response into sales’ own linked commitments', () => {
    const { sla } = migrated();
    const ids = sla.commitments.map((c) => c.id);
    expect(ids.slice(-3)).toEqual(['c-weekly', 'c-weekly-answer', 'c-weekly-sql-rate']);
    const by = (id: string) => sla.commitments.find((c) => c.id === id)!;
    expect(by('c-weekly')).toMatchObject({ rhythm: { day: 'monday' }, level: null, atRisk: 90, linkedTo: null });
    expect(by('c-weekly-answer')).toMatchObject({
      party: 'sales',
      kind: 'qualifyBy',
      period: 'week',
      byDay: 'wednesday',
      action: 'qualify',
      target: null,
      level: 90,
      atRisk: 80,
      linkedTo: 'c-weekly',
    });
    // What was reported is now committed: the MQL→SQL rate of the calculator's chain (0.7 × 0.55).
    expect(by('c-weekly-sql-rate')).toMatchObject({ party: 'sales', kind: 'mqlToSqlRate', target: 38.5, linkedTo: 'c-weekly' });
    expect(describeCommitment(by('c-weekly-answer'), 'en', sla.commitments).what).toBe(
      'Qualify each MQL delivered on Monday by Wednesday of the delivery week for at least 90 % of MQLs each week; at risk between 80 % and 90 % of MQLs; missed below 80 %',
    );
    expect(sla.weekStartsOn).toBe('monday');
  });

  it('moves the global thresholds into each commitment, keeping what the log reported', () => {
    const before = v4();
    const doc = migrated(structuredClone(before));
    const by = (id: string) => doc.sla.commitments.find((c) => c.id === id)!;
    expect(by('c-touch')).toMatchObject({ level: 100, atRisk: 90 });
    expect(by('c-volume')).toMatchObject({ level: null, atRisk: 90 });
    expect(doc.feedback.thresholds).toBeUndefined();
    expect(doc.feedback.logUnit).toBe('month');
    expect(doc.feedback.periods[0]!.actuals).toEqual({
      'c-volume': 165,
      'c-quality': { part: 72, of: 100 },
      'c-touch': { part: 82, of: 100 },
      'c-attempts': { part: 93, of: 100 },
      'c-disposition': { part: 92, of: 100 },
    });
    const rows = complianceRows(doc.sla.commitments, doc.feedback.periods, { logUnit: doc.feedback.logUnit, weekStartsOn: 'monday' });
    for (const id of ['c-volume', 'c-quality', 'c-touch', 'c-attempts', 'c-disposition']) {
      expect(
        rows.find((r) => r.commitment.id === id)!.evaluations.map((e) => e.status),
        id,
      ).toEqual(v4Statuses(before, id));
    }
  });

  it('reads other thresholds as their levels, and keeps at risk below met', () => {
    expect(levelsFrom('firstTouch', { met: 95, atRisk: 80 })).toEqual({ level: 95, atRisk: 80 });
    expect(levelsFrom('firstTouch', { met: 85, atRisk: 90 })).toEqual({ level: 85, atRisk: 75 });
    expect(levelsFrom('firstTouch', { met: 120, atRisk: 90 })).toEqual({ level: 100, atRisk: 90 });
    expect(levelsFrom('mqlVolume', { met: 100, atRisk: 80 })).toEqual({ level: null, atRisk: 80 });
    expect(levelsFrom('leadQuality', { met: 100, atRisk: 100 })).toEqual({ level: null, atRisk: 90 });
  });

  it('keeps a reported acceptance rate as a note in the workshop’s language, and a weekly log weekly', () => {
    const doc = v4();
    doc.language = 'pt-BR';
    const sla = doc.sla as { commitments: JsonRecord[] };
    sla.commitments = [
      { ...sla.commitments.at(-1)!, rhythm: { day: 'monday', response: { action: 'accept', by: 'tuesday', report: 'acceptanceRate' } } },
      ...sla.commitments.slice(0, -1),
    ];
    const out = migrated(doc);
    expect(out.sla.commitments[1]).toMatchObject({
      kind: 'qualifyBy',
      action: 'accept',
      byDay: 'tuesday',
      note: 'Vendas também informa a taxa de aceitação.',
    });
    expect(out.sla.commitments.filter((c) => c.kind === 'mqlToSqlRate')).toEqual([]);
    expect(out.feedback.logUnit).toBe('week');
  });

  it('leaves every frozen version exactly as signed', () => {
    const before = v4();
    const versions = JSON.stringify((before.sla as { versions: unknown }).versions);
    const doc = migrated(structuredClone(before));
    expect(JSON.stringify(doc.sla.versions)).toBe(versions);
    for (const v of doc.sla.versions) expect(contentHash(v.content)).toBe(v.contentHash);
  });

  it('gives a document the schema accepts, with the signed version still intact', () => {
    const r = migrateWorkshop(v4(), 4);
    if (!r.ok) throw new Error(r.error);
    const parsed = workshopSchema.safeParse(r.doc);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 5))).toBe(true);
    const w = parsed.data!;
    expect(w.sla.versions[0]!.content.commitments.at(-1)!.rhythm).toEqual({
      day: 'monday',
      response: { action: 'qualify', by: 'wednesday', report: 'mqlToSqlRate' },
    });
    expect(contentHash(w.sla.versions[0]!.content)).toBe(w.sla.versions[0]!.contentHash);
    // The version prints as signed: sales' response still inside marketing's row.
    expect(describeCommitment(w.sla.versions[0]!.content.commitments.at(-1)!).what).toBe(
      'Deliver 50 marketing-qualified leads every Monday; sales qualifies them by Wednesday and reports the MQL→SQL rate',
    );
  });
});
