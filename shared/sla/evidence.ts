import type { Signature } from '../workshop/steps/sla';
import { hashCanonical } from './json';
import { sha256HexSync } from './sha256';

/**
 * What makes a signature, reduced to one SHA-256 that its "signed" audit event carries: the
 * drawn image (by its own SHA-256, so a PDF's record can prove a signature without carrying
 * the picture), the typed name, title, team, the consent line, the time, who signed and the
 * content hash it applies to. Swapping two images, renaming a signer or moving a signature to
 * other content changes it, and the event no longer matches.
 */
export interface SignatureFacts {
  participantId: string;
  typedName: string;
  title: string;
  team: string;
  consent: string;
  signedAt: string;
  contentHash: string;
  /** SHA-256 (hex) of the drawn image's data URL, as stored. */
  imageSha256: string;
}

export const imageSha256 = (image: string): string => sha256HexSync(image);

export const signatureFacts = (s: Signature): SignatureFacts => ({
  participantId: s.participantId,
  typedName: s.typedName,
  title: s.title,
  team: s.team,
  consent: s.consent,
  signedAt: s.signedAt,
  contentHash: s.contentHash,
  imageSha256: imageSha256(s.image),
});

export const evidenceOf = (facts: SignatureFacts): string => hashCanonical({ kind: 'accord-signature/1', ...facts });

export const signatureEvidence = (s: Signature): string => evidenceOf(signatureFacts(s));
