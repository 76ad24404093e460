import { describe, expect, it } from 'vitest';
import actualsCsv from '../../test/fixtures/actuals.csv?raw';
import semicolonCsv from '../../test/fixtures/actuals-semicolon.csv?raw';
import weeklyCsv from '../../test/fixtures/actuals-weekly.csv?raw';
import { describeRowError, importActuals, parseCsv, parseDate, parseNumber, type ParsedCsv } from './csv';
import { mappingProblems, proposeMapping } from './csvMapping';
import { mergePeriods, nextPeriod, periodFrom } from './periods';
import { sampleWorkshop } from '../workshop/sample';

const C = sampleWorkshop().sla.commitments;

const parsed = (text: string): ParsedCsv => {
  const r = parseCsv(text);
  if (!r.ok) throw new Error(r.error);
  return r.csv;
};
const ids = () => {
  let n = 0;
  return () => `p-${++n}`;
};

describe('CSV of actuals', () => {
  const csv = parsed(actualsCsv);

  it('proposes a mapping from the header words and keeps what the room chose before', () => {
    const guess = proposeMapping(csv.headers, C, {});
    expect(guess).toEqual({
      Month: 'periodLabel',
      'Period start': 'periodStart',
      'MQLs delivered': 'commitment:c-volume',
      'Accepted %': 'commitment:c-quality',
      'Touched within 24h %': 'commitment:c-touch',
      'All attempts %': 'commitment:c-attempts',
      'Dispositioned in time %': 'commitment:c-disposition',
      'Owner notes': 'ignore',
    });
    const remembered = proposeMapping(csv.headers, C, { 'Owner notes': 'periodLabel', Month: 'ignore', 'Accepted %': 'commitment:gone' });
    expect(remembered['Owner notes']).toBe('periodLabel');
    expect(remembered.Month).toBe('ignore');
    expect(remembered['Accepted %']).toBe('commitment:c-quality'); // a removed commitment is guessed again
    expect(mappingProblems(guess, C)).toEqual([]);
    expect(mappingProblems({ a: 'periodLabel', b: 'commitment:c-volume', c: 'commitment:c-volume' }, C)).toEqual([
      { code: 'noPeriodStart' },
      { code: 'sameTarget', target: 'commitment:c-volume', columns: 2 },
    ]);
  });

  it('imports good rows as periods and skips bad rows, naming row and column', () => {
    const r = importActuals(csv, proposeMapping(csv.headers, C, {}), C, 'month', ids());
    expect(r.periods.map((p) => [p.label, p.start, p.end])).toEqual([
      ['Jan 2027', '2027-01-01', '2027-01-31'],
      ['Feb 2027', '2027-02-01', '2027-02-28'],
      ['Mar 2027', '2027-03-01', '2027-03-31'],
    ]);
    // Percentage columns keep their share, read as a part of 100.
    expect(r.periods[0]!.actuals).toEqual({
      'c-volume': 165,
      'c-quality': { part: 72, of: 100 },
      'c-touch': { part: 82, of: 100 },
      'c-attempts': { part: 93, of: 100 },
      'c-disposition': { part: 92, of: 100 },
    });
    expect(r.skippedRows).toEqual([5, 6]);
    expect(r.errors.map(describeRowError)).toEqual([
      'Row 5, column “MQLs delivered”: “n/a” is not a number.',
      'Row 6, column “Period start”: “05/01/2027” is not a date; use YYYY-MM-DD.',
    ]);
  });

  it('maps count columns (delivered, accepted, qualified by Wednesday, touched in time) and reads shares as part of whole', () => {
    const weekly = parsed(weeklyCsv);
    const guess = proposeMapping(weekly.headers, C, {});
    expect(guess).toMatchObject({
      Week: 'periodLabel',
      'Week starting': 'periodStart',
      'MQLs delivered': 'commitment:c-volume',
      Accepted: 'part:c-quality',
      'Qualified by Wednesday': 'part:c-qualify',
      SQLs: 'part:c-sqlrate',
      'Touched within 24h': 'part:c-touch',
      'All 6 attempts in 10 days': 'part:c-attempts',
      'Dispositioned in 14 days': 'part:c-disposition',
    });
    // The sample's remembered mapping: the MQLs delivered feed both volume commitments and every share's whole.
    const remembered = proposeMapping(weekly.headers, C, sampleWorkshop().feedback.csvMapping);
    expect(mappingProblems(remembered, C)).toEqual([]);
    const r = importActuals(weekly, remembered, C, 'week', ids());
    expect(r.periods.map((p) => [p.label, p.start, p.end])).toEqual([
      ['W1', '2027-01-04', '2027-01-10'],
      ['W2', '2027-01-11', '2027-01-17'],
      ['W4', '2027-01-25', '2027-01-31'],
      ['W5', '2027-02-01', '2027-02-07'],
    ]);
    expect(r.periods[0]!.actuals).toEqual({
      'c-volume': 30,
      'c-weekly': 30,
      'c-quality': { part: 22, of: 30 },
      'c-qualify': { part: 27, of: 30 },
      'c-sqlrate': { part: 14, of: 30 },
      'c-touch': { part: 25, of: 30 },
      'c-attempts': { part: 28, of: 30 },
      'c-disposition': { part: 28, of: 30 },
    });
    expect(r.errors.map(describeRowError)).toEqual([
      'Row 4, column “Accepted”: 40 is more than the 34 in column “MQLs delivered”.',
      'Row 7, column “SQLs”: “fourteen” is not a number.',
    ]);
    expect(r.errors.map((e) => e.code)).toEqual(['partAboveWhole', 'notANumber']);
    // A part without any whole cannot be read as a share.
    expect(mappingProblems({ Start: 'periodStart', Accepted: 'part:c-quality' }, C)).toEqual([{ code: 'partWithoutWhole', n: 2 }]);
  });

  it('reads semicolons, quotes, decimal commas, thousands, month-only dates, and refuses % above 100', () => {
    const s = parsed(semicolonCsv);
    expect(s.headers).toEqual(['Periode', 'Begin', 'MQL volume', 'Acceptatie']);
    const mapping = {
      Periode: 'periodLabel',
      Begin: 'periodStart',
      'MQL volume': 'commitment:c-volume',
      Acceptatie: 'commitment:c-quality',
    } as const;
    const r = importActuals(s, mapping, C, 'month', ids());
    expect(r.periods).toEqual([
      {
        id: 'p-1',
        label: 'Jan 2027',
        start: '2027-01-01',
        end: '2027-01-31',
        actuals: { 'c-volume': 1204, 'c-quality': { part: 72.5, of: 100 } },
      },
    ]);
    // The blank line is skipped, but row numbers still match the spreadsheet.
    expect(r.errors.map(describeRowError)).toEqual(['Row 4, column “Acceptatie”: 101 % is above 100 %; this column is a percentage.']);
  });

  it('treats empty cells as not reported and refuses duplicate periods in one file', () => {
    const r = importActuals(
      parsed('Start,MQLs\n2027-01-01,\n2027-01-01,5\n'),
      { Start: 'periodStart', MQLs: 'commitment:c-volume' },
      C,
      'month',
      ids(),
    );
    expect(r.periods[0]!.actuals).toEqual({ 'c-volume': null });
    expect(r.errors.map(describeRowError)).toEqual(['Row 3, column “Start”: a period starting 2027-01-01 is already on row 2.']);
  });

  it('says what is wrong with an empty file or one without data rows', () => {
    expect(parseCsv('')).toEqual({ ok: false, code: 'empty', error: 'The file is empty: expected a header row and one row per period.' });
    expect(parseCsv('Month,MQLs\n\n')).toEqual({ ok: false, code: 'noDataRows', error: 'The file has a header row but no data rows.' });
    expect(parseCsv('a,a,b\n1,2,3').ok && parsed('a,a,b\n1,2,3').headers).toEqual(['a', 'a (2)', 'b']);
  });
});

