import './bufferGlobal';
import { pdf } from '@react-pdf/renderer';
import interBold from '@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf?url';
import interRegular from '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf?url';
import notoScBold from '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf?url';
import notoScRegular from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';
import { registerPdfFonts, SlaDocument } from '../../shared/documents';
import { slaContentHash } from '../../shared/sla/canonical';
import type { SlaRequest, SlaResponse } from './protocol';

/**
 * Renders the SLA off the main thread (layout of a CJK document blocks for hundreds of ms).
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

self.addEventListener('message', (event: MessageEvent<SlaRequest>) => {
  void render(event.data);
});

async function render({ id, workshop }: SlaRequest): Promise<void> {
  try {
    const contentHash = await slaContentHash(workshop);
    reply({ id, type: 'progress', phase: 'rendering' });
    const blob = await pdf(SlaDocument({ workshop, contentHash, generatedAt: new Date().toISOString() })).toBlob();
    const bytes = await blob.arrayBuffer();
    reply({ id, type: 'done', bytes, contentHash }, [bytes]);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    reply({ id, type: 'error', message: message || 'the PDF engine failed without a message' });
  }
}
