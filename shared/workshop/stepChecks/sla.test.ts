import { describe, expect, it } from 'vitest';
import { sampleWorkshop } from '../sample';
import { stepGaps } from '../gaps';
import type { Workshop } from '../schema';
import { freezeIssues, freezeProblems, freezeSla } from '../../sla/versions';

const at = new Date('2026-12-03T11:00:00Z');

/** Drafts each broken in one way the room can break an SLA. */
const BROKEN: Record<string, (w: Workshop) => void> = {
  noSigners: (w) => (w.sla.signerIds = []),
  // The executive witness (leadership) is optional: they never count as marketing's signer.
  witnessOnly: (w) => (w.sla.signerIds = ['p-grace', 'p-diego']),
  unnamedSigner: (w) => (w.commitment.participants.find((p) => p.id === 'p-maya')!.name = ' '),
  noCommitments: (w) => (w.sla.commitments = []),
  noTarget: (w) => (w.sla.commitments[0]!.target = null),
  noWithin: (w) => (w.sla.commitments.find((c) => c.kind === 'followUpAttempts')!.withinDays = null),
  percentOver: (w) => (w.sla.commitments.find((c) => c.kind === 'leadQuality')!.target = 140),
  noLevel: (w) => (w.sla.commitments.find((c) => c.kind === 'firstTouch')!.level = null),
  atRiskAboveMet: (w) => (w.sla.commitments.find((c) => c.kind === 'firstTouch')!.atRisk = 95),
  linkGone: (w) => (w.sla.commitments.find((c) => c.kind === 'qualifyBy')!.linkedTo = 'c-gone'),
  noEffectiveDate: (w) => (w.sla.effectiveDate = ''),
  noTerm: (w) => (w.sla.termMonths = null),
};

const key = (g: { field: string; code: string; values?: unknown }) => JSON.stringify([g.field, g.code, g.values ?? null]);

describe('step 7: one rule set for freezing and for "Mark step done"', () => {
  for (const [name, breakIt] of Object.entries(BROKEN)) {
    it(`${name}: freezing and "Mark step done" name the same problem with the same code and field`, () => {
      const w = sampleWorkshop(at);
      breakIt(w);
      const freeze = freezeIssues(w);
      expect(freeze.length).toBeGreaterThan(0);
      const done = stepGaps(w, 'sla').map(key);
      for (const issue of freeze) expect(done).toContain(key(issue));
      // Everything "Mark step done" asks beyond freezing is about freezing and signing itself.
      const beyond = stepGaps(w, 'sla').filter((g) => !freeze.some((f) => key(f) === key(g)));
      expect(beyond.map((g) => g.code)).toEqual(['freezeFirst']);
    });
  }

  it('a weekly "qualified by Wednesday" commitment needs no hours, whichever check asks', () => {
    const w = sampleWorkshop(at);
    const qualify = w.sla.commitments.findIndex((c) => c.kind === 'qualifyBy' && c.byDay !== null);
    expect(w.sla.commitments[qualify]!.target).toBeNull();
    expect(freezeIssues(w)).toEqual([]);
    expect(stepGaps(w, 'sla').map((g) => g.code)).toEqual(['freezeFirst']);
  });

  it('a draft "Mark step done" refuses for its pilot term cannot be frozen either', () => {
    const w = sampleWorkshop(at);
    w.sla.termMonths = null;
    expect(freezeProblems(w)).toEqual(['Pilot term: say how many months (1–60).']);
    expect(() => freezeSla(w, at)).toThrow('Pilot term');
    expect(w.sla.versions).toEqual([]);
  });

  it('once frozen and signed by both sides, nothing is left to ask', () => {
    const w = sampleWorkshop(at);
    freezeSla(w, at);
    const v = w.sla.versions[0]!;
    for (const participantId of ['p-maya', 'p-diego'])
      v.signatures.push({
        participantId,
        typedName: participantId,
        title: '',
        team: 'marketing',
        image: '',
        signedAt: at.toISOString(),
        contentHash: v.contentHash,
        consent: 'I agree.',
      });
    expect(stepGaps(w, 'sla')).toEqual([]);
  });
});
