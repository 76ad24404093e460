import { describe, expect, it } from 'vitest';
import { matchWorkshop } from './match';
import { sampleFacts } from './testSupport';

const known = [
  { version: 1, contentHash: 'a'.repeat(64), state: 'fullySigned (superseded)' },
  { version: 2, contentHash: sampleFacts().contentHash, state: 'partiallySigned' },
];

describe('matching a sealed PDF against the open workshop', () => {
  it('finds the version with the same content hash', () => {
    expect(matchWorkshop(sampleFacts(), 'workshop-1', known)).toEqual({ kind: 'version', version: 2, state: 'partiallySigned' });
  });

  it('says no version matches when the workshop is the same but the content is not', () => {
    expect(matchWorkshop(sampleFacts({ contentHash: 'b'.repeat(64) }), 'workshop-1', known)).toEqual({ kind: 'noMatch', claimedVersion: 2 });
  });

  it('names the client when the PDF comes from another workshop', () => {
    expect(matchWorkshop(sampleFacts({ contentHash: 'b'.repeat(64), workshopId: 'other' }), 'workshop-1', known)).toEqual({ kind: 'otherWorkshop', clientCompany: 'Northwind Analytics' });
  });

  it('trusts the hash over the workshop id the PDF claims', () => {
    expect(matchWorkshop(sampleFacts({ workshopId: 'other' }), 'workshop-1', known).kind).toBe('version');
  });

  it('has nothing to match without an Accord record', () => {
    expect(matchWorkshop(null, 'workshop-1', known)).toEqual({ kind: 'noRecord' });
  });
});
