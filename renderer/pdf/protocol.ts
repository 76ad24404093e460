import type { TrailCheck } from '../../shared/seal/trail';
import type { Workshop } from '../../shared/workshop/schema';

/** Messages between pdfClient (page) and sla.worker (module worker). */
export type ExportPhase = 'starting' | 'rendering' | 'sealing' | 'done';

export interface SlaRequest {
  id: number;
  type: 'sla';
  workshop: Workshop;
  /** The certificate that will seal the PDF (DER), printed on its audit page. */
  sealerCertificate: Uint8Array;
  /** The SLA version to print; default: the latest frozen version, else the draft. */
  version?: number;
}

export type PdfRequest = SlaRequest;

export type SlaResponse =
  | { id: number; type: 'progress'; phase: ExportPhase }
  /** Rendered, with the Accord record attached, not sealed yet: whoever holds the key seals it. */
  | { id: number; type: 'done'; bytes: ArrayBuffer; contentHash: string; versionNumber: number }
  | { id: number; type: 'trailBroken'; trail: TrailCheck }
  | { id: number; type: 'error'; message: string };
