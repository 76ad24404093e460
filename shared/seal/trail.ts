import { chainVersions, verifyAuditChain, type ChainCheck, type ChainVersion } from '../sla/audit';
import type { Workshop } from '../workshop/schema';
import type { AuditEvent, AuditSeal, SealerCertificates } from '../workshop/steps/sla';
import { fromBase64, toBase64 } from './bytes';
import { certificateFingerprint, spkiOf } from './certificates';
import { verifyWithSpki, type Sealer } from './sealer';

/**
 * The audit trail's seals (see auditSealSchema): the install that records events signs the
 * chain's head with its seal key, so anyone can recompute the hashes but only the key's holder
 * can extend the trail. A seal states which events its sealer recorded (`from` … `to - 1`);
 * consecutive events by the same sealer share one seal, which moves forward as events are added.
 */
export type SealKind = AuditSeal['kind'];

/** The exact bytes a seal signs: a fixed prefix keeps them from ever meaning anything else. */
export function auditSealMessage(workshopId: string, s: Pick<AuditSeal, 'from' | 'to' | 'head' | 'kind' | 'at'>): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(['accord-audit-seal/1', workshopId, s.kind, String(s.from), String(s.to), s.head, s.at].join('\n'));
}

export interface SealPlan {
  from: number;
  to: number;
  head: string;
  /** The seal this one replaces (same sealer, recorded, ending where the new events start), or -1. */
  replaces: number;
}

/**
 * Which events a new seal covers, once `before` events were already there and the chain now
 * has `events.length`. Events the trail held before any seal (an older Accord, or a file
 * whose seals were stripped) stay outside: sealing now never vouches for them.
 */
export function planSeal(
  seals: readonly AuditSeal[],
  events: readonly AuditEvent[],
  before: number,
  fingerprint: string,
  kind: SealKind = 'recorded',
): SealPlan {
  const to = events.length;
  if (to === 0 || to <= before) throw new Error('there are no new events to seal');
  const last = seals.at(-1);
  if (last && last.to !== before) throw new Error(`the trail has events after its last seal (from event ${last.to + 1})`);
  const sameSealer = last !== undefined && last.sealer === fingerprint && last.kind === 'recorded' && kind === 'recorded';
  return { from: sameSealer ? last.from : before, to, head: events[to - 1]!.hash, replaces: sameSealer ? seals.length - 1 : -1 };
}

/** Signs a planned seal; pure apart from the Sealer's signature. */
export async function signSeal(
  workshopId: string,
  plan: SealPlan,
  sealer: Sealer,
  at: Date,
  kind: SealKind = 'recorded',
): Promise<{ seal: AuditSeal; certificates: SealerCertificates }> {
  const fingerprint = await certificateFingerprint(sealer.certificates[0]!);
  const unsigned = { from: plan.from, to: plan.to, head: plan.head, kind, at: at.toISOString() };
  const signature = await sealer.sign(auditSealMessage(workshopId, unsigned));
  return {
    seal: { ...unsigned, sealer: fingerprint, signature: toBase64(signature) },
    certificates: { fingerprint, certificates: sealer.certificates.map(toBase64) },
  };
}

/** Puts a signed seal into the workshop (mutates: use inside a store update). */
export function applySeal(w: Workshop, plan: SealPlan, signed: { seal: AuditSeal; certificates: SealerCertificates }): void {
  if (plan.replaces >= 0) w.sla.seals.splice(plan.replaces, 1, signed.seal);
  else w.sla.seals.push(signed.seal);
  if (!w.sla.sealers.some((s) => s.fingerprint === signed.certificates.fingerprint)) w.sla.sealers.push(signed.certificates);
}

/** A stretch of the trail and who vouches for it (`from`/`to` 0-based, `to` exclusive). */
export type TrailSegment =
  | { from: number; to: number; kind: 'unsealed' }
  | { from: number; to: number; kind: SealKind; sealer: string; at: string; certificates: Uint8Array<ArrayBuffer>[] };

/** What is wrong with the seals, as codes (`seal` and `event` are 1-based). */
export type SealProblem =
  | { code: 'unsealedEvents'; from: number; to: number }
  | { code: 'sealGap' | 'sealBeyondEnd' | 'sealerMissing'; seal: number }
  | { code: 'sealMismatch' | 'sealForged'; seal: number; from: number; to: number };

export type SealsCheck = { ok: true; segments: TrailSegment[] } | { ok: false; problem: SealProblem; segments: TrailSegment[] };

