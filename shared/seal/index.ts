/**
 * The PAdES seal of SLA PDFs. A per-install identity (RSA key + self-signed certificate,
 * identity.ts, stored as storedIdentity.ts describes) seals a rendered PDF (seal.ts: the Accord
 * record in the information dictionary, a pdf-lib placeholder, a CMS from cms.ts), and readSeal
 * (read.ts) checks any file: intact or not, the record, the certificate. Pure: runs in the
 * worker, the page (verify) and Node (CLI).
 */
export { createSealIdentity, serializeSealIdentity, parseSealIdentity, certificateFingerprint, sealSubject, type SealIdentity, type ParsedIdentity } from './identity';
export { sealPdf } from './seal';
export { readSeal, type SealReport, type SealStatus, type SealCertificate } from './read';
export { sealFactsSchema, type SealFacts } from './facts';
export { sealFactsFor, sealFactsForExport, type SealedVersion, type SealedWorkshop } from './workshopFacts';
export { matchWorkshop, type KnownVersion, type WorkshopMatch } from './match';
