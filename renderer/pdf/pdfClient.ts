import { slaFileName } from '../../shared/documents/fileName';
import { fromBase64 } from '../../shared/seal/bytes';
import type { TrailCheck } from '../../shared/seal/trail';
import type { Workshop } from '../../shared/workshop/schema';
import { platform } from '../platform';
import type { ExportPhase, PdfRequest, SealAnswer, SlaResponse } from './protocol';
import { createWorkerChannel, type Ask } from './workerChannel';

export type { ExportPhase };

export interface SlaPdf {
  bytes: Uint8Array<ArrayBuffer>;
  contentHash: string;
  fileName: string;
}

/** The audit trail does not hold: nothing is exported, and the caller says where it broke. */
export class ExportBlockedError extends Error {
  constructor(readonly trail: TrailCheck) {
    super('the audit trail is broken');
    this.name = 'ExportBlockedError';
  }
}

/** The PDF worker (react-pdf and fonts), created on the first export only. */
const ask = createWorkerChannel<PdfRequest, SlaResponse, ExportPhase>(
  () => new Worker(new URL('./sla.worker.ts', import.meta.url), { type: 'module', name: 'accord-pdf' }),
);

const warmed = new Set<boolean>();

/**
 * Readies the first SLA export while the facilitator is on the SLA step (call when idle): the
 * worker loads react-pdf and parses the fonts the document needs, and the seal key is read (or
 * made) so it is ready. Once per font set; a failure is forgotten, the export reports its own.
 */
export function warmSlaExport(cjk: boolean): void {
  if (warmed.has(cjk)) return;
  warmed.add(cjk);
  ask({ type: 'warm', cjk }).catch(() => warmed.delete(cjk));
  platform.seal.info().catch(() => undefined);
}

/** The worker's seal step, done by whoever keeps the key; a failure goes back as its reason. */
async function sealFor(bytes: ArrayBuffer, reason: string): Promise<Ask<SealAnswer>> {
  try {
    const sealed = await platform.seal.sealPdf(new Uint8Array(bytes), reason);
    return { type: 'sealed', bytes: sealed.slice().buffer };
  } catch (err) {
    return { type: 'sealFailed', message: err instanceof Error ? err.message : String(err) };
  }
}

/**
 * The workshop's sealed SLA from the worker (shared/documents/renderSla.ts renderSealedSla),
 * sealed by whoever keeps the key (main, or browser mode's non-extractable key) when the worker
 * asks. Rejections carry a short lower-case reason meant to follow a caller's own sentence
 * ("The SLA PDF could not be made: …"), or an ExportBlockedError.
 */
export async function requestSealedSla(workshop: Workshop, onProgress?: (phase: ExportPhase) => void, version?: number): Promise<SlaPdf> {
  onProgress?.('starting');
  const info = await platform.seal.info().catch((err: unknown) => {
    throw new Error(`the seal key is not available: ${err instanceof Error ? err.message : String(err)}`);
  });
  const sealer = info.organisation ?? info.install;
  const request = {
    type: 'sla' as const,
    workshop,
    sealerCertificate: fromBase64(sealer.certificates[0]!),
    ...(version === undefined ? {} : { version }),
  };
  const result = await ask(request, onProgress, (msg) => {
    if (msg.type !== 'seal') return null;
    onProgress?.('sealing');
    return sealFor(msg.bytes, msg.reason);
  });
  if (result.type === 'trailBroken') throw new ExportBlockedError(result.trail);
  if (result.type !== 'done') throw new Error('the PDF engine answered with something other than a PDF');
  onProgress?.('done');
  return { bytes: new Uint8Array(result.bytes), contentHash: result.contentHash, fileName: slaFileName(workshop, version) };
}
