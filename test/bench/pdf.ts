import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Figure } from './lib/figure';
import { measureExports } from './lib/pdfExport';
import { waitQuiet } from './lib/quiet';
import { stats } from './lib/stats';

const run = promisify(execFile);
const SAMPLE = 'sample-northwind-analytics';

interface NodeRun {
  cold: number;
  warm: number[];
}
async function nodeRender(kind: string, warm: number): Promise<NodeRun> {
  const { stdout } = await run(resolve('node_modules/.bin/tsx'), ['test/bench/pdfNode.tsx', kind, String(warm)], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split('\n').pop()!) as NodeRun;
}

async function nodeSeries(kind: string, coldReps: number, warmReps: number) {
  const cold: number[] = [];
  let warm: number[] = [];
  for (let i = 0; i < coldReps; i++) {
    await waitQuiet();
    const r = await nodeRender(kind, i === 0 ? warmReps : 0);
    cold.push(r.cold);
    if (i === 0) warm = r.warm;
  }
  return { cold: stats(cold), warm: stats(warm) };
}

/**
 * In the app: click on "Export SLA PDF" (capture-phase click, event.timeStamp) → the PDF blob
 * handed to the download (URL.createObjectURL with an application/pdf Blob), both in page
 * time. Cold = the first export after a page load (worker start, fonts, layout engine); warm
 * = the exports after it. Long tasks come from a PerformanceObserver('longtask') in the page,
 * which reports main-thread tasks of 50 ms or more.
 * Baselines are rendered in Node with @react-pdf (test/bench/pdfNode.tsx, one fresh process
 * per cold sample): the one-page "hello" and the 4-page English + Chinese page (docs/performance.md).
 */
export async function benchPdf(appUrl: string, coldReps: number, warmReps: number): Promise<Figure[]> {
  const hello = await nodeSeries('hello', coldReps, warmReps);
  const cjk = await nodeSeries('cjk4', Math.min(3, coldReps), warmReps);
  const nodeSla = await nodeSeries('sla', Math.min(3, coldReps), warmReps);

  const { cold, warm, longest } = await measureExports(`${appUrl}#/w/${SAMPLE}/sla`, 'Export SLA PDF', coldReps, warmReps);
  const c = stats(cold);
  const w = stats(warm);
  const l = stats(longest);
  return [
    {
      id: 'slaPdfCold',
      label: 'SLA PDF export in the app, cold (click → PDF ready, first export after load)',
      unit: 'ms',
      stats: c,
      baseline: { label: 'one-page "hello" in Node, cold', stats: hello.cold },
      ratio: c.median / hello.cold.median,
      target: 'none set (reported)',
      pass: null,
    },
    {
      id: 'slaPdfWarm',
      label: 'SLA PDF export in the app, warm',
      unit: 'ms',
      stats: w,
      baseline: { label: 'one-page "hello" in Node, warm', stats: hello.warm },
      ratio: w.median / hello.warm.median,
      target: '≤ 1.5 s (p95)',
      pass: w.p95 <= 1500,
      notes: [
        `vs the 4-page English + Chinese page in Node, warm (median ${cjk.warm.median.toFixed(0)} ms): ${(w.median / cjk.warm.median).toFixed(2)}× (target ≤ 3×, docs/performance.md)`,
        `the same SlaDocument rendered in Node: cold median ${nodeSla.cold.median.toFixed(0)} ms, warm median ${nodeSla.warm.median.toFixed(0)} ms`,
      ],
    },
    {
      id: 'slaPdfLongTask',
      label: 'Longest main-thread task during an SLA PDF export',
      unit: 'ms',
      stats: l,
      target: 'no task > 100 ms (docs/performance.md: > 50 ms); 0 means none reached 50 ms',
      pass: l.max <= 100,
    },
  ];
}
