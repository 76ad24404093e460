import { beforeAll, describe, expect, it } from 'vitest';
import { eventHash, GENESIS_HASH } from '../sla/audit';
import { contentHash } from '../sla/content';
import { signatureEvidence } from '../sla/evidence';
import { recordExport } from '../sla/versions';
import type { Workshop } from '../workshop/schema';
import type { AuditEvent } from '../workshop/steps/sla';
import { certificateFingerprint } from './certificates';
import type { Sealer } from './sealer';
import { sealedSample, testSealer } from './testSupport';
import { recordSealed, verifyTrail } from './trail';
import { EMPTY_TRUST, judgeSegments } from './trust';

/**
 * The audit trail as an attacker holding the workshop file would attack it: every change to
 * what was signed must break the trail, unless it is sealed again with a key, which then shows
 * as another sealer.
 */
let genuine: Sealer;
let mallory: Sealer;
let original: Workshop;

beforeAll(async () => {
  genuine = await testSealer('genuine');
  mallory = await testSealer('mallory');
  original = await sealedSample(genuine);
});

const copy = () => structuredClone(original);

/** What anyone can do without a key: recompute every link of the chain. */
function rechain(events: AuditEvent[]): AuditEvent[] {
  let prev = GENESIS_HASH;
  return events.map((e) => {
    const next = { ...e, prevHash: prev };
    prev = eventHash(next);
    return { ...next, hash: prev };
  });
}

/** The MQL target changed in the signed version, its fingerprint and the frozen event recomputed. */
function alteredContent(w: Workshop): Workshop {
  const v = w.sla.versions[0]!;
  const oldHash = v.contentHash;
  v.content.commitments[0]!.target = 15;
  v.contentHash = contentHash(v.content);
  for (const s of v.signatures) s.contentHash = v.contentHash;
  // Signed events carry the evidence of their signature, which names the content: recompute it too.
  const evidence = new Map(v.signatures.map((s) => [s.signedAt, signatureEvidence(s)]));
  w.sla.audit = rechain(
    w.sla.audit.map((e) =>
      e.contentHash === oldHash
        ? { ...e, contentHash: v.contentHash, ...(e.type === 'signed' ? { evidence: evidence.get(e.at) } : {}) }
        : e,
    ),
  );
  return w;
}

