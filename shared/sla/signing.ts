import type { Workshop } from '../workshop/schema';

/**
 * Signing state, derived from the signatures: the SLA is frozen from the first signature on,
 * and fully signed when every chosen signer has signed the same content hash.
 */
export type SigningState = 'draft' | 'partiallySigned' | 'fullySigned';

export function signingState(w: Workshop): SigningState {
  const { signerIds, signatures } = w.sla;
  if (signatures.length === 0) return 'draft';
  const signed = new Set(signatures.map((s) => s.participantId));
  return signerIds.length > 0 && signerIds.every((id) => signed.has(id)) ? 'fullySigned' : 'partiallySigned';
}

/** The hash the existing signatures apply to, if any (all signatures share it by construction). */
export const frozenHash = (w: Workshop): string | null => w.sla.signatures[0]?.contentHash ?? null;

/**
 * True when the current SLA content no longer matches what was signed: the UI then asks to
 * discard the signatures before the edit is kept.
 */
export function signaturesStale(w: Workshop, currentHash: string): boolean {
  const h = frozenHash(w);
  return h !== null && h !== currentHash;
}