describe('numbers and dates as exported', () => {
  it('parses the usual number spellings', () => {
    expect(['92', '92.5', '92,5', '92 %', '1,234', '1.234,5', '1,234.5', '', ' '].map(parseNumber)).toEqual([
      92,
      92.5,
      92.5,
      92,
      1234,
      1234.5,
      1234.5,
      null,
      null,
    ]);
    expect(parseNumber('abc')).toBeNaN();
    expect(parseNumber('-3')).toBe(-3);
  });
  it('accepts ISO dates and year-month, refuses ambiguous and impossible ones', () => {
    expect(['2027-01-05', '2027/1/5', '2027-02', '05/01/2027', '2027-02-30', 'Jan'].map(parseDate)).toEqual([
      '2027-01-05',
      '2027-01-05',
      '2027-02-01',
      null,
      null,
      null,
    ]);
  });
});

describe('periods', () => {
  it('labels and ends a period by the SLA unit, and proposes the next one', () => {
    expect(periodFrom('2027-02-01', 'month')).toEqual({ end: '2027-02-28', label: 'Feb 2027' });
    expect(periodFrom('2027-04-01', 'quarter')).toEqual({ end: '2027-06-30', label: 'Q2 2027' });
    expect(periodFrom('2027-01-04', 'week')).toEqual({ end: '2027-01-10', label: 'Week of 2027-01-04' });
    const first = nextPeriod([], 'month', '2027-01-04', 'monday', () => 'a');
    expect(first).toEqual({ id: 'a', label: 'Jan 2027', start: '2027-01-01', end: '2027-01-31', actuals: {} });
    expect(nextPeriod([first], 'month', '2027-01-04', 'monday', () => 'b')).toMatchObject({
      label: 'Feb 2027',
      start: '2027-02-01',
      end: '2027-02-28',
    });
    // A weekly log starts on the workshop's first day of the week.
    expect(nextPeriod([], 'week', '2027-01-06', 'monday', () => 'c')).toMatchObject({ start: '2027-01-04', end: '2027-01-10' });
    expect(nextPeriod([], 'week', '2027-01-06', 'sunday', () => 'd')).toMatchObject({ start: '2027-01-03', end: '2027-01-09' });
    expect(nextPeriod([], 'quarter', '2027-05-20', 'monday', () => 'e')).toMatchObject({
      label: 'Q2 2027',
      start: '2027-04-01',
      end: '2027-06-30',
    });
  });

  it('merges an import into the log: same start updates the imported commitments only', () => {
    const existing = [{ id: 'x', label: 'January', start: '2027-01-01', end: '2027-01-31', actuals: { 'c-volume': 1, 'c-touch': 50 } }];
    const merged = mergePeriods(existing, [
      { id: 'y', label: 'Feb 2027', start: '2027-02-01', end: '2027-02-28', actuals: { 'c-volume': 3 } },
      { id: 'z', label: 'Jan 2027', start: '2027-01-01', end: '2027-01-31', actuals: { 'c-volume': 2 } },
    ]);
    expect(merged).toEqual([
      { id: 'x', label: 'Jan 2027', start: '2027-01-01', end: '2027-01-31', actuals: { 'c-volume': 2, 'c-touch': 50 } },
      { id: 'y', label: 'Feb 2027', start: '2027-02-01', end: '2027-02-28', actuals: { 'c-volume': 3 } },
    ]);
    expect(existing[0]!.actuals['c-volume']).toBe(1);
  });
});
