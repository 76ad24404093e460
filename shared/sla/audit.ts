import type { Workshop } from '../workshop/schema';
import type { AuditEvent, SlaContent, SlaVersion } from '../workshop/steps/sla';
import { evidenceOf, signatureFacts, type SignatureFacts } from './evidence';
import { hashCanonical } from './json';

/**
 * The SLA's audit trail as a hash chain: every event carries the SHA-256 of the event before
 * it (`prevHash`) and its own (`hash`, over all its other fields). Changing, removing or
 * reordering any event breaks the chain from there on; `verifyAuditChain` finds where. A
 * chain anyone can recompute proves little on its own: its head is also signed with the seal
 * key (auditSeals.ts), and every "signed" event carries the evidence of its signature.
 */
export const GENESIS_HASH = '0'.repeat(64);

export type AuditEventInput = Omit<AuditEvent, 'prevHash' | 'hash'>;

/** Events of schemaVersion 3 and earlier have no `evidence` or `keyed`, and hash exactly as they did then. */
export const eventHash = (e: Omit<AuditEvent, 'hash'>): string =>
  hashCanonical({
    type: e.type,
    at: e.at,
    version: e.version,
    actor: e.actor,
    detail: e.detail,
    contentHash: e.contentHash,
    prevHash: e.prevHash,
    // canonicalJson leaves out undefined fields, so older events hash as before.
    evidence: e.evidence,
    keyed: e.keyed,
  });

export function chainEvent(prev: AuditEvent | undefined, input: AuditEventInput): AuditEvent {
  const unsigned = { ...input, prevHash: prev?.hash ?? GENESIS_HASH };
  return { ...unsigned, hash: eventHash(unsigned) };
}

/** Appends an event to the workshop's trail (mutates: use inside a store update, then seal it). */
export function appendAuditEvent(w: Workshop, input: Omit<AuditEventInput, 'keyed'>): AuditEvent {
  const event = chainEvent(w.sla.audit.at(-1), { ...input, keyed: true });
  w.sla.audit.push(event);
  return event;
}

/** What is wrong with a chain, as a code the UI and the documents word in their language (`event` is 1-based). */
export type ChainProblem =
  | { code: 'brokenLink' | 'changed' | 'misdated'; event: number; type: AuditEvent['type'] }
  | { code: 'versionNotFrozen' | 'contentAltered'; version: number }
  | { code: 'signatureMissing' | 'signatureAltered'; version: number; signer: string }
  | { code: 'signatureRemoved'; version: number; event: number };

export type ChainCheck =
  | { ok: true; events: number; headHash: string }
  /** `problem` is the English sentence (CLI); `reason` the same as a code. */
  | { ok: false; index: number; problem: string; reason: ChainProblem };

export function chainProblemText(p: ChainProblem): string {
  switch (p.code) {
    case 'brokenLink':
      return `event ${p.event} (${p.type}) does not follow the event before it`;
    case 'changed':
      return `event ${p.event} (${p.type}) was changed after it was recorded`;
    case 'misdated':
      return `event ${p.event} (${p.type}) is dated before the event before it`;
    case 'versionNotFrozen':
      return `version ${p.version} has no "frozen" event with its fingerprint`;
    case 'contentAltered':
      return `the content of version ${p.version} no longer matches its fingerprint`;
    case 'signatureMissing':
      return `the signature of ${p.signer} on version ${p.version} has no "signed" event`;
    case 'signatureAltered':
      return `the signature of ${p.signer} on version ${p.version} differs from what its "signed" event recorded`;
    case 'signatureRemoved':
      return `event ${p.event} records a signature on version ${p.version} that the version no longer carries`;
  }
}

const broken = (index: number, reason: ChainProblem): ChainCheck => ({ ok: false, index, problem: chainProblemText(reason), reason });

/** A version as the chain check needs it: from a workshop (chainVersions) or from a PDF's record. */
export interface ChainVersion {
  number: number;
  contentHash: string;
  /** Null when the content is not at hand; else whether it still hashes to `contentHash`. */
  contentIntact: boolean | null;
  signatures: readonly SignatureFacts[];
}

export const chainVersion = (v: {
  number: number;
  contentHash: string;
  content: SlaContent | null;
  signatures: readonly SignatureFacts[];
}): ChainVersion => ({
  number: v.number,
  contentHash: v.contentHash,
  contentIntact: v.content === null ? null : hashCanonical(v.content) === v.contentHash,
  signatures: v.signatures,
});

export const chainVersions = (versions: readonly SlaVersion[]): ChainVersion[] =>
  versions.map((v) =>
    chainVersion({ number: v.number, contentHash: v.contentHash, content: v.content, signatures: v.signatures.map(signatureFacts) }),
  );

/**
 * Checks the chain link by link, then that it accounts for every version and signature it
 * should, and every signature it recorded: dropping the newest events (which no later link
 * protects), altering a signature, or removing one is caught too.
 */
export function verifyAuditChain(events: readonly AuditEvent[], given: readonly (ChainVersion | SlaVersion)[] = []): ChainCheck {
  const versions = given.map((v) => ('contentIntact' in v ? v : chainVersions([v])[0]!));
  let prev = GENESIS_HASH;
  for (const [index, e] of events.entries()) {
    const at = { event: index + 1, type: e.type };
    if (e.prevHash !== prev) return broken(index, { code: 'brokenLink', ...at });
    if (eventHash(e) !== e.hash) return broken(index, { code: 'changed', ...at });
    if (index > 0 && e.at < events[index - 1]!.at) return broken(index, { code: 'misdated', ...at });
    prev = e.hash;
  }
  const end = events.length;
  // Every "signed" event must be matched by exactly one signature, and every signature by one event.
  const used = new Set<number>();
  for (const v of versions) {
    if (v.contentIntact === false) return broken(end, { code: 'contentAltered', version: v.number });
    const frozen = events.findIndex((e) => e.type === 'frozen' && e.version === v.number && e.contentHash === v.contentHash);
    if (frozen < 0) return broken(end, { code: 'versionNotFrozen', version: v.number });
    for (const s of v.signatures) {
      const signer = s.typedName || s.participantId;
      const evidence = evidenceOf(s);
      const found = events.findIndex(
        (e, i) =>
          !used.has(i) &&
          e.type === 'signed' &&
          e.version === v.number &&
          // Events from before evidence was recorded are matched as they always were.
          (e.evidence === undefined ? e.at === s.signedAt && e.contentHash === s.contentHash : e.evidence === evidence),
      );
      if (found < 0) {
        const altered = events.some(
          (e) => e.type === 'signed' && e.version === v.number && e.evidence !== undefined && e.at === s.signedAt,
        );
        return broken(end, { code: altered ? 'signatureAltered' : 'signatureMissing', version: v.number, signer });
      }
      used.add(found);
    }
  }
  for (const [index, e] of events.entries()) {
    if (e.type !== 'signed' || used.has(index) || e.version === null) continue;
    // Only versions this check was given are accounted for (a PDF's record carries one).
    if (versions.some((v) => v.number === e.version))
      return broken(end, { code: 'signatureRemoved', version: e.version, event: index + 1 });
  }
  return { ok: true, events: events.length, headHash: prev };
}
