import { describe, expect, it } from 'vitest';
import { parseLeadsCsv } from '../../shared/scoring/csv';
import { mqlsAtThreshold, scoreBatch } from '../../shared/scoring/batch';
import { starterModel } from '../../shared/scoring/starterModel';
import { leadCsv } from '../../test/fixtures/leadCsv';
import { KEPT_PROBLEMS, scoreLeadFile } from './leadBatch';
import { MAX_CSV_BYTES } from './csvStream';

let n = 0;
const model = starterModel(() => `id-${++n}`);
const never = { cancelled: () => false };
const blob = (text: string) => new Blob([text], { type: 'text/csv' });

describe('scoreLeadFile (streamed in slices)', () => {
  it('reports bad rows in the middle by row and column and scores every other row, as the whole-file parser does', async () => {
    const text = leadCsv(3000, 3, {
      1500: 'Ana,Acme,Director,Director,Sales,Retail,big,1m,EMEA,Portugal,HubSpot,ana@acme.example,1,0,0,0,0,2',
      1501: 'Bo,Acme,VP,VP,Sales,Retail,200,1m,EMEA,Portugal,HubSpot,bo@acme.example,x,0,0,0,0,2',
    });
    const progress: number[] = [];
    // Slices of 4 KB: rows are cut across slices, and a multi-slice file is the normal case.
    const r = await scoreLeadFile(blob(text), model, { ...never, onProgress: (read) => progress.push(read) }, 4096);
    if (!r.ok) throw new Error('refused');
    const s = r.summary;
    expect(s.problems.map((p) => [p.row, p.column])).toEqual([
      [1502, 'companySize'],
      [1503, 'Requested a demo'],
    ]);
    expect(s.problems[0]!.message).toBe("Row 1502, column companySize: expected a whole number, got 'big'.");
    expect(s.skippedCount).toBe(2);
    expect(s.total).toBe(2998);
    const whole = scoreBatch(model, parseLeadsCsv(text, model.engagement).leads);
    expect(s.mqls).toBe(whole.mqls);
    expect(s.cells).toEqual(whole.cells);
    expect(s.partial).toBe(false);
    expect(progress.length).toBeGreaterThan(10);
    expect(progress.at(-1)).toBe(new Blob([text]).size);
    // The distribution gives the MQL count at the model's own threshold, and at any other.
    expect(mqlsAtThreshold(s.distribution, model.mqlThreshold).mqls).toBe(whole.mqls);
    const lower = scoreBatch({ ...model, mqlThreshold: 40 }, parseLeadsCsv(text, model.engagement).leads);
    expect(mqlsAtThreshold(s.distribution, 40).mqls).toBe(lower.mqls);
    expect(lower.mqls).toBeGreaterThan(whole.mqls);
  }, 30_000);

  it('keeps memory bounded: the first rows and problems only, everything counted', async () => {
    const bad: Record<number, string> = {};
    for (let i = 0; i < 300; i++) bad[i * 10] = 'x,y';
    const r = await scoreLeadFile(blob(leadCsv(6000, 5, bad)), model, never, 64 * 1024);
    if (!r.ok) throw new Error('refused');
    expect(r.summary.problems).toHaveLength(KEPT_PROBLEMS);
    expect(r.summary.problemCount).toBe(300);
    expect(r.summary.sample.length).toBeLessThanOrEqual(200);
    // More than the 5,000 rows the whole-file parser stops at.
    expect(r.summary.total).toBe(5700);
  }, 30_000);

  it('stops when cancelled halfway and reports what was scored so far as partial', async () => {
    const text = leadCsv(4000, 9);
    const size = new Blob([text]).size;
    let read = 0;
    const r = await scoreLeadFile(blob(text), model, { cancelled: () => read >= size / 2, onProgress: (b) => (read = b) }, 8192);
    if (!r.ok) throw new Error('refused');
    expect(r.summary.partial).toBe(true);
    expect(r.summary.total).toBeGreaterThan(1000);
    expect(r.summary.total).toBeLessThan(3000);
    expect(r.summary.bytesRead).toBeLessThan(size);
  });

  it('refuses a file that is not CSV: binary bytes, or a header naming no lead column', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3]);
    await expect(scoreLeadFile(new Blob([png]), model, never)).resolves.toEqual({ ok: false, refusal: { code: 'binary' } });
    await expect(scoreLeadFile(blob('Hello,World\nthis is,a letter\n'), model, never)).resolves.toEqual({
      ok: false,
      refusal: { code: 'noHeader' },
    });
    await expect(scoreLeadFile(blob(''), model, never)).resolves.toEqual({ ok: false, refusal: { code: 'empty' } });
  });

  it('refuses a file above the declared limit without reading it', async () => {
    let sliced = false;
    const huge = {
      size: MAX_CSV_BYTES + 1,
      slice: () => {
        sliced = true;
        return new Blob([]);
      },
    } as unknown as Blob;
    await expect(scoreLeadFile(huge, model, never)).resolves.toEqual({
      ok: false,
      refusal: { code: 'tooLarge', bytes: MAX_CSV_BYTES + 1, limit: MAX_CSV_BYTES },
    });
    expect(sliced).toBe(false);
  });

  it('reads accented text cut across slices intact', async () => {
    const text = `${'name,industry,email\n'}${Array.from({ length: 400 }, (_, i) => `Ação ${i},Logística,a${i}@x.example`).join('\n')}\n`;
    const r = await scoreLeadFile(blob(text), model, never, 333);
    if (!r.ok) throw new Error('refused');
    expect(r.summary.problemCount).toBe(0);
    expect(r.summary.total).toBe(400);
    expect(r.summary.sample.every((s) => s.label.startsWith('Ação ') && s.lead.industry === 'Logística')).toBe(true);
  });
});
