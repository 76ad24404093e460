import type { CertificateInfo } from '../../shared/seal/certificates';
import type { P12Problem } from '../../shared/seal/p12';
import type { SealReport } from '../../shared/seal/read';
import type { TrailCheck } from '../../shared/seal/trail';
import type { Judgement, TrailPart, TrustList } from '../../shared/seal/trust';
import type { SlaStep } from '../../shared/workshop/steps/sla';

/**
 * Messages between the page and the seal worker (forge, pdf-lib, @signpdf): checking PDFs and
 * audit trails, and in browser mode making keys, reading .p12 files and sealing. Keys cross as
 * non-extractable CryptoKeys (structured clone), never as bytes.
 */
export type SealWorkerRequest =
  | { id: number; type: 'verify'; pdf: ArrayBuffer; trust: TrustList }
  | { id: number; type: 'trail'; workshopId: string; sla: SlaStep; trust: TrustList }
  | { id: number; type: 'describe'; certificates: Uint8Array[] }
  /** Certificates from a file as users have them (PEM or DER), for Settings → Trusted sealers. */
  | { id: number; type: 'readCertificates'; data: Uint8Array }
  /** Whether a .p12 opens with a password, without keeping its key: Settings words a problem before the platform imports it. */
  | { id: number; type: 'checkP12'; data: Uint8Array; password: string }
  | { id: number; type: 'createKey' }
  | { id: number; type: 'parseP12'; data: Uint8Array; password: string }
  | { id: number; type: 'seal'; pdf: ArrayBuffer; key: CryptoKey; certificates: Uint8Array[]; reason: string };

export type SealWorkerResponse =
  | { id: number; type: 'progress'; phase: never }
  | { id: number; type: 'error'; message: string }
  | { id: number; type: 'verified'; report: SealReport; judgement: Judgement }
  | { id: number; type: 'trail'; check: TrailCheck; parts: TrailPart[] }
  | { id: number; type: 'described'; infos: (CertificateInfo | null)[] }
  /** `certificates` null when the file holds none; `infos` one per certificate. */
  | { id: number; type: 'certificates'; certificates: Uint8Array<ArrayBuffer>[] | null; infos: (CertificateInfo | null)[] }
  | { id: number; type: 'p12Checked'; problem: P12Problem | null; infos: (CertificateInfo | null)[] }
  | { id: number; type: 'key'; key: CryptoKey; certificateDer: Uint8Array<ArrayBuffer>; installId: string; createdAt: string }
  | { id: number; type: 'p12'; key: CryptoKey; certificates: Uint8Array<ArrayBuffer>[] }
  | { id: number; type: 'p12Problem'; problem: P12Problem }
  | { id: number; type: 'sealed'; pdf: ArrayBuffer };
