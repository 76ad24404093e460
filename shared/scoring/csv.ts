import Papa from 'papaparse';
import type { EngagementCriterion } from '../workshop/steps/qualifiedLead';
import { parseAmount } from './conditions';
import { mapColumns, type ColumnTarget } from './csvColumns';
import { emptyLead, type LeadActivity, type SampleLead } from './lead';

/** A scored row keeps its spreadsheet row number (the header is row 1) and a name to show. */
export interface CsvLead {
  row: number;
  label: string;
  lead: SampleLead;
}

/** Something wrong in the file; row and column are null when it concerns the whole file. */
export interface CsvProblem {
  row: number | null;
  column: string | null;
  message: string;
}

export interface CsvImport {
  leads: CsvLead[];
  problems: CsvProblem[];
  /** Rows left out because of a problem. */
  skippedRows: number[];
  /** Column headers that feed nothing (shown so a misspelt behaviour is noticed). */
  ignoredColumns: string[];
}

export const MAX_CSV_ROWS = 5000;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

type Cell = { ok: true; value: number | null } | { ok: false; expected: string };

function wholeNumber(raw: string): Cell {
  if (raw === '') return { ok: true, value: null };
  const n = parseAmount(raw);
  if (n === null || !Number.isInteger(n)) return { ok: false, expected: 'a whole number' };
  if (n < 0) return { ok: false, expected: 'a whole number of 0 or more' };
  return { ok: true, value: n };
}

function amount(raw: string): Cell {
  if (raw === '') return { ok: true, value: null };
  const n = parseAmount(raw);
  if (n === null) return { ok: false, expected: 'an amount such as 12000000 or 12m' };
  if (n < 0) return { ok: false, expected: 'an amount of 0 or more' };
  return { ok: true, value: n };
}

/** "3", "0; 12; 40": the ages in days of a behaviour's occurrences, one per occurrence. */
function ages(raw: string): { ok: true; value: number[] } | { ok: false; expected: string } {
  if (raw === '') return { ok: true, value: [] };
  const parts = raw.split(/[;|\s]+/).filter((p) => p !== '');
  const value = parts.map((p) => parseAmount(p));
  if (value.some((n) => n === null || !Number.isInteger(n) || n < 0))
    return { ok: false, expected: 'days ago as whole numbers of 0 or more, one per time, e.g. 2; 30' };
  return { ok: true, value: value as number[] };
}

/** What a row says about one behaviour before it becomes activities. */
interface RowBehaviour {
  count: number | null;
  ages: number[];
}

/**
 * The row's activities: each age listed is one occurrence; a count with one age (or none, then
 * the row's "days since last activity") puts all its occurrences on that day, as files written
 * before activities had dates said.
 */
function toActivities(rows: Map<string, RowBehaviour>, lastActivity: number): { activities: LeadActivity[]; mismatch: string | null } {
  const activities: LeadActivity[] = [];
  for (const [behaviour, b] of rows) {
    if (b.ages.length > 1) {
      if (b.count !== null && b.count !== b.ages.length) return { activities, mismatch: behaviour };
      for (const daysAgo of b.ages) activities.push({ behaviour, times: 1, daysAgo });
    } else {
      const times = b.count ?? (b.ages.length === 1 ? 1 : 0);
      if (times > 0) activities.push({ behaviour, times, daysAgo: b.ages[0] ?? lastActivity });
    }
  }
  return { activities, mismatch: null };
}

interface RowState {
  who: { name: string; company: string };
  lastActivity: number;
  behaviours: Map<string, RowBehaviour>;
}

/** Put one cell into the lead, or say what was expected. */
function applyCell(lead: SampleLead, row: RowState, target: ColumnTarget, raw: string): string | null {
  const who = row.who;
  const behaviour = (id: string) => {
    const b = row.behaviours.get(id) ?? { count: null, ages: [] };
    row.behaviours.set(id, b);
    return b;
  };
  switch (target.kind) {
    case 'text':
      if (target.field === 'email' && raw !== '' && !EMAIL.test(raw)) return 'an e-mail address such as name@company.com';
      lead[target.field] = raw;
      return null;
    case 'name':
    case 'company':
      who[target.kind] = raw;
      return null;
    case 'number': {
      const c = target.field === 'companySize' ? wholeNumber(raw) : amount(raw);
      if (!c.ok) return c.expected;
      lead[target.field] = c.value;
      return null;
    }
    case 'days':
    case 'behaviour': {
      const c = wholeNumber(raw);
      if (!c.ok) return c.expected;
      if (target.kind === 'days') row.lastActivity = c.value ?? 0;
      else behaviour(target.criterionId).count = c.value;
      return null;
    }
    case 'behaviourAge': {
      const a = ages(raw);
      if (!a.ok) return a.expected;
      behaviour(target.criterionId).ages = a.value;
      return null;
    }
  }
}

