import type { ReportPhase } from '../../shared/documents/renderReport';
import type { Workshop } from '../../shared/workshop/schema';

/** Messages between reportClient (page) and report.worker (module worker). */
export type { ReportPhase };

export interface ReportRequest {
  id: number;
  workshop: Workshop;
  /** ISO date-time printed on the cover; the page's clock, so tests can pin it. */
  generatedAt: string;
}

export type ReportResponse =
  | { id: number; type: 'progress'; phase: ReportPhase }
  | { id: number; type: 'done'; bytes: ArrayBuffer }
  | { id: number; type: 'error'; message: string };
