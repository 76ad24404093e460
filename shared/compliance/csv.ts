import Papa from 'papaparse';
import type { SlaCommitment } from '../workshop/schema';
import type { Actual, CompliancePeriod, LogUnit } from '../workshop/steps/feedback';
import { isIsoDate } from '../calendar/dates';
import { newId } from '../workshop/factory';
import { commitmentTarget, partTarget, wholeColumnTarget, type CsvTarget } from './csvMapping';
import { periodFrom } from './periods';

export interface ParsedCsv {
  /** Column headers, made unique ("MQLs", "MQLs (2)") so each can be mapped on its own. */
  headers: string[];
  /** Data records with their spreadsheet row number (the header is row 1). */
  rows: { row: number; cells: string[] }[];
}

/** Headers made unique ("MQLs", "MQLs (2)"); a blank one is named by its position. */
export function uniqueHeaders(record: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return record.map((h, i) => {
    const base = h.trim() || `Column ${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

/** Reads a CRM export: any delimiter papaparse detects, quoted fields, a byte-order mark. */
export function parseCsv(text: string): { ok: true; csv: ParsedCsv } | { ok: false; code: 'empty' | 'noDataRows'; error: string } {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const records = result.data;
  const headerIndex = records.findIndex((r) => r.some((c) => c.trim() !== ''));
  if (headerIndex < 0) return { ok: false, code: 'empty', error: 'The file is empty: expected a header row and one row per period.' };
  const headers = uniqueHeaders(records[headerIndex]!);
  const rows = records
    .map((cells, i) => ({ row: i + 1, cells }))
    .slice(headerIndex + 1)
    .filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (rows.length === 0) return { ok: false, code: 'noDataRows', error: 'The file has a header row but no data rows.' };
  return { ok: true, csv: { headers, rows } };
}

/**
 * A number as CRMs and spreadsheets export it: "92", "92.5", "92,5", "92 %", "1,234",
 * "1.234,5". A comma followed by exactly three digits is a thousands separator; otherwise a
 * lone comma is the decimal mark.
 */
export function parseNumber(raw: string): number | null {
  let s = raw.replace(/[\s\u00a0%]/g, '');
  if (s === '') return null;
  if (s.includes(',') && s.includes('.'))
    s = s.lastIndexOf(',') > s.lastIndexOf('.') ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  else if (/^-?\d{1,3}(,\d{3})+$/.test(s)) s = s.replace(/,/g, '');
  else s = s.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(s)) return Number.NaN;
  return Number(s);
}

/** YYYY-MM-DD, YYYY/MM/DD or YYYY-MM (the first of that month). Day-first and month-first forms are refused: ambiguous. */
export function parseDate(raw: string): string | null {
  const s = raw.trim().replace(/\//g, '-');
  const full = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const month = /^(\d{4})-(\d{1,2})$/.exec(s);
  const iso = full
    ? `${full[1]}-${full[2]!.padStart(2, '0')}-${full[3]!.padStart(2, '0')}`
    : month
      ? `${month[1]}-${month[2]!.padStart(2, '0')}-01`
      : '';
  return isIsoDate(iso) ? iso : null;
}

/** What is wrong with a cell (or a row): the UI words these; `message` says the same in English. */
export type CsvRowErrorCode =
  'startEmpty' | 'notADate' | 'endBeforeStart' | 'duplicateStart' | 'notANumber' | 'negative' | 'percentAbove100' | 'partAboveWhole';

export interface CsvRowError {
  /** Spreadsheet row number (header = row 1). */
  row: number;
  /** The column header, or null when the problem is the row as a whole. */
  column: string | null;
  code: CsvRowErrorCode;
  /** The cell as written, and the facts the message quotes. */
  value?: string;
  start?: string;
  end?: string;
  otherRow?: number;
  whole?: number;
  wholeColumn?: string;
  message: string;
}

export interface CsvImport {
  periods: CompliancePeriod[];
  /** Every problem found; a row with any problem is skipped entirely. */
  errors: CsvRowError[];
  skippedRows: number[];
}

interface CommitmentColumns {
  c: SlaCommitment;
  /** A count (volume), or a percentage read as a share of 100. */
  direct: number;
  part: number;
  whole: number;
}

/**
 * Applies a column mapping to the records: one period per good row; bad rows are skipped and
 * listed by row and column. A volume column holds a count (the MQLs delivered column counts for
 * every volume commitment without its own); a share is read from its two count columns (`part:`
 * of the whole: its `of:` column, else the MQLs delivered, else a volume column), or from a
 * percentage column as `{ part: p, of: 100 }`.
 */
export function importActuals(
  csv: ParsedCsv,
  mapping: Record<string, CsvTarget>,
  commitments: readonly SlaCommitment[],
  unit: LogUnit,
  makeId = newId,
): CsvImport {
  const importer = actualsImporter(csv.headers, mapping, commitments, unit, makeId);
  const out: CsvImport = { periods: [], errors: [], skippedRows: [] };
  for (const r of csv.rows) {
    const read = importer(r);
    if ('period' in read) out.periods.push(read.period);
    else {
      out.errors.push(...read.errors);
      out.skippedRows.push(r.row);
    }
  }
  return out;
}

/**
 * The same, one record at a time, so a file can be streamed: returns the row's period or its
 * problems. Remembers only the period starts seen (to refuse a duplicate).
 */
export function actualsImporter(
  headers: readonly string[],
  mapping: Record<string, CsvTarget>,
  commitments: readonly SlaCommitment[],
  unit: LogUnit,
  makeId = newId,
): (record: { row: number; cells: readonly string[] }) => { period: CompliancePeriod } | { errors: CsvRowError[] } {
  const csv = { headers };
  const col = (t: CsvTarget | null) => (t === null ? -1 : csv.headers.findIndex((h) => mapping[h] === t));
  const [labelCol, startCol, endCol] = [col('periodLabel'), col('periodStart'), col('periodEnd')];
  const targets = new Set<string>(Object.values(mapping));
  const mapped: CommitmentColumns[] = commitments
    // The MQLs delivered count for every volume commitment without a column of its own.
    .map((c) => ({
      c,
      direct: col(commitmentTarget(c.id)) >= 0 || c.kind !== 'mqlVolume' ? col(commitmentTarget(c.id)) : col('delivered'),
      part: col(partTarget(c.id)),
      whole: col(wholeColumnTarget(c, commitments, targets)),
    }))
    .filter((m) => m.direct >= 0 || m.part >= 0);
  const seenStarts = new Map<string, number>();

  return ({ row, cells }) => {
    const rowErrors: CsvRowError[] = [];
    const cell = (i: number) => (i >= 0 ? (cells[i] ?? '').trim() : '');
    const fail = (i: number | null, e: Omit<CsvRowError, 'row' | 'column'>) => {
      const column = i === null || i < 0 ? null : (csv.headers[i] ?? null);
      // A whole shared by several shares is reported once.
      if (!rowErrors.some((x) => x.column === column && x.code === e.code)) rowErrors.push({ row, column, ...e });
    };

    const start = startCol >= 0 ? parseDate(cell(startCol)) : null;
    if (!start) {
      if (cell(startCol) === '') fail(startCol, { code: 'startEmpty', message: 'the period start is empty.' });
      else fail(startCol, { code: 'notADate', value: cell(startCol), message: `“${cell(startCol)}” is not a date; use YYYY-MM-DD.` });
    }
    let end = endCol >= 0 && cell(endCol) !== '' ? parseDate(cell(endCol)) : null;
    if (endCol >= 0 && cell(endCol) !== '' && !end)
      fail(endCol, { code: 'notADate', value: cell(endCol), message: `“${cell(endCol)}” is not a date; use YYYY-MM-DD.` });
    if (start && end && end < start)
      fail(endCol, { code: 'endBeforeStart', start, end, message: `the period ends (${end}) before it starts (${start}).` });
    if (start && seenStarts.has(start))
      fail(startCol, {
        code: 'duplicateStart',
        start,
        otherRow: seenStarts.get(start)!,
        message: `a period starting ${start} is already on row ${seenStarts.get(start)}.`,
      });

    /** A count from a column: null when empty, undefined when refused (and reported). */
    const count = (i: number): number | null | undefined => {
      const raw = cell(i);
      const v = parseNumber(raw);
      if (v === null) return null;
      if (Number.isNaN(v)) return void fail(i, { code: 'notANumber', value: raw, message: `“${raw}” is not a number.` });
      if (v < 0) return void fail(i, { code: 'negative', value: raw, message: `${v} is negative; actuals are 0 or more.` });
      return v;
    };

    const actuals: Record<string, Actual | null> = {};
    for (const { c, direct, part, whole } of mapped) {
      if (part >= 0) {
        const [p, of] = [count(part), whole >= 0 ? count(whole) : null];
        if (p === undefined || of === undefined) continue;
        if (p !== null && of !== null && p > of) {
          fail(part, {
            code: 'partAboveWhole',
            value: cell(part),
            whole: of,
            wholeColumn: csv.headers[whole],
            message: `${p} is more than the ${of} in column “${csv.headers[whole]}”.`,
          });
          continue;
        }
        actuals[c.id] = p === null && of === null ? null : { part: p, of };
        continue;
      }
      const v = count(direct);
      if (v === undefined) continue;
      if (c.kind !== 'mqlVolume' && v !== null && v > 100) {
        fail(direct, { code: 'percentAbove100', value: cell(direct), message: `${v} % is above 100 %; this column is a percentage.` });
        continue;
      }
      // A percentage keeps its share, read as a part of 100.
      actuals[c.id] = v === null ? null : c.kind === 'mqlVolume' ? v : { part: v, of: 100 };
    }

    if (rowErrors.length > 0 || !start) return { errors: rowErrors };
    seenStarts.set(start, row);
    const derived = periodFrom(start, unit);
    end ??= derived.end;
    const label = (cell(labelCol) || derived.label).slice(0, 40);
    return { period: { id: makeId(), label, start, end, actuals } };
  };
}

export const describeRowError = (e: CsvRowError): string => `Row ${e.row}${e.column ? `, column “${e.column}”` : ''}: ${e.message}`;
