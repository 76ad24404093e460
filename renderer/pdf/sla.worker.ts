import './bufferGlobal';
import { pdf } from '@react-pdf/renderer';
import interBold from '@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf?url';
import interRegular from '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf?url';
import notoScBold from '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf?url';
import notoScRegular from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';
import { registerPdfFonts } from '../../shared/documents/fonts';
import { renderSlaForSealing, TrailBrokenError } from '../../shared/documents/renderSla';
import { describeCertificate } from '../../shared/seal/certificates';
import type { PdfRequest, SlaResponse } from './protocol';

/**
 * Renders the SLA off the main thread (layout of a CJK document blocks for hundreds of ms) and
 * attaches Accord's record; sealing is done by whoever keeps the key (main in the desktop app,
 * the seal worker in browser mode). Fonts are fetched by URL from the app's own origin, which
 * the CSP allows (connect-src 'self').
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
  void render(event.data);
});

async function render({ id, workshop, version, sealerCertificate }: PdfRequest): Promise<void> {
  try {
    const sealer = await describeCertificate(sealerCertificate);
    if (!sealer) throw new Error('the seal certificate cannot be read');
    reply({ id, type: 'progress', phase: 'rendering' });
    const out = await renderSlaForSealing({ workshop, version, sealer: { subject: sealer.subject, fingerprint: sealer.fingerprint }, now: new Date() }, async (doc) =>
      new Uint8Array(await (await pdf(doc).toBlob()).arrayBuffer()),
    );
    const bytes = out.bytes.slice().buffer;
    reply({ id, type: 'done', bytes, contentHash: out.contentHash, versionNumber: out.versionNumber }, [bytes]);
  } catch (err) {
    if (err instanceof TrailBrokenError) return reply({ id, type: 'trailBroken', trail: err.trail });
    const message = err instanceof Error ? err.message : String(err);
    reply({ id, type: 'error', message: message || 'the PDF engine failed without a message' });
  }
}
