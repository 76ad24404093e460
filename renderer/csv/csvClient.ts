import type { ScoringModel } from '../../shared/scoring/score';
import type { ActualsOutcome, ActualsRequest } from './actualsBatch';
import type { LeadBatchOutcome } from './leadBatch';
import type { CsvWorkerRequest, CsvWorkerResponse } from './protocol';

export interface CsvJob<T> {
  result: Promise<T>;
  /** Stops reading; the result then holds what was read so far (marked partial). */
  cancel(): void;
}

/** After a cancel, how long the worker has to answer with its partial result before it is ended. */
const CANCEL_GRACE_MS = 30_000;

function start<K extends 'leads' | 'actuals', T>(
  request: Extract<CsvWorkerRequest, { type: K }>,
  onProgress: (bytesRead: number, totalBytes: number) => void,
  whenKilled: T,
): CsvJob<T> {
  const worker = new Worker(new URL('./csv.worker.ts', import.meta.url), { type: 'module', name: 'accord-csv' });
  let settle: (v: T) => void = () => undefined;
  let fail: (e: Error) => void = () => undefined;
  let done = false;
  const result = new Promise<T>((resolve, reject) => {
    settle = (v) => {
      done = true;
      worker.terminate();
      resolve(v);
    };
    fail = (e) => {
      done = true;
      worker.terminate();
      reject(e);
    };
  });
  worker.addEventListener('message', (event: MessageEvent<CsvWorkerResponse>) => {
    const msg = event.data;
    if (msg.type === 'progress') onProgress(msg.bytesRead, msg.totalBytes);
    else if (msg.type === 'error') fail(new Error(msg.message));
    else settle(msg.outcome as T);
  });
  worker.addEventListener('error', (e) => fail(new Error(e.message || 'the CSV reader stopped')));
  worker.postMessage(request);
  return {
    result,
    cancel() {
      if (done) return;
      worker.postMessage({ type: 'cancel' } satisfies CsvWorkerRequest);
      setTimeout(() => !done && settle(whenKilled), CANCEL_GRACE_MS);
    },
  };
}

/** Scores a lead export in the CSV worker, reporting bytes read. */
export const scoreLeadsInWorker = (file: Blob, model: ScoringModel, onProgress: (read: number, total: number) => void) =>
  start<'leads', LeadBatchOutcome | null>({ type: 'leads', file, model }, onProgress, null);

/** Imports an actuals export in the CSV worker, reporting bytes read. */
export const importActualsInWorker = (file: Blob, req: ActualsRequest, onProgress: (read: number, total: number) => void) =>
  start<'actuals', ActualsOutcome | null>({ type: 'actuals', file, ...req }, onProgress, null);