export async function verifyAuditSeals(
  workshopId: string,
  events: readonly AuditEvent[],
  seals: readonly AuditSeal[],
  sealers: readonly SealerCertificates[],
): Promise<SealsCheck> {
  const segments: TrailSegment[] = [];
  const fail = (problem: SealProblem): SealsCheck => ({ ok: false, problem, segments });
  const first = seals[0];
  // Events before the first seal were recorded before sealing existed: they are shown as such.
  const unsealedPrefix = Math.min(first ? first.from : events.length, events.length);
  if (unsealedPrefix > 0) segments.push({ from: 0, to: unsealedPrefix, kind: 'unsealed' });
  // …but an event recorded by a sealing Accord outside every seal had its seal removed.
  const stripped = events.slice(0, unsealedPrefix).findIndex((e) => e.keyed === true);
  if (stripped >= 0) return fail({ code: 'unsealedEvents', from: stripped + 1, to: unsealedPrefix });
  const keyCache = new Map<string, { spki: Uint8Array; certificates: Uint8Array<ArrayBuffer>[] } | null>();
  for (const [i, s] of seals.entries()) {
    const n = i + 1;
    if (i > 0 && s.from !== seals[i - 1]!.to) return fail({ code: 'sealGap', seal: n });
    if (s.to > events.length) return fail({ code: 'sealBeyondEnd', seal: n });
    if (events[s.to - 1]!.hash !== s.head) return fail({ code: 'sealMismatch', seal: n, from: s.from + 1, to: s.to });
    if (!keyCache.has(s.sealer)) keyCache.set(s.sealer, await sealerKey(sealers.find((x) => x.fingerprint === s.sealer)));
    const key = keyCache.get(s.sealer);
    if (!key) return fail({ code: 'sealerMissing', seal: n });
    let signature: Uint8Array;
    try {
      signature = fromBase64(s.signature);
    } catch {
      return fail({ code: 'sealForged', seal: n, from: s.from + 1, to: s.to });
    }
    if (!(await verifyWithSpki(key.spki, signature, auditSealMessage(workshopId, s))))
      return fail({ code: 'sealForged', seal: n, from: s.from + 1, to: s.to });
    segments.push({ from: s.from, to: s.to, kind: s.kind, sealer: s.sealer, at: s.at, certificates: key.certificates });
  }
  const end = seals.at(-1)?.to ?? events.length;
  // Events after the last seal were added by someone without the key (or the seal was removed).
  if (seals.length > 0 && end < events.length) return fail({ code: 'unsealedEvents', from: end + 1, to: events.length });
  return { ok: true, segments };
}

/** The sealer's certificate, checked against the fingerprint it is filed under. */
async function sealerKey(
  entry: SealerCertificates | undefined,
): Promise<{ spki: Uint8Array; certificates: Uint8Array<ArrayBuffer>[] } | null> {
  if (!entry) return null;
  try {
    const certificates = entry.certificates.map(fromBase64);
    if ((await certificateFingerprint(certificates[0]!)) !== entry.fingerprint) return null;
    return { spki: spkiOf(certificates[0]!), certificates };
  } catch {
    return null;
  }
}

export interface TrailCheck {
  chain: ChainCheck;
  seals: SealsCheck;
  /** True when neither the chain nor its seals are broken. */
  ok: boolean;
}

export async function verifyTrailParts(
  workshopId: string,
  events: readonly AuditEvent[],
  versions: readonly ChainVersion[],
  seals: readonly AuditSeal[],
  sealers: readonly SealerCertificates[],
): Promise<TrailCheck> {
  const chain = verifyAuditChain(events, versions);
  const checked = await verifyAuditSeals(workshopId, events, seals, sealers);
  return { chain, seals: checked, ok: chain.ok && checked.ok };
}

/** The workshop's whole trail: links, versions, signatures and seals. */
export const verifyTrail = (w: Workshop): Promise<TrailCheck> =>
  verifyTrailParts(w.id, w.sla.audit, chainVersions(w.sla.versions), w.sla.seals, w.sla.sealers);

/**
 * Makes a change that records audit events and seals them at once (mutates `w`): what the app
 * does inside one store update, for the CLI's fixtures and for tests. Refuses to extend a
 * trail whose last events are not sealed.
 */
export async function recordSealed(w: Workshop, sealer: Sealer, now: Date, change: (w: Workshop) => void): Promise<void> {
  const before = w.sla.audit.length;
  change(w);
  if (w.sla.audit.length === before) return;
  const fingerprint = await certificateFingerprint(sealer.certificates[0]!);
  const plan = planSeal(w.sla.seals, w.sla.audit, before, fingerprint);
  applySeal(w, plan, await signSeal(w.id, plan, sealer, now));
}
