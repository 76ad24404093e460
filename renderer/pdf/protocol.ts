import type { Workshop } from '../../shared/workshop/schema';

/** Messages between pdfClient (page) and sla.worker (module worker). */
export type ExportPhase = 'starting' | 'rendering' | 'done';

export interface SlaRequest {
  id: number;
  workshop: Workshop;
}

export type SlaResponse =
  | { id: number; type: 'progress'; phase: ExportPhase }
  | { id: number; type: 'done'; bytes: ArrayBuffer; contentHash: string }
  | { id: number; type: 'error'; message: string };
