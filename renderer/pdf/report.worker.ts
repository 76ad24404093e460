import './bufferGlobal';
import { pdf } from '@react-pdf/renderer';
import { renderReport } from '../../shared/documents/renderReport';
import type { ReportRequest, ReportResponse } from './reportProtocol';
import { registerWorkerFonts } from './workerFonts';

/**
 * Renders the workshop report off the main thread: laying out 20-odd pages would block the UI
 * for seconds. Its own worker, without the
 * SLA's signing code, so the report never waits behind a seal and loads less.
 */
registerWorkerFonts();

const reply = (msg: ReportResponse, transfer: Transferable[] = []) => self.postMessage(msg, { transfer });

self.addEventListener('message', (event: MessageEvent<ReportRequest>) => {
  void render(event.data);
});

async function render({ id, workshop, generatedAt }: ReportRequest): Promise<void> {
  try {
    const blob = await renderReport(
      { workshop, generatedAt },
      (doc) => pdf(doc).toBlob(),
      (phase) => reply({ id, type: 'progress', phase }),
    );
    const bytes = await blob.arrayBuffer();
    reply({ id, type: 'done', bytes }, [bytes]);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    reply({ id, type: 'error', message: message || 'the PDF engine failed without a message' });
  }
}
