import { describe, expect, it } from 'vitest';
import signedSampleV3 from '../../../test/fixtures/workshop-v3.json?raw';
import { generateClauses } from '../../sla/clauses';
import { versionIntact } from '../../sla/versions';
import { goalsAgreementStatus, statementAgreementCounts } from '../agreements';
import { parseWorkshopFile } from '../file';
import { migrateWorkshop, WORKSHOP_MIGRATIONS, type JsonRecord } from '../migrations';
import type { GoalsStep, Workshop } from '../schema';
import { migrateSigningV5 } from './signing';

/** The signed sample as schemaVersion 4 held it (the v3 fixture brought to 4): frozen, signed by marketing and sales, its review weekly. */
function v4(): JsonRecord {
  const r = migrateWorkshop(JSON.parse(signedSampleV3) as JsonRecord, 3, WORKSHOP_MIGRATIONS, 4);
  if (!r.ok) throw new Error(r.error);
  return r.doc;
}
const rec = (v: unknown) => v as JsonRecord;

describe('schemaVersion 4 → 5, signing: agreements, one cadence, the time zone', () => {
  it('binds every existing agreement to the text as it reads, so nothing has to be agreed again', () => {
    const doc = migrateSigningV5(v4());
    const commitment = rec(doc.commitment) as unknown as Workshop['commitment'];
    expect(statementAgreementCounts(commitment)).toEqual({ agreed: 5, changedSince: 0, total: 5 });
    expect(commitment.agreements['p-maya']).toEqual({ at: '2026-12-03T09:20:00.000Z', textHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const goals = rec(doc.goals) as unknown as GoalsStep;
    expect([goalsAgreementStatus(goals, 'marketing'), goalsAgreementStatus(goals, 'sales')]).toEqual(['agreed', 'agreed']);
    expect(goals.agreement.marketing).toMatchObject({ by: 'Maya Chen', at: '2026-12-03T10:40:00.000Z' });
  });

  it('keeps the cadence the signed SLA states, drops the SLA’s own, and sets the triage and the time zone by it', () => {
    const before = v4();
    rec(before.commitment).meetingCadence = 'biweekly'; // step 1 said otherwise than the signed SLA
    const doc = migrateSigningV5(before);
    expect(rec(doc.commitment).meetingCadence).toBe('weekly');
    expect(rec(doc.sla).reviewCadence).toBeUndefined();
    const meetings = rec(doc.feedback).meetings as JsonRecord[];
    expect(meetings.filter((m) => m.kind === 'weeklyTriage').map((m) => m.frequency)).toEqual(['weekly']);
    expect(rec(doc.commitment).timeZone).toBe('Europe/Lisbon');
  });

  it('reads the cadence out of the signed review clause, in the version’s language, over a draft changed since', () => {
    const before = v4();
    const sla = rec(before.sla);
    sla.reviewCadence = 'quarterly'; // changed in an amendment draft after signing
    const version = (sla.versions as JsonRecord[])[0]!;
    const review = (rec(version.content).clauses as JsonRecord[]).find((c) => c.kind === 'review')!;
    expect(review.text).toContain('every week');
    expect(rec(migrateSigningV5(before).commitment).meetingCadence).toBe('weekly');
  });

  it('takes step 1’s cadence when the SLA was never frozen', () => {
    const before = v4();
    const sla = rec(before.sla);
    sla.versions = [];
    sla.frozen = false;
    sla.reviewCadence = 'monthly';
    rec(before.commitment).meetingCadence = 'biweekly';
    const doc = migrateSigningV5(before);
    expect(rec(doc.commitment).meetingCadence).toBe('biweekly');
  });

  it('leaves the signed version byte for byte, and the draft’s review clause reading as signed', () => {
    const parsed = parseWorkshopFile(signedSampleV3);
    if (!parsed.ok) throw new Error(parsed.error);
    const w = parsed.workshop;
    const signed = (v4().sla as { versions: { content: unknown; contentHash: string }[] }).versions[0]!;
    expect(w.sla.versions[0]!.content).toEqual(signed.content);
    expect(w.sla.versions[0]!.contentHash).toBe(signed.contentHash);
    expect(versionIntact(w.sla.versions[0]!)).toBe(true);
    const signedReview = w.sla.versions[0]!.content.clauses!.find((c) => c.kind === 'review')!.text;
    expect(generateClauses(w).find((c) => c.kind === 'review')!.text).toBe(signedReview);
  });
});
