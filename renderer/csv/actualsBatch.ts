import Papa from 'papaparse';
import type { SlaCommitment } from '../../shared/workshop/schema';
import type { CompliancePeriod, LogUnit } from '../../shared/workshop/steps/feedback';
import { actualsImporter, uniqueHeaders, type CsvImport, type CsvRowError } from '../../shared/compliance/csv';
import type { CsvTarget } from '../../shared/compliance/csvMapping';
import { periodsInOrder } from '../../shared/compliance/periods';
import { looksBinary, MAX_CSV_BYTES, streamCsv, type FileRefusal, type StreamControl } from './csvStream';

/** How much of the file is read to show its columns before the mapping is confirmed. */
export const PEEK_BYTES = 64 * 1024;
/** The workshop keeps this many periods (FeedbackStep's import keeps the latest); more is never held. */
export const KEPT_PERIODS = 520;
export const KEPT_ERRORS = 200;
/** Skipped row numbers listed (each is a number: cheap, but not unbounded). */
export const KEPT_SKIPPED = 10_000;

export interface CsvPeek {
  headers: string[];
  /** The first data record, to show next to each header. */
  firstRow: string[];
  /** Data rows, when the whole file fitted in the peek; null when it is counted while importing. */
  rows: number | null;
}

/** The header and first row of a file, from its first bytes only; a binary or header-less file is refused. */
export async function peekCsv(
  file: Blob,
): Promise<{ ok: true; peek: CsvPeek } | { ok: false; refusal: FileRefusal | { code: 'noDataRows' } }> {
  if (file.size > MAX_CSV_BYTES) return { ok: false, refusal: { code: 'tooLarge', bytes: file.size, limit: MAX_CSV_BYTES } };
  const bytes = new Uint8Array(await file.slice(0, PEEK_BYTES).arrayBuffer());
  if (looksBinary(bytes)) return { ok: false, refusal: { code: 'binary' } };
  const whole = file.size <= PEEK_BYTES;
  let text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
  // A record cut at the end of the peek is not shown.
  if (!whole) text = text.slice(0, Math.max(0, text.lastIndexOf('\n')));
  const records = Papa.parse<string[]>(text, { skipEmptyLines: false }).data;
  const headerIndex = records.findIndex((r) => r.some((c) => c.trim() !== ''));
  if (headerIndex < 0) return { ok: false, refusal: { code: 'empty' } };
  const data = records.slice(headerIndex + 1).filter((r) => r.some((c) => c.trim() !== ''));
  if (data.length === 0 && whole) return { ok: false, refusal: { code: 'noDataRows' } };
  return { ok: true, peek: { headers: uniqueHeaders(records[headerIndex]!), firstRow: data[0] ?? [], rows: whole ? data.length : null } };
}

export interface ActualsRequest {
  mapping: Record<string, CsvTarget>;
  commitments: SlaCommitment[];
  unit: LogUnit;
}

export interface ActualsSummary extends CsvImport {
  /** Every problem and skipped row, when only the first are listed. */
  errorCount: number;
  skippedCount: number;
  partial: boolean;
}

export type ActualsOutcome = { ok: true; summary: ActualsSummary } | { ok: false; refusal: FileRefusal };

/**
 * Streams an actuals export through the confirmed mapping. Bad rows are listed by row and column
 * (the first KEPT_ERRORS) and skipped; only the latest KEPT_PERIODS periods are kept, as many as
 * the workshop stores. A cancel returns what was read so far, marked partial.
 */
export async function importActualsFile(
  file: Blob,
  req: ActualsRequest,
  control: StreamControl,
  sliceBytes?: number,
): Promise<ActualsOutcome> {
  let importer: ReturnType<typeof actualsImporter> | null = null;
  let periods: CompliancePeriod[] = [];
  const errors: CsvRowError[] = [];
  const skippedRows: number[] = [];
  let errorCount = 0;
  let skippedCount = 0;
  let index = 0;
  const r = await streamCsv(
    file,
    (records) => {
      for (const cells of records) {
        const row = ++index;
        if (cells.every((c) => c.trim() === '')) continue;
        if (importer === null) {
          importer = actualsImporter(uniqueHeaders(cells), req.mapping, req.commitments, req.unit);
          continue;
        }
        const read = importer({ row, cells });
        if ('period' in read) {
          periods.push(read.period);
          if (periods.length >= 2 * KEPT_PERIODS) periods = periodsInOrder(periods).slice(-KEPT_PERIODS);
          continue;
        }
        errorCount += read.errors.length;
        skippedCount++;
        for (const e of read.errors) if (errors.length < KEPT_ERRORS) errors.push(e);
        if (skippedRows.length < KEPT_SKIPPED) skippedRows.push(row);
      }
      return 'more';
    },
    control,
    sliceBytes,
  );
  if (r.outcome === 'refused') return { ok: false, refusal: r.refusal };
  if (periods.length > KEPT_PERIODS) periods = periodsInOrder(periods).slice(-KEPT_PERIODS);
  return { ok: true, summary: { periods, errors, skippedRows, errorCount, skippedCount, partial: r.outcome === 'cancelled' } };
}
