import type { CDPSession, Page } from 'playwright-core';
import { COLUMN_STEP, ROW_STEP } from '../../shared/leadProcess/geometry';
import { newWorkshop } from '../../shared/workshop/factory';
import { serializeWorkshopFile, validateWorkshop } from '../../shared/workshop/file';
import type { Workshop } from '../../shared/workshop/schema';
import { importViaUi } from './lib/appActions';
import { launch, readyProbe, readyTime } from './lib/browser';
import type { Figure } from './lib/figure';
import { waitQuiet } from './lib/quiet';
import { stats } from './lib/stats';

const STAGES = 300;
const EDGES = 350;

/** A valid workshop whose lead process has 300 stages and 350 transitions on a grid. */
export function diagramWorkshop(): Workshop {
  const w = newWorkshop({ title: '300 stages', clientCompany: 'Diagram Bench', facilitator: 'Bench' });
  const kinds = (i: number) => (i === 0 ? 'capture' : i === STAGES - 1 ? 'won' : 'stage') as 'capture' | 'stage' | 'won';
  w.leadProcess.stages = Array.from({ length: STAGES }, (_, i) => ({
    id: `s${i}`,
    name: `Stage ${i + 1}`,
    kind: kinds(i),
    owner: (['marketing', 'sales', 'sdr', 'operations'] as const)[i % 4]!,
    entryCriteria: '',
    conversionToNext: 50,
    daysInStage: 3,
    position: { x: (i % 20) * COLUMN_STEP, y: Math.floor(i / 20) * ROW_STEP },
  }));
  const extra = EDGES - (STAGES - 1);
  w.leadProcess.transitions = [
    ...Array.from({ length: STAGES - 1 }, (_, i) => ({ id: `t${i}`, from: `s${i}`, to: `s${i + 1}`, kind: 'forward' as const, label: '' })),
    ...Array.from({ length: extra }, (_, i) => ({
      id: `x${i}`,
      from: `s${i * 5}`,
      to: `s${(i * 5 + 23) % STAGES}`,
      kind: 'recycle' as const,
      label: '',
    })),
  ];
  const valid = validateWorkshop(w);
  if (!valid.ok) throw new Error(`diagram bench: the generated workshop is not valid any more: ${valid.error}`);
  return valid.workshop;
}

/**
 * Drags the node nearest the viewport's centre for ~2 s while a rAF loop records frame
 * deltas; main-thread busy is CDP Performance TaskDuration over the drag (frame deltas snap
 * to 16.7 ms in software rendering, so busy time is the figure that still discriminates).
 */
async function drag(page: Page, cdp: CDPSession, container: string): Promise<{ frames: number[]; busyMs: number }> {
  // The node nearest the canvas centre: with onlyRenderVisibleElements only some are in the DOM.
  const start = await page.evaluate((sel) => {
    const c = document.querySelector(sel)!.getBoundingClientRect();
    let best: { x: number; y: number; d: number } | null = null;
    for (const n of document.querySelectorAll('.react-flow__node')) {
      const r = n.getBoundingClientRect();
      const d = Math.hypot(r.left + r.width / 2 - (c.left + c.width / 2), r.top + r.height / 2 - (c.top + c.height / 2));
      if (!best || d < best.d) best = { x: r.left + r.width / 2, y: r.top + r.height * 0.6, d };
    }
    return best;
  }, container);
  if (!start) throw new Error('diagram bench: no node to drag');
  const { x, y } = start;
  const metric = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __stop: boolean };
    w.__frames = [];
    w.__stop = false;
    let last = performance.now();
    const tick = (t: number) => {
      w.__frames.push(t - last);
      last = t;
      if (!w.__stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const before = await metric();
  await page.mouse.move(x, y);
  await page.mouse.down();
  const end = Date.now() + 2000;
  for (let i = 0; Date.now() < end; i++) {
    await page.mouse.move(x + 120 * Math.sin(i / 10), y + 60 * Math.cos(i / 10), { steps: 1 });
    await page.waitForTimeout(8);
  }
  await page.mouse.up();
  const busyMs = (await metric()) - before;
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __stop: boolean };
    w.__stop = true;
    return w.__frames.slice(2); // the first deltas straddle the loop's start
  });
  return { frames, busyMs };
}

/**
 * Step opened (hash change) → the diagram's DOM stops changing for 10 frames; the time of the
 * last change counts. The editor renders only the visible nodes of a large diagram, so a
 * node count cannot be the signal (same method as test/tools/diagramBench.ts).
 */