describe('a sealed audit trail', () => {
  it('verifies untouched as one stretch recorded by its sealer', async () => {
    const check = await verifyTrail(copy());
    expect(check.ok).toBe(true);
    const fp = await certificateFingerprint(genuine.certificates[0]!);
    expect(check.seals.segments).toMatchObject([{ from: 0, to: 4, kind: 'recorded', sealer: fp }]);
    expect(judgeSegments(check.seals.segments, { ...EMPTY_TRUST, own: [fp] })).toMatchObject([{ trust: 'thisInstall' }]);
  });

  it('breaks when signed content is changed and the chain rebuilt without the key', async () => {
    const check = await verifyTrail(alteredContent(copy()));
    expect(check.ok).toBe(false);
    expect(check.seals).toMatchObject({ ok: false, problem: { code: 'sealMismatch', seal: 1, from: 1, to: 4 } });
  });

  it('breaks when the seals are stripped as well: events recorded under a seal cannot pass as old ones', async () => {
    const w = alteredContent(copy());
    w.sla.seals = [];
    expect((await verifyTrail(w)).seals).toMatchObject({ ok: false, problem: { code: 'unsealedEvents', from: 1, to: 4 } });
  });

  it('shows a trail sealed again with another key as that sealer, unknown here', async () => {
    const w = alteredContent(copy());
    w.sla.seals = [];
    w.sla.sealers = [];
    // Mallory seals the rebuilt trail as if she had recorded it.
    const events = w.sla.audit;
    w.sla.audit = [];
    await recordSealed(w, mallory, new Date('2026-12-03T12:00:00Z'), (d) => void d.sla.audit.push(...events));
    const check = await verifyTrail(w);
    expect(check.ok).toBe(true);
    const own = await certificateFingerprint(genuine.certificates[0]!);
    expect(judgeSegments(check.seals.segments, { ...EMPTY_TRUST, own: [own] })).toMatchObject([{ from: 0, to: 4, trust: 'unknown' }]);
  });

  it('breaks when two signers’ drawn images are swapped, or a signer is renamed, without recomputing anything', async () => {
    const swapped = copy();
    const [a, b] = swapped.sla.versions[0]!.signatures;
    [a!.image, b!.image] = ['data:image/png;base64,AAAA', a!.image];
    expect((await verifyTrail(swapped)).chain).toMatchObject({
      ok: false,
      reason: { code: 'signatureAltered', version: 1, signer: 'Maya Chen' },
    });
    const renamed = copy();
    renamed.sla.versions[0]!.signatures[1]!.typedName = 'Diego Alvares';
    expect((await verifyTrail(renamed)).chain).toMatchObject({
      ok: false,
      reason: { code: 'signatureAltered', version: 1, signer: 'Diego Alvares' },
    });
  });

  it('breaks when the last signature and its event are dropped', async () => {
    const w = copy();
    w.sla.versions[0]!.signatures.pop();
    w.sla.audit.pop();
    expect((await verifyTrail(w)).seals).toMatchObject({ ok: false, problem: { code: 'sealBeyondEnd', seal: 1 } });
    // …and when only the signature goes, its event is left without it.
    const kept = copy();
    kept.sla.versions[0]!.signatures.pop();
    expect((await verifyTrail(kept)).chain).toMatchObject({ ok: false, reason: { code: 'signatureRemoved', version: 1, event: 4 } });
  });

  it('breaks when the signers are reordered and everything recomputed', async () => {
    const w = copy();
    const v = w.sla.versions[0]!;
    const oldHash = v.contentHash;
    v.content.signers.reverse();
    v.contentHash = contentHash(v.content);
    w.sla.audit = rechain(w.sla.audit.map((e) => (e.contentHash === oldHash ? { ...e, contentHash: v.contentHash } : e)));
    expect((await verifyTrail(w)).ok).toBe(false);
  });

  it('breaks when a seal claims another sealer or its signature is altered', async () => {
    const w = copy();
    const s = w.sla.seals[0]!;
    s.signature = `${s.signature.slice(0, 10)}${s.signature[10] === 'A' ? 'B' : 'A'}${s.signature.slice(11)}`;
    expect((await verifyTrail(w)).seals).toMatchObject({ ok: false, problem: { code: 'sealForged', seal: 1 } });
    const moved = copy();
    moved.sla.seals[0]!.at = '2026-12-03T11:00:00.000Z';
    expect((await verifyTrail(moved)).seals).toMatchObject({ ok: false, problem: { code: 'sealForged' } });
  });

  it('keeps one seal per stretch: events added by the same install move it forward, another install adds its own', async () => {
    const w = copy();
    await recordSealed(w, genuine, new Date('2026-12-03T12:00:00Z'), (d) =>
      recordExport(d, 1, d.sla.versions[0]!.contentHash, new Date('2026-12-03T12:00:00Z')),
    );
    expect(w.sla.seals).toHaveLength(1);
    await recordSealed(w, mallory, new Date('2026-12-03T13:00:00Z'), (d) =>
      recordExport(d, 1, d.sla.versions[0]!.contentHash, new Date('2026-12-03T13:00:00Z')),
    );
    const check = await verifyTrail(w);
    expect(check.ok).toBe(true);
    expect(check.seals.segments.map((s) => [s.from, s.to])).toEqual([
      [0, 5],
      [5, 6],
    ]);
    expect(w.sla.sealers).toHaveLength(2);
  });

  it('shows a trail recorded before sealing as unsealed, not broken, and never vouches for it later', async () => {
    const w = copy();
    // As schemaVersion 3 left it: no seals, events without `keyed`.
    w.sla.seals = [];
    w.sla.sealers = [];
    w.sla.audit = rechain(w.sla.audit.map(({ keyed: _keyed, ...e }) => e));
    const before = await verifyTrail(w);
    expect(before.ok).toBe(true);
    expect(before.seals.segments).toEqual([{ from: 0, to: 4, kind: 'unsealed' }]);
    await recordSealed(w, genuine, new Date('2026-12-04T09:00:00Z'), (d) =>
      recordExport(d, 1, d.sla.versions[0]!.contentHash, new Date('2026-12-04T09:00:00Z')),
    );
    const after = await verifyTrail(w);
    expect(after.seals.segments.map((s) => [s.kind, s.from, s.to])).toEqual([
      ['unsealed', 0, 4],
      ['recorded', 4, 5],
    ]);
  });
});
