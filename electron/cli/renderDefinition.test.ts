import { renderToBuffer } from '@react-pdf/renderer';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { registerPdfFonts, SlaDocument } from '../../shared/documents';
import { currentDocument } from '../../shared/sla/content';
import { sampleWorkshop } from '../../shared/workshop/sample';
import { listItems } from '../../shared/scoring/conditions';
import type { Language, Workshop } from '../../shared/workshop/schema';
import { nodeFontSources } from './nodeFonts';
import { execFileSync } from 'node:child_process';
import { squash } from './pdfText';
import { parseAmount } from '../../shared/scoring/conditions';

/** Text in the order the document draws it (-raw), so a table cell that wraps reads whole. */
const pdfText = (file: string) => execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });

/** The sample's SLA as the CLI renders it: the whole scoring model and every metric are in it. */
const dir = mkdtempSync(join(tmpdir(), 'accord-definition-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function render(w: Workshop, name: string): Promise<string> {
  registerPdfFonts(nodeFontSources());
  const file = join(dir, name);
  writeFileSync(file, await renderToBuffer(SlaDocument({ workshop: w, generatedAt: '2026-12-03T12:00:00Z' })));
  return squash(pdfText(file));
}

const LANGUAGES: Language[] = ['en', 'pt-BR'];

describe('the SLA carries the whole MQL definition and the whole scoreboard', () => {
  it.each(LANGUAGES)('%s: every metric and every scoring criterion, with points, in the PDF', { timeout: 60_000 }, async (language) => {
    const w = sampleWorkshop(new Date('2026-12-03T09:00:00Z'));
    w.language = language;
    const text = await render(w, `sla-${language}.pdf`);
    const q = w.qualifiedLead;
    expect(w.metrics.metrics.length).toBeGreaterThan(12);
    for (const m of w.metrics.metrics) expect(text).toContain(squash(m.name));
    const num = new Intl.NumberFormat(language);
    const shown = (v: string) => (parseAmount(v) === null ? v : num.format(parseAmount(v)!));
    for (const c of q.fit)
      for (const v of [...listItems(c.value), ...(c.valueMax ? [c.valueMax] : [])]) expect(text).toContain(squash(shown(v)));
    for (const c of [...q.fit, ...q.engagement]) expect(text).toContain(`+${c.points}`);
    for (const c of q.engagement) expect(text).toContain(squash(c.behaviour));
    for (const c of q.negative) for (const v of listItems(c.value)) expect(text).toContain(squash(v));
    for (const c of q.sqlCriteria) expect(text).toContain(squash(c.description));
    const { content } = currentDocument(w);
    expect(content.definition?.fit).toHaveLength(q.fit.length);
    expect(content.metrics).toHaveLength(w.metrics.metrics.length);
  });

  it('prints points, caps with their period, the range, decay and both minimums (English)', { timeout: 60_000 }, async () => {
    const w = sampleWorkshop(new Date('2026-12-03T09:00:00Z'));
    const text = await render(w, 'sla-en-detail.pdf');
    for (const expected of [
      'Appendix — MQL definition',
      'reaches 60 points, with at least 25 points from fit and 15 from engagement',
      'Company size (employees) is between 200 and 5,000',
      'Title has the word “intern”',
      '30 per month',
      "each activity's points halve every 30 days",
      'MQL → SQL rate',
    ])
      expect(text).toContain(squash(expected));
  });
});
