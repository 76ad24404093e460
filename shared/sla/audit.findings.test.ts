import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../workshop/steps/sla';
import { appendAuditEvent, chainEvent, chainVersion, chainVersions, GENESIS_HASH, verifyAuditChain, type AuditEventInput } from './audit';
import { signatureFacts } from './evidence';
import { signedSample } from './testSupport';

/** What the audit check tells a reader about a trail that was tampered with: which finding, on which event, version or signer. */

/** Rebuilds a chain from inputs, so a tampered trail still links and hashes correctly. */
const rechain = (inputs: readonly AuditEventInput[]): AuditEvent[] =>
  inputs.reduce<AuditEvent[]>((chain, input) => [...chain, chainEvent(chain.at(-1), input)], []);
const inputsOf = (events: readonly AuditEvent[]): AuditEventInput[] => events.map(({ prevHash: _p, hash: _h, ...rest }) => rest);

describe('verifying an audit trail', () => {
  it('starts a trail from the genesis hash and marks events appended by the app as keyed', () => {
    const w = signedSample();
    const before = w.sla.audit.at(-1)!;
    const event = appendAuditEvent(w, {
      type: 'exported',
      at: '2026-12-03T12:00:00.000Z',
      version: 1,
      actor: 'Maya Chen',
      detail: 'pdf',
      contentHash: w.sla.versions[0]!.contentHash,
    });
    expect(event).toMatchObject({ keyed: true, prevHash: before.hash });
    expect(w.sla.audit.at(-1)).toBe(event);
    expect(chainEvent(undefined, inputsOf([event])[0]!).prevHash).toBe(GENESIS_HASH);
    expect(verifyAuditChain(w.sla.audit, w.sla.versions)).toEqual({ ok: true, events: 5, headHash: event.hash });
    expect(verifyAuditChain([])).toEqual({ ok: true, events: 0, headHash: GENESIS_HASH });
  });

  it('refuses an event dated before the one before it, even when the chain was recomputed', () => {
    const w = signedSample();
    const inputs = inputsOf(w.sla.audit);
    inputs[2] = { ...inputs[2]!, at: '2026-12-03T10:00:00.000Z' };
    const check = verifyAuditChain(rechain(inputs));
    expect(check).toEqual({
      ok: false,
      index: 2,
      problem: 'event 3 (signed) is dated before the event before it',
      reason: { code: 'misdated', event: 3, type: 'signed' },
    });
    // Two events at the same instant are in order.
    inputs[2] = { ...inputs[2]!, at: inputs[1]!.at };
    expect(verifyAuditChain(rechain(inputs)).ok).toBe(true);
  });

  it('names the changed event and its type', () => {
    const events = signedSample().sla.audit;
    const changed = events.map((e, i) => (i === 1 ? { ...e, actor: 'Mallory' } : e));
    expect(verifyAuditChain(changed)).toEqual({
      ok: false,
      index: 1,
      problem: 'event 2 (frozen) was changed after it was recorded',
      reason: { code: 'changed', event: 2, type: 'frozen' },
    });
  });

  it('refuses content changed after freezing, naming the version', () => {
    const w = signedSample();
    const v = w.sla.versions[0]!;
    const altered = { ...v, content: { ...v.content!, title: `${v.content!.title} (amended)` } };
    expect(verifyAuditChain(w.sla.audit, [altered])).toEqual({
      ok: false,
      index: 4,
      problem: 'the content of version 1 no longer matches its fingerprint',
      reason: { code: 'contentAltered', version: 1 },
    });
    expect(chainVersions([altered])[0]!.contentIntact).toBe(false);
    expect(chainVersions([v])[0]!.contentIntact).toBe(true);
    // A PDF's record carries no content: nothing to recompute, the fingerprint is taken as recorded.
    expect(chainVersion({ ...v, content: null, signatures: [] }).contentIntact).toBeNull();
  });

  it('tells a signature altered after signing from one that was never recorded, naming the signer', () => {
    const w = signedSample();
    const v = w.sla.versions[0]!;
    const renamed = { ...v, signatures: v.signatures.map((s, i) => (i === 1 ? { ...s, typedName: 'Diego A.' } : s)) };
    expect(verifyAuditChain(w.sla.audit, [renamed])).toEqual({
      ok: false,
      index: 4,
      problem: 'the signature of Diego A. on version 1 differs from what its "signed" event recorded',
      reason: { code: 'signatureAltered', version: 1, signer: 'Diego A.' },
    });
    // Without a typed name the signer is named by participant.
    const moved = {
      ...v,
      signatures: v.signatures.map((s, i) => (i === 1 ? { ...s, typedName: '', signedAt: '2026-12-03T11:30:00.000Z' } : s)),
    };
    expect(verifyAuditChain(w.sla.audit, [moved])).toMatchObject({
      ok: false,
      reason: { code: 'signatureMissing', version: 1, signer: 'p-diego' },
    });
  });

  it('refuses a signature removed from a version whose trail recorded it, naming the event', () => {
    const w = signedSample();
    const v = w.sla.versions[0]!;
    const removed = { ...v, signatures: v.signatures.slice(0, 1) };
    expect(verifyAuditChain(w.sla.audit, [removed])).toEqual({
      ok: false,
      index: 4,
      problem: 'event 4 records a signature on version 1 that the version no longer carries',
      reason: { code: 'signatureRemoved', version: 1, event: 4 },
    });
    // A signature is matched once: two identical signatures need two events.
    const doubled = { ...v, signatures: [v.signatures[0]!, v.signatures[0]!] };
    expect(verifyAuditChain(w.sla.audit, [doubled])).toMatchObject({
      ok: false,
      reason: { code: 'signatureAltered', signer: 'Maya Chen' },
    });
  });

  it('accounts only for the versions it was given: a PDF record of version 2 says nothing of version 1', () => {
    const w = signedSample();
    const v = w.sla.versions[0]!;
    const inputs = inputsOf(w.sla.audit);
    // Version 2 frozen and not signed; version 1's signed events stay unaccounted for, rightly.
    const events = rechain([...inputs, { ...inputs[1]!, version: 2, at: '2026-12-03T12:00:00.000Z' }]);
    const v2 = chainVersion({ number: 2, contentHash: v.contentHash, content: null, signatures: [] });
    expect(verifyAuditChain(events, [v2])).toMatchObject({ ok: true, events: 5 });
    // The frozen event must carry this version's number and fingerprint.
    const other = chainVersion({ number: 2, contentHash: 'a'.repeat(64), content: null, signatures: [] });
    expect(verifyAuditChain(events, [other])).toMatchObject({ ok: false, reason: { code: 'versionNotFrozen', version: 2 } });
    expect(verifyAuditChain(events, [{ ...v2, number: 3 }])).toMatchObject({ ok: false, reason: { code: 'versionNotFrozen', version: 3 } });
  });

  it('matches signed events from before evidence was recorded by their time and fingerprint', () => {
    const w = signedSample();
    const v = w.sla.versions[0]!;
    const legacy = rechain(inputsOf(w.sla.audit).map(({ evidence: _e, keyed: _k, ...rest }) => rest));
    expect(verifyAuditChain(legacy, w.sla.versions)).toMatchObject({ ok: true });
    const facts = v.signatures.map(signatureFacts);
    const later = facts.map((s, i) => (i === 0 ? { ...s, signedAt: '2026-12-03T11:05:00.000Z' } : s));
    const version = chainVersion({ number: 1, contentHash: v.contentHash, content: null, signatures: later });
    // No evidence to compare: the changed time cannot be told from a missing event.
    expect(verifyAuditChain(legacy, [version])).toMatchObject({ ok: false, reason: { code: 'signatureMissing', signer: 'Maya Chen' } });
    const otherContent = facts.map((s, i) => (i === 0 ? { ...s, contentHash: 'b'.repeat(64) } : s));
    expect(
      verifyAuditChain(legacy, [chainVersion({ number: 1, contentHash: v.contentHash, content: null, signatures: otherContent })]),
    ).toMatchObject({ ok: false, reason: { code: 'signatureMissing' } });
  });
});
