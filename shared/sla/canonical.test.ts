import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson, slaContentHash } from './canonical';
import { sampleWorkshop } from '../workshop/sample';
import type { Workshop } from '../workshop/schema';

const base = () => sampleWorkshop(new Date('2026-12-01T10:00:00Z'));

describe('SLA content hash', () => {
  it('is the same for the same content, whatever the key order or unrelated edits', async () => {
    const a = base();
    const b = JSON.parse(JSON.stringify(a)) as Workshop;
    // Reorder keys and touch things outside the SLA content: the hash must not move.
    const reordered = Object.fromEntries(Object.entries(b).reverse()) as Workshop;
    reordered.commitment.place = 'Somewhere else';
    reordered.updatedAt = '2030-01-01T00:00:00.000Z';
    reordered.goals.goals = [];
    expect(await slaContentHash(reordered)).toBe(await slaContentHash(a));
    expect(await slaContentHash(a)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('ignores the signatures themselves, which sign the content', async () => {
    const a = base();
    const b = base();
    b.sla.signatures.push({ participantId: 'p-maya', typedName: 'Maya Chen', title: 'VP', team: 'marketing', image: 'data:image/png;base64,AA==', signedAt: '2026-12-03T10:00:00.000Z', contentHash: 'a'.repeat(64) });
    expect(await slaContentHash(b)).toBe(await slaContentHash(a));
  });

  const edits: [string, (w: Workshop) => void][] = [
    ['a commitment target', (w) => void (w.sla.commitments[0]!.target = 181)],
    ['a commitment period', (w) => void (w.sla.commitments[1]!.period = 'week')],
    ['a commitment note', (w) => void (w.sla.commitments[2]!.note = 'Weekends excluded')],
    ['attempts window', (w) => void (w.sla.commitments[3]!.withinDays = 11)],
    ['the order of commitments', (w) => void w.sla.commitments.reverse()],
    ['the effective date', (w) => void (w.sla.effectiveDate = '2027-02-01')],
    ['the pilot term', (w) => void (w.sla.termMonths = 6)],
    ['the client company', (w) => void (w.clientCompany = 'Northwind Analytic')],
    ['a signer', (w) => void w.sla.signerIds.push('p-grace')],
    ["a signer's name", (w) => void (w.commitment.participants[0]!.name = 'Maya Chén')],
    ["a signer's role", (w) => void (w.commitment.participants[1]!.role = 'Sales Director')],
    ['the language', (w) => void (w.language = 'pt-BR')],
  ];
  it.each(edits)('changes when %s changes', async (_what, edit) => {
    const a = base();
    const b = base();
    edit(b);
    expect(await slaContentHash(b)).not.toBe(await slaContentHash(a));
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
