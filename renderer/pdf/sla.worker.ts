import './bufferGlobal';
import { pdf } from '@react-pdf/renderer';
import interBold from '@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf?url';
import interRegular from '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf?url';
import notoScBold from '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf?url';
import notoScRegular from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';
import { registerPdfFonts, SlaDocument } from '../../shared/documents';
import { createSealIdentity, parseSealIdentity, sealFactsForExport, sealPdf, serializeSealIdentity } from '../../shared/seal';
import { currentDocument } from '../../shared/sla/canonical';
import type { PdfRequest, SlaRequest, SlaResponse } from './protocol';

/**
 * Renders and seals the SLA off the main thread (layout of a CJK document blocks for hundreds
 * of ms; key generation and signing would too).
 * Fonts are fetched by URL from the app's own origin, which the CSP allows (connect-src 'self').
 */
// react-pdf fetches font URLs with fetch(); make them absolute against the worker's location
// so the relative asset paths of a `base: './'` build resolve under any protocol.
const absolute = (url: string) => new URL(url, self.location.href).href;

registerPdfFonts({
  interRegular: absolute(interRegular),
  interBold: absolute(interBold),
  notoScRegular: absolute(notoScRegular),
  notoScBold: absolute(notoScBold),
});

const reply = (msg: SlaResponse, transfer: Transferable[] = []) => self.postMessage(msg, { transfer });

self.addEventListener('message', (event: MessageEvent<PdfRequest>) => {
  const request = event.data;
  void (request.type === 'createIdentity' ? createIdentity(request.id) : render(request));
});

const failed = (id: number, err: unknown) => {
  const message = err instanceof Error ? err.message : String(err);
  reply({ id, type: 'error', message: message || 'the PDF engine failed without a message' });
};

async function createIdentity(id: number): Promise<void> {
  try {
    reply({ id, type: 'identity', identity: serializeSealIdentity(await createSealIdentity()) });
  } catch (err) {
    failed(id, err);
  }
}

async function render({ id, workshop, identity, version }: SlaRequest): Promise<void> {
  try {
    const parsed = parseSealIdentity(identity);
    if (!parsed.ok) throw new Error(parsed.error);
    const contentHash = currentDocument(workshop, version).contentHash;
    reply({ id, type: 'progress', phase: 'rendering' });
    const blob = await pdf(SlaDocument({ workshop, contentHash, generatedAt: new Date().toISOString(), version })).toBlob();
    reply({ id, type: 'progress', phase: 'sealing' });
    const sealed = await sealPdf(new Uint8Array(await blob.arrayBuffer()), parsed.identity, sealFactsForExport(workshop, version));
    const bytes = sealed.buffer;
    reply({ id, type: 'done', bytes, contentHash }, [bytes]);
  } catch (err) {
    failed(id, err);
  }
}
