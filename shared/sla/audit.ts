import type { Workshop } from '../workshop/schema';
import type { AuditEvent, SlaVersion } from '../workshop/steps/sla';
import { hashCanonical } from './json';

/**
 * The SLA's audit trail as a hash chain: every event carries the SHA-256 of the event before
 * it (`prevHash`) and its own (`hash`, over all its other fields). Changing, removing or
 * reordering any event breaks the chain from there on; `verifyAuditChain` finds where.
 */
export const GENESIS_HASH = '0'.repeat(64);

export type AuditEventInput = Omit<AuditEvent, 'prevHash' | 'hash'>;

export const eventHash = (e: Omit<AuditEvent, 'hash'>): string =>
  hashCanonical({ type: e.type, at: e.at, version: e.version, actor: e.actor, detail: e.detail, contentHash: e.contentHash, prevHash: e.prevHash });

export function chainEvent(prev: AuditEvent | undefined, input: AuditEventInput): AuditEvent {
  const unsigned = { ...input, prevHash: prev?.hash ?? GENESIS_HASH };
  return { ...unsigned, hash: eventHash(unsigned) };
}

/** Appends an event to the workshop's trail (mutates: use inside a store update). */
export function appendAuditEvent(w: Workshop, input: AuditEventInput): AuditEvent {
  const event = chainEvent(w.sla.audit.at(-1), input);
  w.sla.audit.push(event);
  return event;
}

/** What is wrong with a chain, as a code the UI words in its own language (`event` is 1-based). */
export type ChainProblem =
  | { code: 'brokenLink' | 'changed' | 'misdated'; event: number; type: AuditEvent['type'] }
  | { code: 'versionNotFrozen'; version: number }
  | { code: 'signatureMissing'; version: number; signer: string };

export type ChainCheck =
  | { ok: true; events: number; headHash: string }
  /** `problem` is the English sentence (PDF audit page, CLI); `reason` the same as a code. */
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
    case 'signatureMissing':
      return `the signature of ${p.signer} on version ${p.version} has no "signed" event`;
  }
}

const broken = (index: number, reason: ChainProblem): ChainCheck => ({ ok: false, index, problem: chainProblemText(reason), reason });

/**
 * Checks the chain link by link, then that it accounts for every version and signature it
 * should (so dropping the newest events, which no later link protects, is caught too).
 */
export function verifyAuditChain(events: readonly AuditEvent[], versions: readonly SlaVersion[] = []): ChainCheck {
  let prev = GENESIS_HASH;
  for (const [index, e] of events.entries()) {
    const at = { event: index + 1, type: e.type };
    if (e.prevHash !== prev) return broken(index, { code: 'brokenLink', ...at });
    if (eventHash(e) !== e.hash) return broken(index, { code: 'changed', ...at });
    if (index > 0 && e.at < events[index - 1]!.at) return broken(index, { code: 'misdated', ...at });
    prev = e.hash;
  }
  for (const v of versions) {
    const frozen = events.findIndex((e) => e.type === 'frozen' && e.version === v.number && e.contentHash === v.contentHash);
    if (frozen < 0) return broken(events.length, { code: 'versionNotFrozen', version: v.number });
    for (const s of v.signatures) {
      const signed = events.some((e) => e.type === 'signed' && e.version === v.number && e.at === s.signedAt && e.contentHash === s.contentHash);
      if (!signed) return broken(events.length, { code: 'signatureMissing', version: v.number, signer: s.typedName || s.participantId });
    }
  }
  return { ok: true, events: events.length, headHash: prev };
}
