import type { LeadProcessStep, Stage, StageOwner, Transition } from '../workshop/steps/leadProcess';

/** Reading the diagram as a graph: what later steps (calculator, metrics) rely on. */

export const stagesById = (step: LeadProcessStep): Map<string, Stage> => new Map(step.stages.map((s) => [s.id, s]));

/** Transitions whose two ends exist; a dangling one is a validation issue, not a path. */
export function liveTransitions(step: LeadProcessStep, kinds?: readonly Transition['kind'][]): Transition[] {
  const ids = new Set(step.stages.map((s) => s.id));
  return step.transitions.filter((t) => ids.has(t.from) && ids.has(t.to) && (!kinds || kinds.includes(t.kind)));
}

function adjacency(transitions: readonly Transition[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const t of transitions) {
    const list = out.get(t.from);
    if (list) list.push(t.to);
    else out.set(t.from, [t.to]);
  }
  return out;
}

export const isTerminalKind = (s: Stage) => s.kind === 'won' || s.kind === 'lost';

/**
 * Stages a lead can get to from a capture stage. Forward and recycle transitions carry
 * leads; feedback transitions carry information about them, so they do not count.
 */
export function reachableFromCapture(step: LeadProcessStep): Set<string> {
  const next = adjacency(liveTransitions(step, ['forward', 'recycle']));
  const seen = new Set<string>();
  const queue = step.stages.filter((s) => s.kind === 'capture').map((s) => s.id);
  for (const id of queue) seen.add(id);
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const to of next.get(id) ?? []) {
      if (!seen.has(to)) {
        seen.add(to);
        queue.push(to);
      }
    }
  }
  return seen;
}

/**
 * The main path, capture → won, in order: the longest chain of forward transitions from the
 * first capture stage to a won stage (longest, so a shortcut edge does not hide the stages it
 * skips). Forward edges that close a cycle are ignored. With no won stage in reach, the
 * longest chain to wherever the process ends. Empty when there is no capture stage.
 */
export function forwardPath(step: LeadProcessStep): Stage[] {
  const byId = stagesById(step);
  const start = step.stages.find((s) => s.kind === 'capture');
  if (!start) return [];
  const next = adjacency(liveTransitions(step, ['forward']));

  // Depth-first from the start; an edge to a stage still on the stack closes a cycle.
  const state = new Map<string, 'open' | 'done'>();
  const dag = new Map<string, string[]>();
  const order: string[] = [];
  const stack: { id: string; i: number }[] = [{ id: start.id, i: 0 }];
  state.set(start.id, 'open');
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const targets = next.get(top.id) ?? [];
    if (top.i < targets.length) {
      const to = targets[top.i++]!;
      if (state.get(to) === 'open') continue;
      const kept = dag.get(top.id) ?? [];
      kept.push(to);
      dag.set(top.id, kept);
      if (!state.has(to)) {
        state.set(to, 'open');
        stack.push({ id: to, i: 0 });
      }
    } else {
      state.set(top.id, 'done');
      order.push(top.id); // post-order: every successor is finished first
      stack.pop();
    }
  }

  // Longest path per stage, preferring chains that end in a won stage.
  const best = new Map<string, { won: boolean; length: number; next: string | null }>();
  for (const id of order) {
    const self = byId.get(id)!;
    let pick = { won: self.kind === 'won', length: 1, next: null as string | null };
    if (self.kind !== 'won') {
      for (const to of dag.get(id) ?? []) {
        const b = best.get(to)!;
        const cand = { won: b.won, length: b.length + 1, next: to };
        if ((cand.won && !pick.won) || (cand.won === pick.won && cand.length > pick.length)) pick = cand;
      }
    }
    best.set(id, pick);
  }

  const path: Stage[] = [];
  for (let id: string | null = start.id; id !== null; id = best.get(id)?.next ?? null) path.push(byId.get(id)!);
  return path;
}

export interface StageRate {
  stageId: string;
  name: string;
  owner: StageOwner | null;
  /** The next stage on the main path, null for the last one. */
  nextStageId: string | null;
  /** Expected conversion to the next stage as a fraction in (0, 1]; null when missing or invalid. */
  rate: number | null;
  daysInStage: number | null;
  /** Share of captured leads expected to reach this stage; null once a rate before it is missing. */
  fromCapture: number | null;
}

const validRate = (pct: number | null) => (pct !== null && pct > 0 && pct <= 100 ? pct / 100 : null);

/** The main path with its rates, for the funnel calculator and the metrics scoreboard. */
export function stageRates(step: LeadProcessStep): StageRate[] {
  const path = forwardPath(step);
  let reach: number | null = 1;
  return path.map((s, i) => {
    const last = i === path.length - 1;
    const rate = last ? null : validRate(s.conversionToNext);
    const row: StageRate = {
      stageId: s.id,
      name: s.name,
      owner: s.owner,
      nextStageId: last ? null : path[i + 1]!.id,
      rate,
      daysInStage: s.daysInStage,
      fromCapture: reach,
    };
    reach = reach === null || rate === null ? null : reach * rate;
    return row;
  });
}

/** Formats a percentage the way the diagram shows it: "40 %", "12.5 %". */
export const formatPercent = (pct: number) => `${Number(pct.toFixed(1))} %`;
