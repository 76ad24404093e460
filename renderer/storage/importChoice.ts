import type { Workshop } from '../../shared/workshop/schema';
import { contentKey } from './sameContent';
import { signingState, type SigningState } from '../../shared/sla/versions';

/**
 * What the import choice compares: the workshop on this computer and the one in the file, side
 * by side, and what replacing one with the other would drop of what was signed.
 */

/**
 * The same workshop, whatever key order or save time: a file exported, carried to another
 * laptop and brought back untouched compares equal to what is here.
 */
export const sameContent = (a: Workshop, b: Workshop): boolean => contentKey(a) === contentKey(b);

export interface WorkshopFacts {
  title: string;
  clientCompany: string;
  updatedAt: string;
  sla: SigningState;
  /** The latest SLA version, null before the first freeze. */
  version: number | null;
  signatures: number;
  auditEvents: number;
}

const signaturesOf = (w: Workshop) => w.sla.versions.flatMap((v) => v.signatures.map((s) => ({ version: v.number, ...s })));

export function workshopFacts(w: Workshop): WorkshopFacts {
  return {
    title: w.title,
    clientCompany: w.clientCompany,
    updatedAt: w.updatedAt,
    sla: signingState(w),
    version: w.sla.versions.at(-1)?.number ?? null,
    signatures: signaturesOf(w).length,
    auditEvents: w.sla.audit.length,
  };
}

export interface SignedLoss {
  /** Signatures here that the file does not have: who, on which version. */
  signatures: { name: string; version: number }[];
  /** Audit-trail events here that the file's trail does not hold. */
  auditEvents: number;
}

/**
 * What replacing `current` with `incoming` would drop of the signed record: signatures and
 * audit events this computer holds that the file does not (by identity, not by count, so a
 * file whose trail went another way is caught too). Null when nothing would be lost.
 */
export function signedLoss(current: Workshop, incoming: Workshop): SignedLoss | null {
  const key = (s: { version: number; participantId: string; contentHash: string; signedAt: string }) =>
    `${s.version}|${s.participantId}|${s.contentHash}|${s.signedAt}`;
  const theirs = new Set(signaturesOf(incoming).map(key));
  const signatures = signaturesOf(current)
    .filter((s) => !theirs.has(key(s)))
    .map((s) => ({ name: s.typedName, version: s.version }));
  const events = new Set(incoming.sla.audit.map((e) => e.hash));
  const auditEvents = current.sla.audit.filter((e) => !events.has(e.hash)).length;
  return signatures.length === 0 && auditEvents === 0 ? null : { signatures, auditEvents };
}
