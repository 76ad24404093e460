import { reportFileName } from '../../shared/documents/report/fileName';
import type { Workshop } from '../../shared/workshop/schema';
import type { ReportPhase, ReportRequest, ReportResponse } from './reportProtocol';
import { createWorkerChannel } from './workerChannel';

export type { ReportPhase };

export interface ReportPdf {
  bytes: Uint8Array<ArrayBuffer>;
  fileName: string;
}

/** The report worker, created on the first report export and kept for the next ones. */
const ask = createWorkerChannel<ReportRequest, ReportResponse, ReportPhase>(
  () => new Worker(new URL('./report.worker.ts', import.meta.url), { type: 'module', name: 'accord-report' }),
);

/**
 * Renders the workshop report in the worker, reporting its phases. Rejections carry a short
 * lower-case reason meant to follow the caller's own sentence.
 */
export async function renderWorkshopReport(workshop: Workshop, onProgress?: (phase: ReportPhase) => void): Promise<ReportPdf> {
  const done = await ask({ workshop, generatedAt: new Date().toISOString() }, onProgress);
  return { bytes: new Uint8Array(done.bytes), fileName: reportFileName(workshop) };
}
