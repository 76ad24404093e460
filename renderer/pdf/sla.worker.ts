import './bufferGlobal';
import { Document, Page, pdf, Text } from '@react-pdf/renderer';
import { createElement as h } from 'react';
import { fontStack } from '../../shared/documents/fonts';
import { renderSealedSla, TrailBrokenError } from '../../shared/documents/renderSla';
import { describeCertificate } from '../../shared/seal/certificates';
import type { PdfRequest, SealAnswer, SlaRequest, SlaResponse, WarmRequest } from './protocol';
import { registerWorkerFonts } from './workerFonts';

/**
 * Renders the SLA off the main thread (layout of a CJK document blocks for hundreds of ms)
 * through the same renderSealedSla as the CLI. The key is not here: the seal step asks the page,
 * which has it sealed by whoever keeps the key (main in the desktop app, the seal worker in
 * browser mode) and answers with the sealed bytes.
 */
registerWorkerFonts();

const reply = (msg: SlaResponse, transfer: Transferable[] = []) => self.postMessage(msg, { transfer });

/** Seal questions waiting for the page's answer, by request id. */
const sealing = new Map<number, { resolve: (bytes: Uint8Array) => void; reject: (e: Error) => void }>();

function answer(msg: SealAnswer): void {
  const waiting = sealing.get(msg.id);
  sealing.delete(msg.id);
  if (msg.type === 'sealed') waiting?.resolve(new Uint8Array(msg.bytes));
  else waiting?.reject(new Error(msg.message));
}

const askToSeal = (id: number) => (unsealed: Uint8Array, reason: string) =>
  new Promise<Uint8Array>((resolve, reject) => {
    sealing.set(id, { resolve, reject });
    const bytes = unsealed.slice().buffer;
    reply({ id, type: 'seal', bytes, reason }, [bytes]);
  });

self.addEventListener('message', (event: MessageEvent<PdfRequest>) => {
  const msg = event.data;
  if (msg.type === 'sla') void render(msg);
  else if (msg.type === 'warm') void warm(msg);
  else answer(msg);
});

async function render({ id, workshop, version, sealerCertificate }: SlaRequest): Promise<void> {
  try {
    const sealer = await describeCertificate(sealerCertificate);
    if (!sealer) throw new Error('the seal certificate cannot be read');
    reply({ id, type: 'progress', phase: 'rendering' });
    const out = await renderSealedSla(
      { workshop, version, sealer: { subject: sealer.subject, fingerprint: sealer.fingerprint }, now: new Date() },
      async (doc) => new Uint8Array(await (await pdf(doc).toBlob()).arrayBuffer()),
      askToSeal(id),
    );
    const bytes = out.bytes.slice().buffer;
    reply({ id, type: 'done', bytes, contentHash: out.contentHash, versionNumber: out.versionNumber }, [bytes]);
  } catch (err) {
    if (err instanceof TrailBrokenError) return reply({ id, type: 'trailBroken', trail: err.trail });
    const message = err instanceof Error ? err.message : String(err);
    reply({ id, type: 'error', message: message || 'the PDF engine failed without a message' });
  }
}

/** One small page in the document's fonts, regular and bold: what the first export would otherwise load. */
async function warm({ id, cjk }: WarmRequest): Promise<void> {
  try {
    const text = (fontWeight: number) => h(Text, { style: { fontFamily: fontStack(cjk), fontWeight } }, cjk ? 'Accord 协议' : 'Accord');
    await (await pdf(h(Document, null, h(Page, { size: 'A4' }, text(400), text(700)))).toBlob()).arrayBuffer();
    reply({ id, type: 'warmed' });
  } catch (err) {
    reply({ id, type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
}
