import { describe, expect, it } from 'vitest';
import { signedSample } from '../../shared/sla/testSupport';
import { sampleWorkshop } from '../../shared/workshop/sample';
import { sameContent, signedLoss, workshopFacts } from './importChoice';

describe('import choice', () => {
  it('calls two copies the same workshop whatever their key order and save time, and nothing else', () => {
    const w = sampleWorkshop(new Date('2026-12-03T09:00:00Z'));
    // The same workshop with its keys in another order, saved a month later.
    const reordered = Object.fromEntries(Object.entries({ ...w, updatedAt: '2027-01-01T00:00:00.000Z' }).reverse()) as typeof w;
    expect(sameContent(w, reordered)).toBe(true);
    expect(sameContent(w, { ...w, title: `${w.title}!` })).toBe(false);
  });

  it('sets the two versions side by side: title, last edited, SLA status, signatures, audit events', () => {
    expect(workshopFacts(sampleWorkshop(new Date('2026-12-03T09:00:00Z')))).toMatchObject({
      clientCompany: 'Northwind Analytics',
      sla: 'draft',
      version: null,
      signatures: 0,
      auditEvents: 0,
    });
    // frozen, then two signatures: three events in the trail (created, frozen, two signed → four).
    expect(workshopFacts(signedSample())).toMatchObject({ sla: 'fullySigned', version: 1, signatures: 2, auditEvents: 4 });
  });

  it('names the signatures and audit events a replacement would drop, and nothing when the file holds them all', () => {
    const signedHere = signedSample();
    const partlyInFile = signedSample(['p-maya']);
    expect(signedLoss(signedHere, partlyInFile)).toEqual({ signatures: [{ name: 'Diego Alvarez', version: 1 }], auditEvents: 1 });
    // The newer, signed state in the file replaces an older one here: nothing is lost.
    expect(signedLoss(partlyInFile, signedHere)).toBeNull();
    expect(signedLoss(sampleWorkshop(), signedHere)).toBeNull();
    // A draft in the file over a signed SLA here drops it all.
    expect(signedLoss(signedHere, sampleWorkshop())).toEqual({
      signatures: [
        { name: 'Maya Chen', version: 1 },
        { name: 'Diego Alvarez', version: 1 },
      ],
      auditEvents: 4,
    });
  });
});
