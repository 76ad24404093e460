import { chainProblemText } from '../../shared/sla/audit';
import type { CmsProblem } from '../../shared/seal/cms';
import type { RecordReadProblem, SealProblem } from '../../shared/seal/read';
import type { RecordProblem } from '../../shared/seal/record';
import type { SealProblem as TrailSealProblem, TrailCheck } from '../../shared/seal/trail';
import type { TrustLevel, UntrustedReason } from '../../shared/seal/trust';

/**
 * The seal's findings in English, for the CLI. shared/seal answers with codes; the app words
 * the same codes in the user's language (renderer i18n, namespace verify).
 */
export function cmsProblemText(p: CmsProblem): string {
  switch (p.code) {
    case 'unreadable':
      return 'the signature cannot be read';
    case 'digestMismatch':
      return 'the signed bytes were changed after sealing (digest mismatch)';
    case 'badSignature':
      return 'the signature does not verify with its certificate';
    case 'wrongCertificate':
      return 'the signature names a different certificate than the one it carries';
    case 'wrongContentType':
      return 'the signature is not over PDF bytes (wrong content type)';
    case 'unsupportedAlgorithm':
      return 'the signature uses an algorithm Accord does not accept (SHA-256 with RSA expected)';
    case 'noSignerCertificate':
      return 'the signature does not carry the certificate it was made with';
    case 'missingAttribute':
      return `the signature lacks its ${p.attribute} attribute`;
  }
}

export function sealProblemText(p: SealProblem): string {
  switch (p.code) {
    case 'unreadablePdf':
      return 'the PDF cannot be read';
    case 'rangeOutsideFile':
      return 'the signature covers bytes the file does not have';
    case 'signatureNotInGap':
      return 'the signature value is not where the signature says it is';
    case 'rangeNotWholeFile':
      return 'the signature does not cover the whole file';
    case 'severalSignatures':
      return `the PDF carries ${p.count} signatures where an Accord SLA carries one: it was signed or changed again after sealing`;
    case 'bytesAppended':
      return `${p.bytes} bytes were added after sealing`;
    case 'cms':
      return cmsProblemText(p.problem);
  }
}

export function recordReadProblemText(p: RecordReadProblem): string {
  switch (p.code) {
    case 'none':
      return 'the PDF carries no Accord record';
    case 'unreadable':
      return 'the Accord record cannot be read';
    case 'tooLarge':
      return 'the Accord record is far larger than any Accord writes, and was not read';
    case 'notJson':
      return 'the Accord record is not valid JSON';
    case 'invalid':
      return `the Accord record is damaged: ${p.field}: ${p.message}`;
  }
}

export function recordProblemText(p: RecordProblem): string {
  switch (p.code) {
    case 'contentMismatch':
      return `the content in the record does not hash to version ${p.version}'s fingerprint`;
    case 'otherWorkshop':
      return 'the content in the record belongs to another workshop';
    case 'versionUnknown':
      return `the record prints version ${p.version}, which its own list of versions does not have`;
  }
}

export function trailSealProblemText(p: TrailSealProblem): string {
  switch (p.code) {
    case 'unsealedEvents':
      return `events ${p.from}–${p.to} are not under any seal (recorded without the key, or their seal was removed)`;
    case 'sealGap':
      return `seal ${p.seal} does not start where the seal before it ends`;
    case 'sealBeyondEnd':
      return `seal ${p.seal} covers events the trail no longer has (events were removed)`;
    case 'sealerMissing':
      return `seal ${p.seal} names a certificate the trail does not carry`;
    case 'sealMismatch':
      return `events ${p.from}–${p.to} were changed after seal ${p.seal} was made`;
    case 'sealForged':
      return `seal ${p.seal} (events ${p.from}–${p.to}) does not verify with its sealer's key`;
  }
}

/** The first thing wrong with a trail, or null. */
export function trailProblemText(trail: TrailCheck): string | null {
  if (!trail.chain.ok) return chainProblemText(trail.chain.reason);
  if (!trail.seals.ok) return trailSealProblemText(trail.seals.problem);
  return null;
}

export const TRUST_TEXT: Record<TrustLevel, string> = {
  thisInstall: 'this install',
  trustedSealer: 'a trusted sealer',
  organisationCa: 'a certificate from a trusted organisation CA',
  unknown: 'unknown here',
};

export function untrustedText(r: UntrustedReason): string {
  switch (r.code) {
    case 'unknownSealer':
      return 'the PDF was sealed by a certificate that is not trusted here';
    case 'unknownTrailSealer':
      return `audit events ${r.from}–${r.to} were sealed by a certificate that is not trusted here (sha256 ${r.sealer})`;
    case 'unsealedTrail':
      return `audit events ${r.from}–${r.to} were recorded before Accord sealed its trail and cannot be verified`;
  }
}
