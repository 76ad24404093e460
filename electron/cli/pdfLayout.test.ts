import { renderToBuffer } from '@react-pdf/renderer';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerPdfFonts, SlaDocument } from '../../shared/documents';
import { renderReport } from '../../shared/documents/renderReport';
import { slaStrings } from '../../shared/documents/strings';
import { clauseStrings } from '../../shared/sla/clauseStrings';
import { generateClauses } from '../../shared/sla/clauses';
import { freezeSla, signSla } from '../../shared/sla/versions';
import { sampleWorkshop } from '../../shared/workshop/sample';
import type { Workshop } from '../../shared/workshop/schema';
import { nodeFontSources } from './nodeFonts';
import { scribbleDataUrl } from './scribblePng';

/**
 * Page layout of the two documents as a reader turns the pages: no page holds only the tail of
 * what came before it (a hash box, a last signature), and the SLA's clause numbers are the ones
 * step 7 shows. The PDFs stay in test-results/pdf-layout to look at.
 */
const OUT = resolve('test-results/pdf-layout');
const AT = '2026-12-03T12:00:00.000Z';

/** The built-in sample in a language, frozen and signed by marketing and sales as step 7 does it. */
function signedSample(language: Workshop['language']): Workshop {
  const w = sampleWorkshop(new Date('2026-12-03T09:00:00.000Z'));
  w.language = language;
  if (language === 'zh-CN') {
    w.clientCompany = '北风数据分析有限公司';
    w.title = '销售与市场协同工作坊';
  }
  w.sla.calculator!.usedAt = '2026-12-03T10:55:00.000Z';
  // Clauses follow the data, so they read in the workshop's language.
  w.sla.clauses = [];
  freezeSla(w, new Date('2026-12-03T11:00:00.000Z'));
  for (const [id, at] of [
    ['p-maya', '2026-12-03T11:05:00.000Z'],
    ['p-diego', '2026-12-03T11:07:30.000Z'],
  ] as const) {
    const p = w.commitment.participants.find((x) => x.id === id)!;
    const image = scribbleDataUrl({ loops: 8, phase: 1, slant: 0.3 });
    signSla(w, { participantId: id, typedName: p.name, title: p.role, image, consent: clauseStrings(language).consentLine }, new Date(at));
  }
  return w;
}

const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
const pageText = (file: string, page: number) =>
  execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });

/** Lines of text on each page besides the running footer (both documents' last line). */
function bodyLines(file: string): string[][] {
  return Array.from({ length: pageCount(file) }, (_, i) =>
    pageText(file, i + 1)
      .split('\n')
      .filter((l) => l.trim() !== '')
      .slice(0, -1),
  );
}

/**
 * Fewer lines than this on a page reads as a stray tail, not a page. A table may continue with
 * its repeated header and a few rows (the report's lead-process stages do), so not higher.
 */
const MIN_LINES = 5;

async function render(language: Workshop['language']) {
  const w = signedSample(language);
  const sla = join(OUT, `sla-${language}.pdf`);
  const report = join(OUT, `report-${language}.pdf`);
  writeFileSync(sla, await renderToBuffer(SlaDocument({ workshop: w, generatedAt: AT })));
  writeFileSync(report, await renderReport({ workshop: w, generatedAt: AT }, (doc) => renderToBuffer(doc)));
  return { w, sla, report };
}

beforeAll(() => {
  mkdirSync(OUT, { recursive: true });
  registerPdfFonts(nodeFontSources());
});

describe.each(['en', 'zh-CN'] as const)('PDF layout (%s)', (language) => {
  let files: Awaited<ReturnType<typeof render>>;
  beforeAll(async () => {
    files = await render(language);
  }, 120_000);

  it('fills every page of the SLA and of the report with more than a trailing box', { timeout: 60_000 }, () => {
    for (const file of [files.sla, files.report]) {
      const thin = bodyLines(file)
        .map((lines, i) => ({ page: i + 1, lines }))
        .filter((p) => p.lines.length < MIN_LINES);
      expect(thin, file).toEqual([]);
    }
  });

  it('keeps the content hash on the page of the signatures it belongs to', { timeout: 60_000 }, () => {
    const pages = bodyLines(files.sla);
    const hash = files.w.sla.versions.at(-1)!.contentHash;
    const hashPage = pages.findIndex((lines) => lines.some((l) => l.includes(hash)));
    // The first appearance is the signatures clause's box (the audit page repeats it later).
    const signed = pages[hashPage]!.filter((l) => /Diego Alvarez|Maya Chen|Grace Okafor/.test(l));
    expect(signed.length).toBeGreaterThan(0);
  });

  it('keeps the optional witness on the page of the signatures it witnesses, under the clause heading', { timeout: 60_000 }, () => {
    const pages = bodyLines(files.sla);
    const hash = files.w.sla.versions.at(-1)!.contentHash;
    const page = pages.find((lines) => lines.some((l) => l.includes('Grace Okafor')) && lines.some((l) => l.includes(hash)));
    expect(page, 'the witness and the hash on one page').toBeDefined();
    expect(
      page!.some((l) => /Maya Chen/.test(l) && /Diego Alvarez/.test(l)),
      page!.join('\n'),
    ).toBe(true);
    const heading = slaStrings(language).clauses.signatures;
    expect(
      page!.some((l) => new RegExp(`^\\d+ +${heading}\\s*$`).test(l.trim())),
      page!.join('\n'),
    ).toBe(true);
  });

  it('numbers the clauses as step 7 does, the commitments table unnumbered', { timeout: 60_000 }, () => {
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', files.sla, '-'], { encoding: 'utf8' }).replace(/\f/g, '\n');
    const headings = [...text.matchAll(/^(\d{1,2}) +(\S.*?) *$/gm)].map((m) => [Number(m[1]), m[2]!.trim()] as const);
    const clauses = generateClauses(files.w);
    for (const [i, c] of clauses.entries()) {
      expect(headings, c.title).toContainEqual([i + 1, c.title]);
    }
    // The table prints under its title alone, never as a clause of its own.
    const table = slaStrings(language).commitmentsTableTitle;
    expect(text).toContain(table);
    expect(headings.map(([, title]) => title)).not.toContain(table);
  });
});
