import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { startStaticServer } from '../../electron/launcher/staticServer';
import { RENDERER_DIR } from '../e2e/harness';
import { benchAutosave } from './autosave';
import { measureBundle } from './bundle';
import { benchDiagram } from './diagram';
import { benchHomeList } from './homeList';
import { benchHomeLoad } from './homeLoad';
import { benchGrowth } from './growth';
import { benchCsv } from './csv';
import { buildBaselinePages } from './lib/baselinePages';
import { formatFigure, type Figure } from './lib/figure';
import { noisyWaits } from './lib/quiet';
import { stats } from './lib/stats';
import { benchPdf } from './pdf';
import { benchReport } from './report';

/**
 * `npm run bench`: every performance figure of docs/performance.md against its baseline, measured
 * in this run on this machine (figures move ~35 % between runs on shared machines, ratios
 * much less). Prints one line per figure and writes bench/results.json (gitignored).
 * `tsx test/bench/run.ts homeLoad autosave` runs only the named groups;
 * ACCORD_BENCH_REPS sets the repetitions (default 10).
 */
const GROUPS = ['bundle', 'homeLoad', 'autosave', 'diagram', 'pdf', 'report', 'homeList', 'growth', 'csv'] as const;
const only = process.argv.slice(2);
const unknown = only.filter((g) => !(GROUPS as readonly string[]).includes(g));
if (unknown.length) throw new Error(`Unknown bench group(s) ${unknown.join(', ')}; choose from ${GROUPS.join(', ')}.`);
const wanted = (g: (typeof GROUPS)[number]) => only.length === 0 || only.includes(g);
const REPS = Number(process.env.ACCORD_BENCH_REPS ?? 10);

if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error(`${RENDERER_DIR} has no build: run \`npm run build\` first.`);
const baseline = await buildBaselinePages();
const baselineDir = baseline.dir;
const app = await startStaticServer(RENDERER_DIR);
const base = await startStaticServer(baselineDir);
const figures: Figure[] = [];
const add = (fs: Figure | Figure[]) => {
  for (const f of [fs].flat()) {
    figures.push(f);
    console.log(formatFigure(f));
    for (const n of f.notes ?? []) console.log(`    ${n}`);
  }
};

console.log(
  `Accord bench — ${REPS} repetitions, ${cpus().length} cores, ${execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()}, build ${RENDERER_DIR}`,
);
try {
  if (wanted('bundle')) {
    const r = measureBundle(RENDERER_DIR);
    const blank = measureBundle(baselineDir, 'blank.html');
    add({
      id: 'initialJs',
      label: 'Initial JavaScript, gzip (entry + static imports)',
      unit: 'bytes',
      stats: stats([r.initialGzip]),
      baseline: { label: 'blank React page', stats: stats([blank.initialGzip]) },
      ratio: r.initialGzip / blank.initialGzip,
      target: '≤ 200 KB (docs/performance.md), PDF / diagram code lazy',
      pass: r.initialGzip <= 200 * 1024 && r.eagerHeavy.length === 0,
      notes: [
        `initial files: ${r.initial.map((c) => `${c.file} ${(c.gzip / 1024).toFixed(1)} KB`).join(', ')}`,
        `lazy-only code found in the initial JS: ${r.eagerHeavy.length ? r.eagerHeavy.join(', ') : 'none'}`,
        `lazy chunks (gzip): ${r.lazy.map((c) => `${c.file.replace(/^assets\//, '')} ${(c.gzip / 1024).toFixed(1)} KB`).join(', ')}`,
      ],
    });
  }
  if (wanted('homeLoad')) add(await benchHomeLoad(app.url, `${base.url}blank.html`, REPS));
  // p95 of 10 is the slowest of 10: autosave samples are cheap (~1.5 s), so it takes more.
  if (wanted('autosave')) add(await benchAutosave(app.url, Math.max(20, REPS * 2)));
  if (wanted('diagram')) add(await benchDiagram(app.url, `${base.url}flow.html`, Math.max(4, Math.round(REPS * 0.8))));
  if (wanted('pdf')) add(await benchPdf(app.url, Math.max(3, Math.round(REPS / 2)), REPS));
  if (wanted('report')) add(await benchReport(app.url, Math.max(2, Math.round(REPS / 4)), Math.max(3, Math.round(REPS / 2))));
  if (wanted('homeList')) add(await benchHomeList(app.url, Math.max(3, Math.round(REPS / 2))));
  // The year-old workshop at 1×, 4× and 16× (test/bench/growth.ts): charts go to bench/growth-*.svg.
  if (wanted('growth')) add(await benchGrowth(app.url, REPS));
  // Step 5's batch simulator on a 100,000-lead export (test/bench/csv.ts).
  if (wanted('csv')) add(await benchCsv(app.url, Math.max(3, Math.round(REPS / 2))));
} finally {
  await app.close();
  await base.close();
  baseline.dispose();
}

if (noisyWaits() > 0)
  console.log(`Note: the machine did not go quiet before ${noisyWaits()} timed steps; absolute figures are inflated, ratios less so.`);
const missed = figures.filter((f) => f.pass === false).map((f) => f.id);
console.log(missed.length ? `Missed: ${missed.join(', ')}` : 'Every measured target met.');
mkdirSync(resolve('bench'), { recursive: true });
writeFileSync(
  resolve('bench/results.json'),
  `${JSON.stringify({ at: new Date().toISOString(), reps: REPS, cores: cpus().length, noisyWaits: noisyWaits(), figures }, null, 2)}\n`,
);
console.log('Wrote bench/results.json');
