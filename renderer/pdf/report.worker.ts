import './bufferGlobal';
import { pdf } from '@react-pdf/renderer';
import interBold from '@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf?url';
import interRegular from '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf?url';
import notoScBold from '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf?url';
import notoScRegular from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';
import { registerPdfFonts } from '../../shared/documents/fonts';
import { renderReport } from '../../shared/documents/report/render';
import type { ReportRequest, ReportResponse } from './reportProtocol';

/**
 * Renders the workshop report off the main thread: 20-odd pages laid out twice (once to learn
 * the page numbers for the contents) would block the UI for seconds. Its own worker, without the
 * SLA's signing code, so the report never waits behind a seal and loads less.
 */
// react-pdf fetches font URLs with fetch(); absolute against the worker's location so the
// relative asset paths of a `base: './'` build resolve under any protocol.
const absolute = (url: string) => new URL(url, self.location.href).href;

registerPdfFonts({
  interRegular: absolute(interRegular),
  interBold: absolute(interBold),
  notoScRegular: absolute(notoScRegular),
  notoScBold: absolute(notoScBold),
});

const reply = (msg: ReportResponse, transfer: Transferable[] = []) => self.postMessage(msg, { transfer });

self.addEventListener('message', (event: MessageEvent<ReportRequest>) => {
  void render(event.data);
});

async function render({ id, workshop, generatedAt }: ReportRequest): Promise<void> {
  try {
    const blob = await renderReport({ workshop, generatedAt }, (doc) => pdf(doc).toBlob(), (phase) => reply({ id, type: 'progress', phase }));
    const bytes = await blob.arrayBuffer();
    reply({ id, type: 'done', bytes }, [bytes]);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    reply({ id, type: 'error', message: message || 'the PDF engine failed without a message' });
  }
}
