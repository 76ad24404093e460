import { slaFileName } from '../../shared/documents/fileName';
import type { Workshop } from '../../shared/workshop/schema';
import type { ExportPhase, SlaRequest, SlaResponse } from './protocol';

export type { ExportPhase };

export interface SlaPdf {
  bytes: Uint8Array<ArrayBuffer>;
  contentHash: string;
  fileName: string;
}

interface Pending {
  resolve: (r: { bytes: ArrayBuffer; contentHash: string }) => void;
  reject: (e: Error) => void;
  onProgress?: (phase: ExportPhase) => void;
}

/**
 * The page side of the PDF worker. The worker (react-pdf, fonts, ~450 KB gzip) is created on
 * the first export only and kept for the next ones, which then skip loading and font parsing.
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
  const w = new Worker(new URL('./sla.worker.ts', import.meta.url), { type: 'module', name: 'accord-pdf' });
  w.addEventListener('message', (event: MessageEvent<SlaResponse>) => {
    const msg = event.data;
    const p = pending.get(msg.id);
    if (!p) return;
    if (msg.type === 'progress') {
      p.onProgress?.(msg.phase);
      return;
    }
    pending.delete(msg.id);
    if (msg.type === 'done') p.resolve({ bytes: msg.bytes, contentHash: msg.contentHash });
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
 * Renders the workshop's SLA in the worker. Rejections carry a short lower-case reason meant to
 * follow a caller's own sentence ("The SLA PDF could not be made: …").
 */
export async function exportSlaPdf(workshop: Workshop, onProgress?: (phase: ExportPhase) => void): Promise<SlaPdf> {
  onProgress?.('starting');
  const id = nextId++;
  const result = await new Promise<{ bytes: ArrayBuffer; contentHash: string }>((resolve, reject) => {
    pending.set(id, { resolve, reject, onProgress });
    try {
      const request: SlaRequest = { id, workshop };
      getWorker().postMessage(request);
    } catch (err) {
      pending.delete(id);
      reject(new Error(`the PDF engine could not start: ${err instanceof Error ? err.message : String(err)}`));
    }
  });
  onProgress?.('done');
  return { bytes: new Uint8Array(result.bytes), contentHash: result.contentHash, fileName: slaFileName(workshop) };
}
