import { importActualsFile } from './actualsBatch';
import { scoreLeadFile } from './leadBatch';
import type { CsvWorkerRequest, CsvWorkerResponse } from './protocol';

/**
 * Reads a CSV off the main thread, a slice at a time: step 5's lead batch (scored as it is read)
 * and step 10's actuals. One job per worker; a cancel is seen between two slices and answered
 * with what was read so far.
 */
let cancelled = false;
const reply = (msg: CsvWorkerResponse) => self.postMessage(msg);

self.addEventListener('message', (event: MessageEvent<CsvWorkerRequest>) => {
  const req = event.data;
  if (req.type === 'cancel') cancelled = true;
  else void run(req);
});

async function run(req: Exclude<CsvWorkerRequest, { type: 'cancel' }>): Promise<void> {
  // Progress at most every 50 ms: enough to move a bar, few enough messages to stay cheap.
  let last = 0;
  const control = {
    cancelled: () => cancelled,
    onProgress(bytesRead: number, totalBytes: number) {
      const now = performance.now();
      if (now - last < 50 && bytesRead < totalBytes) return;
      last = now;
      reply({ type: 'progress', bytesRead, totalBytes });
    },
  };
  try {
    if (req.type === 'leads') reply({ type: 'leads', outcome: await scoreLeadFile(req.file, req.model, control) });
    else
      reply({
        type: 'actuals',
        outcome: await importActualsFile(req.file, { mapping: req.mapping, commitments: req.commitments, unit: req.unit }, control),
      });
  } catch (err) {
    reply({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
}
