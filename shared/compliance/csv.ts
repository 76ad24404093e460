import Papa from 'papaparse';
import type { Period, SlaCommitment } from '../workshop/schema';
import type { CompliancePeriod } from '../workshop/steps/feedback';
import { isIsoDate } from '../calendar/dates';
import { newId } from '../workshop/factory';
import type { CsvTarget } from './csvMapping';
import { measureFor } from './measure';
import { periodFrom } from './periods';

export interface ParsedCsv {
  /** Column headers, made unique ("MQLs", "MQLs (2)") so each can be mapped on its own. */
  headers: string[];
  /** Data records with their spreadsheet row number (the header is row 1). */
  rows: { row: number; cells: string[] }[];
}

/** Reads a CRM export: any delimiter papaparse detects, quoted fields, a byte-order mark. */
export function parseCsv(text: string): { ok: true; csv: ParsedCsv } | { ok: false; error: string } {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const records = result.data;
  const headerIndex = records.findIndex((r) => r.some((c) => c.trim() !== ''));
  if (headerIndex < 0) return { ok: false, error: 'The file is empty: expected a header row and one row per period.' };
  const seen = new Map<string, number>();
  const headers = records[headerIndex]!.map((h, i) => {
    const base = h.trim() || `Column ${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
  const rows = records
    .map((cells, i) => ({ row: i + 1, cells }))
    .slice(headerIndex + 1)
    .filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (rows.length === 0) return { ok: false, error: 'The file has a header row but no data rows.' };
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
  if (s.includes(',') && s.includes('.')) s = s.lastIndexOf(',') > s.lastIndexOf('.') ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
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
  const iso = full ? `${full[1]}-${full[2]!.padStart(2, '0')}-${full[3]!.padStart(2, '0')}` : month ? `${month[1]}-${month[2]!.padStart(2, '0')}-01` : '';
  return isIsoDate(iso) ? iso : null;
}

export interface CsvRowError {
  /** Spreadsheet row number (header = row 1). */
  row: number;
  /** The column header, or null when the problem is the row as a whole. */
  column: string | null;
  message: string;
}

export interface CsvImport {
  periods: CompliancePeriod[];
  /** Every problem found; a row with any problem is skipped entirely. */
  errors: CsvRowError[];
  skippedRows: number[];
}

/** Applies a column mapping to the records: one period per good row; bad rows are skipped and listed. */
export function importActuals(csv: ParsedCsv, mapping: Record<string, CsvTarget>, commitments: readonly SlaCommitment[], unit: Period, makeId = newId): CsvImport {
  const col = (t: CsvTarget) => csv.headers.findIndex((h) => mapping[h] === t);
  const [labelCol, startCol, endCol] = [col('periodLabel'), col('periodStart'), col('periodEnd')];
  const mapped = commitments.map((c) => ({ c, index: col(`commitment:${c.id}`), measure: measureFor(c) })).filter((m) => m.index >= 0);
  const periods: CompliancePeriod[] = [];
  const errors: CsvRowError[] = [];
  const skippedRows: number[] = [];
  const seenStarts = new Map<string, number>();

  for (const { row, cells } of csv.rows) {
    const rowErrors: CsvRowError[] = [];
    const cell = (i: number) => (i >= 0 ? (cells[i] ?? '').trim() : '');
    const fail = (i: number | null, message: string) => rowErrors.push({ row, column: i === null || i < 0 ? null : (csv.headers[i] ?? null), message });

    const start = startCol >= 0 ? parseDate(cell(startCol)) : null;
    if (!start) fail(startCol, cell(startCol) === '' ? 'the period start is empty.' : `“${cell(startCol)}” is not a date; use YYYY-MM-DD.`);
    let end = endCol >= 0 && cell(endCol) !== '' ? parseDate(cell(endCol)) : null;
    if (endCol >= 0 && cell(endCol) !== '' && !end) fail(endCol, `“${cell(endCol)}” is not a date; use YYYY-MM-DD.`);
    if (start && end && end < start) fail(endCol, `the period ends (${end}) before it starts (${start}).`);
    if (start && seenStarts.has(start)) fail(startCol, `a period starting ${start} is already on row ${seenStarts.get(start)}.`);

    const actuals: Record<string, number | null> = {};
    for (const { c, index, measure } of mapped) {
      const raw = cell(index);
      const v = parseNumber(raw);
      if (v === null) actuals[c.id] = null;
      else if (Number.isNaN(v)) fail(index, `“${raw}” is not a number.`);
      else if (v < 0) fail(index, `${v} is negative; actuals are 0 or more.`);
      else if (measure.isPercent && v > 100) fail(index, `${v} % is above 100 %; this column is a percentage.`);
      else actuals[c.id] = v;
    }

    if (rowErrors.length > 0 || !start) {
      errors.push(...rowErrors);
      skippedRows.push(row);
      continue;
    }
    seenStarts.set(start, row);
    const derived = periodFrom(start, unit);
    end ??= derived.end;
    const label = (cell(labelCol) || derived.label).slice(0, 40);
    periods.push({ id: makeId(), label, start, end, actuals });
  }
  return { periods, errors, skippedRows };
}

export const describeRowError = (e: CsvRowError): string => `Row ${e.row}${e.column ? `, column “${e.column}”` : ''}: ${e.message}`;
