import { slaFileName } from '../../shared/documents/fileName';
import type { Workshop } from '../../shared/workshop/schema';
import { platform } from '../platform';
import type { ExportPhase, PdfRequest, SlaResponse } from './protocol';
import { createWorkerChannel } from './workerChannel';

export type { ExportPhase };

export interface SlaPdf {
  bytes: Uint8Array<ArrayBuffer>;
  contentHash: string;
  fileName: string;
}

/**
 * The PDF worker (react-pdf, fonts, signing, ~720 KB gzip), created on the first export only.
 */
const ask = createWorkerChannel<PdfRequest, SlaResponse, ExportPhase>(
  () => new Worker(new URL('./sla.worker.ts', import.meta.url), { type: 'module', name: 'accord-pdf' }),
);

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
