import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Figure } from './lib/figure';
import { measureExports } from './lib/pdfExport';
import { waitQuiet } from './lib/quiet';
import { stats } from './lib/stats';

const run = promisify(execFile);
const SAMPLE = 'sample-northwind-analytics';
const BUTTON = 'Export report';

async function nodeWarm(kind: 'cjk4' | 'report', warm: number): Promise<number[]> {
  await waitQuiet();
  const { stdout } = await run(resolve('node_modules/.bin/tsx'), ['test/bench/pdfNode.tsx', kind, String(warm)], { maxBuffer: 1 << 20 });
  return (JSON.parse(stdout.trim().split('\n').pop()!) as { warm: number[] }).warm;
}

/**
 * The workshop report, measured like the SLA export (test/bench/pdf.ts): click on "Export
 * report" (capture-phase click, event.timeStamp) → the PDF blob handed to the download, both in
 * page time, cold (first export after a load: worker start, fonts, layout engine) and warm.
 * Long tasks from a PerformanceObserver('longtask') in the page. Baseline: docs/performance.md's
 * 4-page English + Chinese page rendered in Node, warm, measured in the same run.
 */
export async function benchReport(appUrl: string, coldReps: number, warmReps: number): Promise<Figure[]> {
  const cjk = stats(await nodeWarm('cjk4', warmReps));
  const nodeReport = stats(await nodeWarm('report', Math.min(5, warmReps)));

  const { cold, warm, longest } = await measureExports(`${appUrl}#/w/${SAMPLE}/commitment`, BUTTON, coldReps, warmReps);
  const c = stats(cold);
  const w = stats(warm);
  const l = stats(longest);
  return [
    {
      id: 'reportPdfCold',
      label: 'Workshop report PDF in the app, cold (click → PDF ready, first export after load)',
      unit: 'ms',
      stats: c,
      baseline: { label: '4-page English + Chinese page in Node, warm', stats: cjk },
      ratio: c.median / cjk.median,
      target: 'none set (reported)',
      pass: null,
    },
    {
      id: 'reportPdfWarm',
      label: 'Workshop report PDF in the app, warm (sample workshop, ~19 pages, vector diagram)',
      unit: 'ms',
      stats: w,
      baseline: { label: '4-page English + Chinese page in Node, warm', stats: cjk },
      ratio: w.median / cjk.median,
      target: '≤ 8× the 4-page CJK page; ≤ 4 s p95 (docs/performance.md)',
      pass: w.median / cjk.median <= 8 && w.p95 <= 4000,
      notes: [
        `the same report rendered in Node, warm: median ${nodeReport.median.toFixed(0)} ms (${(nodeReport.median / cjk.median).toFixed(2)}× the 4-page page)`,
      ],
    },
    {
      id: 'reportPdfLongTask',
      label: 'Longest main-thread task during a report export',
      unit: 'ms',
      stats: l,
      target: 'no task > 50 ms (docs/performance.md); 0 means none reached 50 ms',
      pass: l.max <= 50,
    },
  ];
}
