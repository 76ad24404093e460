import { describe, expect, it } from 'vitest';
import { sampleWorkshop } from '../workshop/sample';
import { workshopSchema } from '../workshop/schema';
import { verifyAuditChain } from './audit';
import { signedSample, TEST_PNG } from './testSupport';
import {
  amendSla,
  freezeProblems,
  freezeSla,
  isLocked,
  knownSlaVersions,
  recordExport,
  signingState,
  signSla,
  versionIntact,
} from './versions';

const at = (minute: number) => new Date(Date.UTC(2026, 11, 3, 11, minute));
const sign = (w: ReturnType<typeof sampleWorkshop>, participantId: string, minute: number) =>
  signSla(
    w,
    {
      participantId,
      typedName: w.commitment.participants.find((p) => p.id === participantId)!.name,
      title: '',
      image: TEST_PNG,
      consent: 'I agree.',
    },
    at(minute),
  );

describe('the signing workflow', () => {
  it('goes draft → ready → partially signed → fully signed, the witness optional', () => {
    const w = sampleWorkshop(at(0));
    expect(signingState(w)).toBe('draft');
    const v1 = freezeSla(w, at(1));
    expect([v1.number, signingState(w), isLocked(w)]).toEqual([1, 'ready', true]);
    sign(w, 'p-maya', 2);
    expect(signingState(w)).toBe('partiallySigned');
    sign(w, 'p-diego', 3);
    expect(signingState(w)).toBe('fullySigned');
    expect(w.completedSteps).toContain('sla');
    sign(w, 'p-grace', 4); // the witness may still sign
    expect(w.sla.versions[0]!.signatures.map((s) => s.participantId)).toEqual(['p-maya', 'p-diego', 'p-grace']);
    expect(workshopSchema.safeParse(w).success).toBe(true);
  });

  it('refuses to freeze without a signer from each side, naming what is missing', () => {
    const w = sampleWorkshop();
    w.sla.signerIds = ['p-maya'];
    w.sla.commitments[0]!.target = null;
    w.sla.effectiveDate = '';
    expect(freezeProblems(w)).toEqual([
      'Signers: choose at least one sales representative.',
      'Commitment 1: the target is missing.',
      'Effective date: choose the date the SLA starts.',
    ]);
    expect(() => freezeSla(w, at(1))).toThrow('Signers: choose at least one sales representative.');
    expect(w.sla.versions).toEqual([]);
  });

  it('refuses signatures from non-signers, twice from the same person, or before freezing', () => {
    const w = sampleWorkshop();
    expect(() => sign(w, 'p-maya', 1)).toThrow('freeze the SLA before anyone signs it');
    freezeSla(w, at(1));
    expect(() => sign(w, 'p-tom', 2)).toThrow('Tom Becker is not a signer of version 1');
    sign(w, 'p-maya', 2);
    expect(() => sign(w, 'p-maya', 3)).toThrow('Maya Chen has already signed version 1');
    expect(() => freezeSla(w, at(4))).toThrow(/already frozen/);
  });

  it('amending after signing makes version 2 with fresh signatures; version 1 keeps its own', () => {
    const w = signedSample();
    const v1 = structuredClone(w.sla.versions[0]!);
    amendSla(w, at(30));
    expect([signingState(w), isLocked(w)]).toEqual(['draft', false]);
    expect(w.completedSteps).not.toContain('sla');
    w.sla.termMonths = 6;
    const v2 = freezeSla(w, at(31));
    expect(v2.number).toBe(2);
    expect(v2.signatures).toEqual([]);
    expect(v2.contentHash).not.toBe(v1.contentHash);
    expect(w.sla.versions[0]).toEqual(v1);
    expect(signingState(w)).toBe('ready');
    expect(knownSlaVersions(w)).toEqual([
      { version: 1, contentHash: v1.contentHash, state: 'fullySigned (superseded)' },
      { version: 2, contentHash: v2.contentHash, state: 'ready' },
    ]);
  });

  it('lists the unfrozen draft among the known versions, with the hash its PDF would carry', () => {
    const w = sampleWorkshop();
    const [draft] = knownSlaVersions(w);
    expect(draft).toMatchObject({ version: 1, state: 'draft' });
    expect(draft!.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('records every step in the audit trail, exports included, as a valid chain', () => {
    const w = signedSample();
    recordExport(w, 1, w.sla.versions[0]!.contentHash, at(20));
    amendSla(w, at(21));
    expect(w.sla.audit.map((e) => `${e.type}${e.version ?? ''}`)).toEqual([
      'created',
      'frozen1',
      'signed1',
      'signed1',
      'exported1',
      'amended1',
    ]);
    expect(verifyAuditChain(w.sla.audit, w.sla.versions).ok).toBe(true);
  });

  it('detects a frozen version whose content was altered afterwards', () => {
    const w = signedSample();
    expect(versionIntact(w.sla.versions[0]!)).toBe(true);
    w.sla.versions[0]!.content.commitments[0]!.target = 1;
    expect(versionIntact(w.sla.versions[0]!)).toBe(false);
  });
});
