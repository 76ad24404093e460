import { reportFileName } from '../../shared/documents/report/fileName';
import type { Workshop } from '../../shared/workshop/schema';
import type { ReportPhase, ReportRequest, ReportResponse } from './reportProtocol';

export type { ReportPhase };

export interface ReportPdf {
  bytes: Uint8Array<ArrayBuffer>;
  fileName: string;
}

interface Pending {
  resolve: (bytes: ArrayBuffer) => void;
  reject: (e: Error) => void;
  onProgress?: (phase: ReportPhase) => void;
}

/**
 * The page side of the report worker, created on the first report export and kept for the
 * next ones (which then skip loading react-pdf and parsing the fonts).
 */
let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(error: Error): void {
  for (const p of pending.values()) p.reject(error);
  pending.clear();
  // A worker that failed to load or crashed is not reused; the next export starts a fresh one.
  worker?.terminate();
  worker = null;
}

function getWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('./report.worker.ts', import.meta.url), { type: 'module', name: 'accord-report' });
  w.addEventListener('message', (event: MessageEvent<ReportResponse>) => {
    const msg = event.data;
    const p = pending.get(msg.id);
    if (!p) return;
    if (msg.type === 'progress') {
      p.onProgress?.(msg.phase);
      return;
    }
    pending.delete(msg.id);
    if (msg.type === 'done') p.resolve(msg.bytes);
    else p.reject(new Error(msg.message));
  });
  w.addEventListener('error', (event: ErrorEvent) => {
    event.preventDefault();
    failAll(new Error(event.message ? `the PDF engine stopped: ${event.message}` : 'the PDF engine could not be loaded'));
  });
  w.addEventListener('messageerror', () => failAll(new Error('the PDF engine sent a message that could not be read')));
  worker = w;
  return w;
}

/**
 * Renders the workshop report in the worker, reporting its phases. Rejections carry a short
 * lower-case reason meant to follow the caller's own sentence.
 */
export async function renderWorkshopReport(workshop: Workshop, onProgress?: (phase: ReportPhase) => void): Promise<ReportPdf> {
  const id = nextId++;
  const bytes = await new Promise<ArrayBuffer>((resolve, reject) => {
    pending.set(id, { resolve, reject, onProgress });
    try {
      const request: ReportRequest = { id, workshop, generatedAt: new Date().toISOString() };
      getWorker().postMessage(request);
    } catch (err) {
      pending.delete(id);
      reject(new Error(`the PDF engine could not start: ${err instanceof Error ? err.message : String(err)}`));
    }
  });
  return { bytes: new Uint8Array(bytes), fileName: reportFileName(workshop) };
}
