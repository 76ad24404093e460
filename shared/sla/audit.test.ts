import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../workshop/steps/sla';
import { GENESIS_HASH, verifyAuditChain } from './audit';
import { signedSample } from './testSupport';
import { recordExport } from './versions';

const trail = () => {
  const w = signedSample();
  recordExport(w, 1, w.sla.versions[0]!.contentHash, new Date('2026-12-03T12:00:00Z'));
  return w;
};

const FIELDS = ['type', 'at', 'version', 'actor', 'detail', 'contentHash', 'prevHash', 'hash'] as const;
const tamper = (e: AuditEvent, field: (typeof FIELDS)[number]): AuditEvent => {
  switch (field) {
    case 'type':
      return { ...e, type: e.type === 'signed' ? 'exported' : 'signed' };
    case 'at':
      return { ...e, at: '2026-12-03T11:59:59.000Z' };
    case 'version':
      return { ...e, version: (e.version ?? 0) + 1 };
    case 'actor':
      return { ...e, actor: `${e.actor} ` };
    case 'detail':
      return { ...e, detail: `${e.detail}.` };
    case 'contentHash':
      return { ...e, contentHash: 'f'.repeat(64) };
    case 'prevHash':
      return { ...e, prevHash: 'e'.repeat(64) };
    case 'hash':
      return { ...e, hash: 'd'.repeat(64) };
  }
};

describe('the audit hash chain', () => {
  it('verifies an untouched trail and starts from the genesis hash', () => {
    const w = trail();
    expect(w.sla.audit[0]!.prevHash).toBe(GENESIS_HASH);
    expect(verifyAuditChain(w.sla.audit, w.sla.versions)).toEqual({ ok: true, events: 5, headHash: w.sla.audit[4]!.hash });
  });

  it('detects a change to any field of any event', () => {
    const events = trail().sla.audit;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: events.length - 1 }), fc.constantFrom(...FIELDS), (i, field) => {
        const copy = events.map((e, j) => (j === i ? tamper(e, field) : e));
        const r = verifyAuditChain(copy);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.index).toBeLessThanOrEqual(i + 1);
      }),
      { numRuns: 200 },
    );
  });

  it('detects a removed, inserted or reordered event', () => {
    const events = trail().sla.audit;
    expect(verifyAuditChain([events[0]!, ...events.slice(2)])).toMatchObject({
      ok: false,
      index: 1,
      problem: 'event 2 (signed) does not follow the event before it',
      reason: { code: 'brokenLink', event: 2, type: 'signed' },
    });
    expect(verifyAuditChain([events[0]!, events[2]!, events[1]!, ...events.slice(3)]).ok).toBe(false);
    expect(verifyAuditChain([...events.slice(0, 2), events[1]!, ...events.slice(2)]).ok).toBe(false);
  });

  it('detects the newest events cut off, through the versions and signatures they recorded', () => {
    const w = trail();
    const cut = w.sla.audit.slice(0, 3); // the second signature's event is gone
    expect(verifyAuditChain(cut)).toMatchObject({ ok: true });
    expect(verifyAuditChain(cut, w.sla.versions)).toMatchObject({
      ok: false,
      problem: 'the signature of Diego Alvarez on version 1 has no "signed" event',
      reason: { code: 'signatureMissing', version: 1, signer: 'Diego Alvarez' },
    });
    expect(verifyAuditChain(w.sla.audit.slice(0, 1), w.sla.versions)).toMatchObject({
      ok: false,
      problem: 'version 1 has no "frozen" event with its fingerprint',
      reason: { code: 'versionNotFrozen', version: 1 },
    });
  });
});
