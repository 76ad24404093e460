import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importActuals, parseCsv } from '../../shared/compliance/csv';
import type { CsvTarget } from '../../shared/compliance/csvMapping';
import { parseLeadsCsv } from '../../shared/scoring/csv';
import { starterModel } from '../../shared/scoring/starterModel';
import { sampleWorkshop } from '../../shared/workshop/sample';

/**
 * The two CSV imports (step 5's sample leads, step 10's actuals): anything at all must come
 * back as a result, never an exception, and a bad cell must be reported by its spreadsheet
 * row (header = row 1) and its column header, with its row left out and the good rows kept.
 */
const RUNS = Number(process.env.ACCORD_CSV_RUNS ?? 300);
let n = 0;
let planted = 0;
const model = starterModel(() => `id-${++n}`);
const behaviour = model.engagement[0]!.behaviour;

const quote = (cell: string) => (/[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
const csvText = (rows: string[][], eol: string) => rows.map((r) => r.map(quote).join(',')).join(eol);
const word = fc.stringMatching(/^[A-Za-z][A-Za-z ,."']{0,20}$/);
const anything = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc
    .array(
      fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('', '"', '""', ',', '\n', '\r\n', ';', '\t', '\uFEFF')), {
        maxLength: 8,
      }),
      { maxLength: 12 },
    )
    .map((rows) => rows.map((r) => r.join(',')).join('\n')),
);

describe('CSV imports never throw', () => {
  it(`sample leads and actuals: ${RUNS} random inputs each come back as a result`, () => {
    const commitments = sampleWorkshop().sla.commitments;
    fc.assert(
      fc.property(anything, (text) => {
        const leads = parseLeadsCsv(text, model.engagement);
        for (const p of leads.problems) {
          expect(p.message.trim()).not.toBe('');
          if (p.row !== null) expect(p.message).toContain(`Row ${p.row}`);
        }
        const parsed = parseCsv(text);
        if (!parsed.ok) expect(parsed.error.trim()).not.toBe('');
        else {
          const mapping = Object.fromEntries(
            parsed.csv.headers.map((h, i) => [
              h,
              (i === 0 ? 'periodStart' : `commitment:${commitments[i % commitments.length]!.id}`) as CsvTarget,
            ]),
          );
          const r = importActuals(parsed.csv, mapping, commitments, 'month');
          expect(r.periods.length + r.skippedRows.length).toBe(parsed.csv.rows.length);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('CSV imports name the row and column of bad data', () => {
  const LEAD_HEADERS = ['name', 'title', 'companySize', 'annualRevenue', 'email', behaviour, 'daysSinceLastActivity'];
  const BAD_LEAD_CELLS: Record<number, string[]> = {
    2: ['big', '-5', '12.5'],
    3: ['lots', '-1'],
    4: ['three@', 'no at sign'],
    5: ['-1', 'x'],
    6: ['soon', '-3'],
  };
  const goodLead = fc
    .tuple(word, word, fc.nat(100_000), fc.nat(10_000_000), fc.stringMatching(/^[a-z]{1,8}@[a-z]{1,8}\.com$/), fc.nat(20), fc.nat(365))
    .map((t) => t.map(String));
  const badAt = fc
    .tuple(fc.constantFrom(...Object.keys(BAD_LEAD_CELLS).map(Number)), fc.nat())
    .map(([col, i]) => ({ col, value: BAD_LEAD_CELLS[col]![i % BAD_LEAD_CELLS[col]!.length]! }));

  it(`sample leads: ${RUNS} files with bad cells planted at random`, () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(goodLead, fc.option(badAt, { freq: 3 })), { minLength: 1, maxLength: 30 }),
        fc.constantFrom('\n', '\r\n'),
        (rows, eol) => {
          const body = rows.map(([cells, bad]) => (bad ? cells.map((c, i) => (i === bad.col ? bad.value : c)) : cells));
          const r = parseLeadsCsv(csvText([LEAD_HEADERS, ...body], eol), model.engagement);
          rows.forEach(([, bad], i) => {
            const row = i + 2;
            if (!bad) return void expect(r.leads.map((l) => l.row)).toContain(row);
            planted += 1;
            const column = LEAD_HEADERS[bad.col]!;
            expect(r.skippedRows).toContain(row);
            const p = r.problems.find((q) => q.row === row && q.column === column);
            expect(p, `row ${row}, column ${column} = '${bad.value}' not reported: ${JSON.stringify(r.problems)}`).toBeDefined();
            expect(p!.message).toContain(`Row ${row}, column ${column}`);
          });
          expect(r.leads.length + r.skippedRows.length).toBe(rows.length);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it(`actuals: ${RUNS} files with bad cells planted at random`, () => {
    const commitments = sampleWorkshop().sla.commitments;
    const headers = ['Period start', ...commitments.map((c) => c.id)];
    const mapping = Object.fromEntries(
      headers.map((h, i) => [h, (i === 0 ? 'periodStart' : `commitment:${commitments[i - 1]!.id}`) as CsvTarget]),
    );
    const BAD: Record<string, string[]> = {
      start: ['yesterday', '03/04/2026', '2026-13-01'],
      number: ['lots', '-5', '1,2,3'],
      percent: ['101', '250 %'],
    };
    const percentCols = headers.map((_, i) => i).filter((i) => i > 0 && commitments[i - 1]!.kind !== 'mqlVolume');
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.array(fc.integer({ min: 0, max: 100 }), { minLength: commitments.length, maxLength: commitments.length }),
            fc.option(fc.tuple(fc.nat(headers.length - 1), fc.nat()), { freq: 3 }),
          ),
          { minLength: 1, maxLength: 24 },
        ),
        (rows) => {
          const body = rows.map(([values, bad], i) => {
            const cells = [`${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`, ...values.map(String)];
            if (!bad) return cells;
            const [col, k] = bad;
            const pool = col === 0 ? BAD.start! : percentCols.includes(col) && k % 2 ? BAD.percent! : BAD.number!;
            cells[col] = pool[k % pool.length]!;
            return cells;
          });
          const parsed = parseCsv(csvText([headers, ...body], '\n'));
          if (!parsed.ok) throw new Error(parsed.error);
          const r = importActuals(parsed.csv, mapping, commitments, 'month');
          rows.forEach(([, bad], i) => {
            const row = i + 2;
            if (!bad) return;
            planted += 1;
            expect(r.skippedRows).toContain(row);
            expect(
              r.errors.some((e) => e.row === row && e.column === headers[bad[0]]),
              `row ${row}, column ${headers[bad[0]]}: ${JSON.stringify(r.errors)}`,
            ).toBe(true);
          });
          expect(r.periods).toHaveLength(rows.filter(([, bad]) => !bad).length);
        },
      ),
      { numRuns: RUNS },
    );
    console.log(
      `CSV imports: ${2 * RUNS} random inputs never threw; ${planted} planted bad cells in ${2 * RUNS} files, every one reported by row and column, its row skipped, the good rows kept`,
    );
  });
});
