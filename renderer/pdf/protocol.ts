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

/**
 * Readies the worker for the first export while the facilitator is still on the SLA step:
 * loads react-pdf and its layout engine, fetches and parses the fonts (Noto Sans SC, ~10 MB, only
 * when the document will hold CJK text) by laying out one small page.
 */
export interface WarmRequest {
  id: number;
  type: 'warm';
  cjk: boolean;
}

/** The page's answer to the worker's `seal` question: the sealed bytes, or why they could not be. */
export type SealAnswer = { id: number; type: 'sealed'; bytes: ArrayBuffer } | { id: number; type: 'sealFailed'; message: string };

export type PdfRequest = SlaRequest | WarmRequest | SealAnswer;

export type SlaResponse =
  | { id: number; type: 'progress'; phase: ExportPhase }
  /**
   * Rendered, with the Accord record attached: the worker asks the page to have it sealed by
   * whoever keeps the key (main in the desktop app, the seal worker in browser mode).
   */
  | { id: number; type: 'seal'; bytes: ArrayBuffer; reason: string }
  /** The sealed PDF. */
  | { id: number; type: 'done'; bytes: ArrayBuffer; contentHash: string; versionNumber: number }
  | { id: number; type: 'trailBroken'; trail: TrailCheck }
  | { id: number; type: 'warmed' }
  | { id: number; type: 'error'; message: string };
