/**
 * The PAdES seal of SLA PDFs and of the audit trail. A Sealer (sealer.ts: the per-install key
 * of identity.ts, or an organisation's PKCS#12 from p12.ts) signs; seal.ts attaches Accord's
 * record (record.ts) and seals a rendered PDF with a CMS from cms.ts; trail.ts seals and checks
 * the audit trail; read.ts checks any file (intact? sealed by whom? what was sealed?) and
 * trust.ts answers "trusted here?" from the reader's own list. Pure: runs in the worker, the
 * page, main and the CLI.
 */
export { createSealKey, createSealIdentity, identitySealer, sealSubject, type NewSealKey } from './identity';
export { serializeSealIdentity, parseSealIdentity, type SealIdentity, type ParsedIdentity } from './storedIdentity';
export { certificateFingerprint, describeCertificate, certificatesFromFile, type CertificateInfo } from './certificates';
export { cryptoKeySealer, importSigningKey, type Sealer } from './sealer';
export { attachRecord, sealPdf } from './seal';
export { recordFor, checkRecord, type AccordRecord, type RecordCheck } from './record';
export { readSeal, type SealReport, type SealStatus, type SealProblem, type SealerInfo, type RecordReading } from './read';
export {
  judge,
  trustOf,
  EMPTY_TRUST,
  type TrustList,
  type TrustLevel,
  type Judgement,
  type Verdict,
  type TrailPart,
  type UntrustedReason,
} from './trust';
export { verifyTrail, planSeal, signSeal, applySeal, type TrailCheck, type TrailSegment } from './trail';
export { sealFactsSchema, type SealFacts } from './facts';
export { matchWorkshop, type KnownVersion, type WorkshopMatch, type CarriedSla } from './match';
export { parseP12, type OrganisationKey, type P12Problem } from './p12';
