import { describe, expect, it } from 'vitest';
import actualsCsv from '../../test/fixtures/actuals.csv?raw';
import { importActuals, parseCsv } from '../../shared/compliance/csv';
import { proposeMapping } from '../../shared/compliance/csvMapping';
import { sampleWorkshop } from '../../shared/workshop/sample';
import { importActualsFile, peekCsv } from './actualsBatch';

const C = sampleWorkshop().sla.commitments;
const never = { cancelled: () => false };

/** Weekly rows from 2020 on: `n` periods, row `bad` (0-based) with a word in its MQL count. */
function weekly(n: number, bad: number): string {
  const lines = ['Period start,MQLs delivered,Accepted %'];
  const day = Date.UTC(2020, 0, 6);
  for (let i = 0; i < n; i++) {
    const start = new Date(day + i * 7 * 86_400_000).toISOString().slice(0, 10);
    lines.push(`${start},${i === bad ? 'lots' : 100 + (i % 50)},${60 + (i % 30)}`);
  }
  return lines.join('\n');
}

describe('importActualsFile (streamed in slices)', () => {
  it('imports the fixture as the whole-file importer does', async () => {
    const parsed = parseCsv(actualsCsv);
    if (!parsed.ok) throw new Error('fixture');
    const mapping = proposeMapping(parsed.csv.headers, C, {});
    const whole = importActuals(parsed.csv, mapping, C, 'month');
    const r = await importActualsFile(new Blob([actualsCsv]), { mapping, commitments: C, unit: 'month' }, never, 64);
    if (!r.ok) throw new Error('refused');
    expect(r.summary.errors.map((e) => [e.row, e.column, e.code])).toEqual(whole.errors.map((e) => [e.row, e.column, e.code]));
    expect(r.summary.periods.map((p) => [p.start, p.actuals])).toEqual(whole.periods.map((p) => [p.start, p.actuals]));
  });

  it('reports a bad row in the middle by row and column, keeps the latest periods only, and peeks the header from the first bytes', async () => {
    const text = weekly(4000, 1000);
    const file = new Blob([text]);
    const peeked = await peekCsv(file);
    if (!peeked.ok) throw new Error('refused');
    expect(peeked.peek.headers).toEqual(['Period start', 'MQLs delivered', 'Accepted %']);
    expect(peeked.peek.rows).toBe(null);
    const mapping = proposeMapping(peeked.peek.headers, C, {});
    const r = await importActualsFile(file, { mapping, commitments: C, unit: 'week' }, never, 2048);
    if (!r.ok) throw new Error('refused');
    expect(r.summary.errors.map((e) => [e.row, e.column, e.code])).toEqual([[1002, 'MQLs delivered', 'notANumber']]);
    expect(r.summary.skippedRows).toEqual([1002]);
    expect(r.summary.periods).toHaveLength(520);
    expect(r.summary.periods.at(-1)!.start).toBe(new Date(Date.UTC(2020, 0, 6) + 3999 * 7 * 86_400_000).toISOString().slice(0, 10));
  });

  it('stops when cancelled, marked partial; refuses a binary file', async () => {
    const text = weekly(3000, -1);
    let read = 0;
    const r = await importActualsFile(
      new Blob([text]),
      { mapping: { 'Period start': 'periodStart', 'MQLs delivered': 'delivered', 'Accepted %': 'ignore' }, commitments: C, unit: 'week' },
      { cancelled: () => read > text.length / 3, onProgress: (b) => (read = b) },
      4096,
    );
    expect(r.ok && r.summary.partial).toBe(true);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    await expect(peekCsv(new Blob([png]))).resolves.toEqual({ ok: false, refusal: { code: 'binary' } });
  });
});