/** Row 1 names no column the scoring reads: the file is not a lead export (or not CSV at all). */
export const NO_HEADER_MESSAGE =
  'Row 1 must name the columns, e.g. title, industry, companySize, email, or an engagement behaviour such as “Requested a demo”; none of its headers matched.';

/** One data record read: a lead, the problems that left it out, or nothing (a blank line). */
export type LeadRow = { lead: CsvLead } | { problems: CsvProblem[] } | null;

export interface LeadRowReader {
  /** Column headers that feed nothing. */
  ignoredColumns: string[];
  /** False when no header matched: nothing in the file can be scored. */
  usable: boolean;
  /** Reads one record; `structural` is papaparse's complaint about it (an unclosed quote…). */
  read(cells: readonly string[], row: number, structural?: string): LeadRow;
}

/**
 * Reads the records of a lead export one at a time, so a file can be streamed in chunks and
 * never held whole: the header fixes which column feeds what, each record becomes a lead or
 * the problems (row and column) that left it out.
 */
export function leadRowReader(headerCells: readonly string[], engagement: readonly EngagementCriterion[]): LeadRowReader {
  const headers = headerCells.map((h) => h.replace(/^\uFEFF/, '').trim());
  const { targets, ignored } = mapColumns(headers, engagement);
  const read = (raw: readonly string[], row: number, structuralError?: string): LeadRow => {
    const cells = raw.map((c) => c.trim());
    if (cells.every((c) => c === '')) return null;
    const rowProblems: CsvProblem[] = [];
    const extra = cells.slice(headers.length).some((c) => c !== '');
    if (structuralError !== undefined) rowProblems.push({ row, column: null, message: `Row ${row}: ${structuralError}.` });
    else if (cells.length < headers.length || extra)
      rowProblems.push({ row, column: null, message: `Row ${row}: expected ${headers.length} columns, found ${cells.length}.` });
    const lead = emptyLead();
    const state: RowState = { who: { name: '', company: '' }, lastActivity: 0, behaviours: new Map() };
    if (rowProblems.length === 0)
      for (const [col, target] of targets) {
        const value = cells[col] ?? '';
        const expected = applyCell(lead, state, target, value);
        const column = headers[col]!;
        if (expected) rowProblems.push({ row, column, message: `Row ${row}, column ${column}: expected ${expected}, got '${value}'.` });
      }
    if (rowProblems.length === 0) {
      const { activities, mismatch } = toActivities(state.behaviours, state.lastActivity);
      lead.activities = activities;
      const name = engagement.find((c) => c.id === mismatch)?.behaviour ?? mismatch;
      if (mismatch !== null)
        rowProblems.push({
          row,
          column: name,
          message: `Row ${row}, column ${name}: the count and the days ago listed do not agree (one age per time).`,
        });
    }
    if (rowProblems.length > 0) return { problems: rowProblems };
    const who = state.who;
    const label = [who.name, who.company].filter((s) => s !== '').join(', ') || lead.email || `Row ${row}`;
    return { lead: { row, label, lead } };
  };
  return { ignoredColumns: ignored, usable: targets.size > 0, read };
}

/**
 * Sample leads from a CSV with a header row. Columns map to lead fields by name (with the
 * usual aliases) and to engagement counts by behaviour name. A row with bad data is listed
 * with its row number and column and left out; the good rows are kept.
 */
export function parseLeadsCsv(text: string, engagement: readonly EngagementCriterion[]): CsvImport {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { header: false, skipEmptyLines: false });
  const rows = parsed.data;
  const problems: CsvProblem[] = [];
  const reader = leadRowReader(rows[0] ?? [], engagement);
  const result: CsvImport = { leads: [], problems, skippedRows: [], ignoredColumns: reader.ignoredColumns };
  if (!reader.usable) {
    problems.push({ row: 1, column: null, message: NO_HEADER_MESSAGE });
    return result;
  }
  const structural = new Map<number, string>();
  for (const e of parsed.errors) if (e.row !== undefined && e.code !== 'UndetectableDelimiter') structural.set(e.row, e.message);

  for (let i = 1; i < rows.length; i++) {
    const row = i + 1;
    if (rows[i]!.every((c) => c.trim() === '')) continue;
    if (result.leads.length + result.skippedRows.length >= MAX_CSV_ROWS) {
      problems.push({ row, column: null, message: `Row ${row} and after: only the first ${MAX_CSV_ROWS} leads are simulated.` });
      break;
    }
    const read = reader.read(rows[i]!, row, structural.get(i));
    if (read === null) continue;
    if ('problems' in read) {
      problems.push(...read.problems);
      result.skippedRows.push(row);
    } else result.leads.push(read.lead);
  }
  return result;
}
