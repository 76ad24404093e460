import type { ElkNode } from 'elkjs/lib/elk.bundled.js';
import type { LeadProcessStep } from '../../../shared/workshop/steps/leadProcess';
import { positionsFromLayout, toLayoutGraph } from '../../../shared/leadProcess/layout';
import type { Point } from '../../../shared/leadProcess/geometry';

/**
 * Runs ELK on demand, in a worker (layout.worker.ts) so that laying out 300 stages never
 * blocks the page. The engine is large (about 1.5 MB), so the worker starts the first time the
 * button is pressed rather than with the app. Where there are no workers (unit tests in Node),
 * ELK runs in place.
 */
let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, { ok(r: ElkNode): void; fail(e: Error): void }>();

function layoutWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module', name: 'accord-layout' });
  worker.onmessage = (e: MessageEvent<{ id: number; ok: true; result: ElkNode } | { id: number; ok: false; error: string }>) => {
    const p = pending.get(e.data.id);
    pending.delete(e.data.id);
    if (!p) return;
    if (e.data.ok) p.ok(e.data.result);
    else p.fail(new Error(e.data.error));
  };
  worker.onerror = (e) => {
    // A worker that failed to start fails every layout waiting for it; the next press starts a new one.
    for (const p of pending.values()) p.fail(new Error(e.message || 'the layout worker stopped'));
    pending.clear();
    worker?.terminate();
    worker = null;
  };
  return worker;
}

async function runElk(graph: ElkNode): Promise<ElkNode> {
  if (typeof Worker === 'undefined') {
    const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
    return new ELK().layout(graph);
  }
  const w = layoutWorker();
  const id = nextId++;
  return new Promise<ElkNode>((ok, fail) => {
    pending.set(id, { ok, fail });
    w.postMessage({ id, graph });
  });
}

export async function layoutPositions(step: LeadProcessStep): Promise<Map<string, Point>> {
  return positionsFromLayout(await runElk(toLayoutGraph(step) as ElkNode));
}
