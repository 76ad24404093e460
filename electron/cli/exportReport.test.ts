import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportStrings } from '../../shared/documents/report/strings';
import { parseWorkshopFile } from '../../shared/workshop/file';
import type { Workshop } from '../../shared/workshop/schema';
import { STEP_IDS } from '../../shared/workshop/stepIds';
import { pdfFonts, pdfText, squash } from './pdfText';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE = join(ROOT, 'test/fixtures/workshop-sample.json');

/** The real CLI as `npm run accord` runs it, through node directly (npx adds its own stderr). */
function accord(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/accord.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderrLines: r.stderr.split('\n').filter((l) => l.trim() !== '') };
}

function fixture(): Workshop {
  const r = parseWorkshopFile(readFileSync(FIXTURE, 'utf8'));
  if (!r.ok) throw new Error(r.error);
  return r.workshop;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'accord-report-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pageCount = (text: string) => text.split('\f').filter((p) => p.trim() !== '').length;

/** Text in content-stream order: a table cell's lines stay together instead of interleaving with the next cell's. */
const rawText = (file: string) => execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });

/** Pages where some word reaches into the right margin (portrait and landscape pages differ in width). */
function overflowingPages(file: string, margin = 40): number[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  return html
    .split('<page ')
    .slice(1)
    .flatMap((page, i) => {
      const width = Number(/width="([\d.]+)"/.exec(page)![1]);
      const maxX = Math.max(0, ...[...page.matchAll(/<word [^>]*xMax="([\d.]+)"/g)].map((m) => Number(m[1])));
      return maxX > width - margin ? [i + 1] : [];
    });
}

describe('accord export-report', () => {
  it('writes the whole workshop of the sample fixture as a report', { timeout: 120_000 }, () => {
    const out = join(dir, 'report.pdf');
    const r = accord('export-report', 'test/fixtures/workshop-sample.json', '--out', out);
    expect(r.stderrLines).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(out);

    const w = fixture();
    const s = reportStrings('en');
    const text = pdfText(out);
    const flat = squash(rawText(out));
    for (const id of STEP_IDS) expect(flat).toContain(squash(s.steps[id].title));
    for (const heading of [s.contents, s.closing.decisions, s.closing.actionItems, s.closing.parkingLot])
      expect(flat).toContain(squash(heading));
    for (const p of w.targetBuyer.personas) expect(flat).toContain(squash(p.name));
    expect(flat).toContain(
      squash(`A lead is an MQL when its score (fit plus engagement, minus negative points) reaches ${w.qualifiedLead.mqlThreshold} points`),
    );
    for (const d of w.facilitation.decisions) expect(flat).toContain(squash(d.text));
    for (const a of w.facilitation.actionItems) expect(flat).toContain(squash(a.text));
    for (const m of w.feedback.meetings) expect(flat).toContain(squash(m.title));
    // Stage names come from the diagram's vector text as well as from the stages table.
    for (const st of w.leadProcess.stages) expect(flat).toContain(squash(st.name));

    const pages = pageCount(text);
    expect(pages).toBeGreaterThanOrEqual(15);
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    // The contents gives, for each step, the page its heading ("n / 10" above the title) is on.
    const rawPages = rawText(out).split('\f');
    const contents = execFileSync('pdftotext', ['-layout', '-f', '2', '-l', '2', '-enc', 'UTF-8', out, '-'], { encoding: 'utf8' })
      .split('\n')
      .map((l) => l.trim().replace(/\s+/g, ' '));
    STEP_IDS.forEach((id, i) => {
      const title = s.steps[id].title;
      const actual = rawPages.findIndex((p) => p.includes(`${i + 1} / 10\n${title}\n`)) + 1;
      expect(actual, title).toBeGreaterThan(2);
      expect(contents, title).toContain(`${i + 1} ${title} ${actual}`);
    });

    expect(pdfFonts(out).filter(([, embedded]) => !embedded)).toEqual([]);
    expect(overflowingPages(out)).toEqual([]);
    // The diagram is drawn as vector paths and text: the report holds no bitmap at all.
    const images = execFileSync('pdfimages', ['-list', out], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(images).toEqual([]);
  });

  it('writes a Chinese workshop in Chinese without losing a character', { timeout: 120_000 }, () => {
    const w = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown> & {
      language: string;
      clientCompany: string;
      facilitation: { decisions: { text: string }[] };
      targetBuyer: { personas: { name: string }[] };
    };
    const decision = '两个团队共用一个记分板，每周一的例会上一起查看，并在每月的优化会议上复盘转化率和线索质量的变化趋势。';
    w.language = 'zh-CN';
    w.clientCompany = '北风分析';
    w.facilitation.decisions[0]!.text = decision;
    w.targetBuyer.personas[0]!.name = '数据驱动的王丹';
    const file = join(dir, 'zh.json');
    writeFileSync(file, JSON.stringify(w));
    const out = join(dir, 'zh.pdf');
    const r = accord('export-report', file, '--out', out);
    expect(r.stderrLines).toEqual([]);
    expect(r.code).toBe(0);

    const s = reportStrings('zh-CN');
    const text = pdfText(out);
    const flat = squash(rawText(out));
    for (const id of STEP_IDS) expect(flat).toContain(squash(s.steps[id].title));
    expect(flat).toContain(decision);
    expect(flat).toContain('数据驱动的王丹');
    expect(flat).toContain('当线索得分（匹配度+参与度−扣分）达到60分');
    // A date wrapped in a narrow column breaks without a hyphen (not "2027年1-月11日").
    expect(flat).not.toMatch(/\d-[\u4e00-\u9fff]/);
    expect(flat).toContain(squash(s.pageOf(1, pageCount(text))));
    expect(pdfFonts(out).some(([name]) => /NotoSansSC/i.test(name))).toBe(true);
    expect(overflowingPages(out)).toEqual([]);
  });

  it('refuses bad input with one line and exit code 2', { timeout: 60_000 }, () => {
    const w = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { language: string };
    w.language = 'fr';
    const file = join(dir, 'french.json');
    writeFileSync(file, JSON.stringify(w));
    const bad = accord('export-report', file, '--out', join(dir, 'never.pdf'));
    expect(bad.code).toBe(2);
    expect(bad.stderrLines).toEqual([expect.stringMatching(/^accord: invalid workshop file: language: /)]);

    const missing = accord('export-report', join(dir, 'nope.json'), '--out', join(dir, 'x.pdf'));
    expect([missing.code, missing.stderrLines]).toEqual([2, [`accord: cannot read ${join(dir, 'nope.json')}: no such file`]]);

    const noOut = accord('export-report', 'test/fixtures/workshop-sample.json');
    expect([noOut.code, noOut.stderrLines]).toEqual([
      2,
      ['accord: missing --out; usage: accord export-report <workshop.json> --out <file.pdf>'],
    ]);

    const badFolder = accord('export-report', 'test/fixtures/workshop-sample.json', '--out', join(dir, 'no/such/folder/x.pdf'));
    expect(badFolder.code).toBe(2);
    expect(badFolder.stderrLines).toEqual([expect.stringContaining('the folder does not exist')]);
  });
});
