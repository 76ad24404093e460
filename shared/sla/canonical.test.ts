import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson, currentDocument, slaContentHash } from './canonical';
import { signedSample, TEST_PNG } from './testSupport';
import { amendSla, freezeSla, signSla } from './versions';
import { sampleWorkshop } from '../workshop/sample';
import type { Workshop } from '../workshop/schema';

const base = () => sampleWorkshop(new Date('2026-12-01T10:00:00Z'));

describe('SLA content hash', () => {
  it('is the same for the same content, whatever the key order or unrelated edits', async () => {
    const a = base();
    const b = JSON.parse(JSON.stringify(a)) as Workshop;
    const reordered = Object.fromEntries(Object.entries(b).reverse()) as Workshop;
    reordered.commitment.place = 'Somewhere else';
    reordered.updatedAt = '2030-01-01T00:00:00.000Z';
    reordered.targetBuyer.personas = [];
    expect(await slaContentHash(reordered)).toBe(await slaContentHash(a));
    expect(await slaContentHash(a)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('does not move when people sign: signatures sign the content, they are not part of it', () => {
    const w = base();
    freezeSla(w, new Date('2026-12-03T11:00:00Z'));
    const before = currentDocument(w).contentHash;
    signSla(
      w,
      { participantId: 'p-maya', typedName: 'Maya Chen', title: 'VP', image: TEST_PNG, consent: 'I agree.' },
      new Date('2026-12-03T11:05:00Z'),
    );
    expect(currentDocument(w).contentHash).toBe(before);
    expect(w.sla.versions[0]!.signatures[0]!.contentHash).toBe(before);
  });

  const edits: [string, (w: Workshop) => void][] = [
    ['a commitment target', (w) => void (w.sla.commitments[0]!.target = 181)],
    ['a commitment period', (w) => void (w.sla.commitments[1]!.period = 'week')],
    ['a commitment note', (w) => void (w.sla.commitments[2]!.note = 'Weekends excluded')],
    ['attempts window', (w) => void (w.sla.commitments[3]!.withinDays = 11)],
    ['a delivery rhythm', (w) => void Object.assign(w.sla.commitments[1]!, { period: 'week', rhythm: { day: 'monday', response: null } })],
    ['the order of commitments', (w) => void w.sla.commitments.reverse()],
    ['the effective date', (w) => void (w.sla.effectiveDate = '2027-02-01')],
    ['the pilot term', (w) => void (w.sla.termMonths = 6)],
    ['the client company', (w) => void (w.clientCompany = 'Northwind Analytic')],
    ['a signer', (w) => void w.sla.signerIds.push('p-priya')],
    ['the witness', (w) => void (w.sla.witnessId = null)],
    ["a signer's name", (w) => void (w.commitment.participants[0]!.name = 'Maya Chén')],
    ["a signer's role", (w) => void (w.commitment.participants[1]!.role = 'Sales Director')],
    ['the language', (w) => void (w.language = 'pt-BR')],
    ['an edited clause', (w) => void (w.sla.clauses[0]!.edited = 'Something else entirely.')],
    ['data a clause quotes (the MQL threshold)', (w) => void (w.qualifiedLead.mqlThreshold = 65)],
    ['the escalation path', (w) => void (w.sla.escalation = 'The CEO')],
    // The sample used the calculator: its appendix leaves the SLA when it is no longer used.
    ['using the calculator', (w) => void (w.sla.calculator!.usedAt = null)],
  ];
  it.each(edits)('changes when %s changes', async (_what, edit) => {
    const a = base();
    const b = base();
    edit(b);
    expect(await slaContentHash(b)).not.toBe(await slaContentHash(a));
  });

  it('is the frozen version’s hash while frozen, whatever the draft data does meanwhile', () => {
    const w = signedSample();
    const frozen = w.sla.versions[0]!.contentHash;
    w.qualifiedLead.mqlThreshold = 99; // quoted by a clause, but version 1 is frozen
    expect(currentDocument(w).contentHash).toBe(frozen);
    amendSla(w, new Date('2026-12-04T09:00:00Z'));
    expect(currentDocument(w).contentHash).not.toBe(frozen);
    expect(currentDocument(w, 1).contentHash).toBe(frozen);
    expect(() => currentDocument(w, 7)).toThrow('this workshop has no SLA version 7');
  });
});

describe('canonicalJson', () => {
  it('gives equal text for equal values regardless of key order', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.oneof(fc.integer(), fc.string(), fc.boolean(), fc.constant(null))), (obj) => {
        const reversed = Object.fromEntries(Object.entries(obj).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(obj));
        expect(JSON.parse(canonicalJson(obj))).toEqual(obj);
      }),
    );
  });
  it('refuses numbers JSON cannot carry', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(/non-finite/);
  });
});
