import { slaFileName } from '../../shared/documents/fileName';
import type { Workshop } from '../../shared/workshop/schema';
import { platform } from '../platform';
import type { ExportPhase, PdfRequest, SlaResponse } from './protocol';

export type { ExportPhase };

export interface SlaPdf {
  bytes: Uint8Array<ArrayBuffer>;
  contentHash: string;
  fileName: string;
}

type Reply = Extract<SlaResponse, { type: 'done' | 'identity' }>;

interface Pending {
  resolve: (r: Reply) => void;
  reject: (e: Error) => void;
  onProgress?: (phase: ExportPhase) => void;
}

/** A request without its id, as callers write it (Omit over the union, member by member). */
type Ask = PdfRequest extends infer R ? (R extends PdfRequest ? Omit<R, 'id'> : never) : never;

/**
 * The page side of the PDF worker. The worker (react-pdf, fonts, signing, ~720 KB gzip) is
 * created on the first export only and kept for the next ones, which then skip loading and
 * font parsing.
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
    if (msg.type === 'error') p.reject(new Error(msg.message));
    else p.resolve(msg);
  });
  w.addEventListener('error', (event: ErrorEvent) => {
    event.preventDefault();
    failAll(new Error(event.message ? `the PDF engine stopped: ${event.message}` : 'the PDF engine could not be loaded'));
  });
  w.addEventListener('messageerror', () => failAll(new Error('the PDF engine sent a message that could not be read')));
  worker = w;
  return w;
}

function ask(request: Ask, onProgress?: (phase: ExportPhase) => void): Promise<Reply> {
  const id = nextId++;
  return new Promise<Reply>((resolve, reject) => {
    pending.set(id, { resolve, reject, onProgress });
    try {
      getWorker().postMessage({ ...request, id } as PdfRequest);
    } catch (err) {
      pending.delete(id);
      reject(new Error(`the PDF engine could not start: ${err instanceof Error ? err.message : String(err)}`));
    }
  });
}

/**
 * The install's seal identity: the stored one, or one the worker makes on first use and the
 * platform stores (safeStorage in the desktop app, IndexedDB in browser mode). Looked up once
 * per session; a failure is not cached, so the next export tries again.
 */
let identity: Promise<string> | null = null;
function sealIdentity(): Promise<string> {
  identity ??= (async () => {
    const stored = await platform.loadSealIdentity();
    if (stored) return stored;
    const made = await ask({ type: 'createIdentity' });
    if (made.type !== 'identity') throw new Error('the PDF engine did not make a seal key');
    return platform.storeSealIdentity(made.identity);
  })().catch((err: unknown) => {
    identity = null;
    throw new Error(`the seal key is not available: ${err instanceof Error ? err.message : String(err)}`);
  });
  return identity;
}

/**
 * Renders the workshop's SLA in the worker and seals it. Rejections carry a short lower-case
 * reason meant to follow a caller's own sentence ("The SLA PDF could not be made: …").
 */
export async function exportSlaPdf(workshop: Workshop, onProgress?: (phase: ExportPhase) => void, version?: number): Promise<SlaPdf> {
  onProgress?.('starting');
  const result = await ask({ type: 'sla', workshop, identity: await sealIdentity(), ...(version === undefined ? {} : { version }) }, onProgress);
  if (result.type !== 'done') throw new Error('the PDF engine answered with something other than a PDF');
  onProgress?.('done');
  return { bytes: new Uint8Array(result.bytes), contentHash: result.contentHash, fileName: slaFileName(workshop, version) };
}
