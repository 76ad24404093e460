import type { Workshop } from '../../shared/workshop/schema';

/** Messages between pdfClient (page) and sla.worker (module worker). */
export type ExportPhase = 'starting' | 'rendering' | 'sealing' | 'done';

export interface SlaRequest {
  id: number;
  type: 'sla';
  workshop: Workshop;
  /** The install's seal identity as stored (shared/seal/storedIdentity.ts). */
  identity: string;
  /** The SLA version to print; default: the latest frozen version, else the draft. */
  version?: number;
}

/** Makes a new seal identity (WebCrypto key + certificate) for the page to store. */
export interface CreateIdentityRequest {
  id: number;
  type: 'createIdentity';
}

export type PdfRequest = SlaRequest | CreateIdentityRequest;

export type SlaResponse =
  | { id: number; type: 'progress'; phase: ExportPhase }
  | { id: number; type: 'done'; bytes: ArrayBuffer; contentHash: string }
  | { id: number; type: 'identity'; identity: string }
  | { id: number; type: 'error'; message: string };
