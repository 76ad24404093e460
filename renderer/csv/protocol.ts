import type { ScoringModel } from '../../shared/scoring/score';
import type { LeadBatchOutcome } from './leadBatch';
import type { ActualsOutcome, ActualsRequest } from './actualsBatch';

/** What the page asks the CSV worker: one file per job, then perhaps a cancel. */
export type CsvWorkerRequest =
  { type: 'leads'; file: Blob; model: ScoringModel } | ({ type: 'actuals'; file: Blob } & ActualsRequest) | { type: 'cancel' };

/** What the worker answers: progress while it reads, then one result. */
export type CsvWorkerResponse =
  | { type: 'progress'; bytesRead: number; totalBytes: number }
  | { type: 'leads'; outcome: LeadBatchOutcome }
  | { type: 'actuals'; outcome: ActualsOutcome }
  | { type: 'error'; message: string };