async function openDiagram(page: Page, id: string): Promise<{ ms: number; nodes: number }> {
  return page.evaluate(
    (wid) =>
      new Promise<{ ms: number; nodes: number }>((resolve) => {
        const t0 = performance.now();
        location.hash = `#/w/${wid}/leadProcess`;
        let last = -1;
        let changedAt = t0;
        let stable = 0;
        const tick = () => {
          const nodes = document.querySelectorAll('.react-flow__node').length;
          const count = nodes + document.querySelectorAll('.react-flow__edge').length;
          if (count !== last) {
            last = count;
            changedAt = performance.now();
            stable = 0;
          } else if (nodes > 0) stable += 1;
          if (stable >= 10) resolve({ ms: changedAt - t0, nodes });
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    id,
  );
}

/**
 * The bare page and the app run in two tabs of one browser, and their drags alternate (bare,
 * app, bare, app…): a machine that drifts during the run then weighs on both sides alike.
 */
export async function benchDiagram(appUrl: string, flowUrl: string, reps: number): Promise<Figure[]> {
  const b = await launch({ initScripts: [readyProbe({ flow: { selector: '.react-flow__node', count: STAGES } })] });
  const { page } = b;
  const cdp = await b.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const appPage = await b.context.newPage();
  const appCdp = await b.context.newCDPSession(appPage);
  await appCdp.send('Performance.enable');
  try {
    const baseFirst: number[] = [];
    const baseFrames: number[] = [];
    const baseBusy: number[] = [];
    const bareRep = async () => {
      await page.bringToFront();
      await waitQuiet();
      await page.goto(flowUrl, { waitUntil: 'commit' });
      baseFirst.push(await readyTime(page, 'flow'));
      await waitQuiet();
      const d = await drag(page, cdp, '.react-flow');
      baseFrames.push(...d.frames);
      baseBusy.push(d.busyMs);
    };

    const w = diagramWorkshop();
    await appPage.bringToFront();
    await appPage.goto(appUrl);
    await importViaUi(appPage, { name: 'diagram-300.accord', buffer: Buffer.from(serializeWorkshopFile(w)) });
    await appPage.getByRole('button', { name: 'Export SLA PDF' }).waitFor();
    // The first opening also loads the editor's chunk; a step that never shows a node is not built.
    const cold = await Promise.race([openDiagram(appPage, w.id), new Promise<null>((r) => setTimeout(() => r(null), 20_000))]);
    const coldMs = cold?.ms ?? null;
    const built = cold !== null && cold.nodes > 0;
    const baseNote = () =>
      `bare React Flow (300 nodes, 350 edges): first render median ${stats(baseFirst).median.toFixed(0)} ms, drag frame p95 ${stats(baseFrames).p95.toFixed(1)} ms, main-thread busy per 2 s drag median ${stats(baseBusy).median.toFixed(0)} ms`;
    if (!built) {
      for (let i = 0; i < reps; i++) await bareRep();
      return [
        {
          id: 'diagram300',
          label: 'Step-4 diagram with 300 stages',
          unit: 'ms',
          target: 'drag frame p95 ≤ 16.7 ms; busy ≤ 1.3× bare React Flow',
          pass: null,
          notes: [baseNote()],
        },
      ];
    }

    const first: number[] = [];
    const frames: number[] = [];
    const busy: number[] = [];
    for (let i = 0; i < reps; i++) {
      await bareRep();
      await appPage.bringToFront();
      await appPage.evaluate((id) => (location.hash = `#/w/${id}/targetBuyer`), w.id);
      await appPage.locator('.react-flow__node').first().waitFor({ state: 'detached' });
      await waitQuiet();
      first.push((await openDiagram(appPage, w.id)).ms);
      await waitQuiet();
      const d = await drag(appPage, appCdp, '#leadProcess-canvas');
      frames.push(...d.frames);
      busy.push(d.busyMs);
    }
    const f = stats(frames);
    const base = stats(baseFrames);
    const busyRatio = stats(busy).median / stats(baseBusy).median;
    return [
      {
        id: 'diagram300FirstRender',
        label: 'Step-4 diagram with 300 stages: step opened → diagram rendered (DOM settled)',
        unit: 'ms',
        stats: stats(first),
        baseline: { label: 'bare React Flow page load → 300 nodes', stats: stats(baseFirst) },
        ratio: stats(first).median / stats(baseFirst).median,
        target: 'none set (reported; bare React Flow ~300 ms)',
        pass: null,
      },
      {
        id: 'diagram300Drag',
        label: 'Step-4 diagram with 300 stages: frame time while dragging a node',
        unit: 'ms',
        stats: f,
        baseline: { label: 'bare React Flow', stats: base },
        ratio: busyRatio,
        target: 'frame p95 ≤ 16.7 ms; main-thread busy ≤ 1.3× bare React Flow (the ratio shown)',
        // Software rendering snaps frame deltas to the 16.67 ms vsync; 0.5 ms absorbs timer jitter.
        pass: f.p95 <= 16.7 + 0.5 && busyRatio <= 1.3,
        notes: [
          `first opening of the step in the session (loads the editor chunk): ${coldMs?.toFixed(0)} ms`,
          `main-thread busy per 2 s drag: median ${stats(busy).median.toFixed(0)} ms vs ${stats(baseBusy).median.toFixed(0)} ms bare`,
          baseNote(),
        ],
      },
    ];
  } finally {
    await b.close();
  }
}
