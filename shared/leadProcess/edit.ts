import type { LeadProcessStep, Stage, Transition } from '../workshop/steps/leadProcess';
import { COLUMN_STEP, NODE_HEIGHT, NODE_WIDTH, snap, type Point } from './geometry';

/**
 * Edits of the diagram as pure functions: each returns a new step and leaves untouched
 * stages and transitions as the same objects, so the canvas re-renders only what changed.
 * A no-op returns the step it was given.
 */

export function newStage(id: string, position: Point, patch: Partial<Omit<Stage, 'id'>> = {}): Stage {
  return {
    id,
    name: 'New stage',
    kind: 'stage',
    owner: null,
    entryCriteria: '',
    conversionToNext: null,
    daysInStage: null,
    position: snap(position),
    ...patch,
  };
}

const overlaps = (a: Point, b: Point) => Math.abs(a.x - b.x) < NODE_WIDTH && Math.abs(a.y - b.y) < NODE_HEIGHT;

/** The first spot at or below `p` that no stage covers, so a new stage never hides another. */
export function freePosition(step: LeadProcessStep, p: Point): Point {
  let spot = snap(p);
  for (let i = 0; i < 200 && step.stages.some((s) => overlaps(s.position, spot)); i++) spot = { x: spot.x, y: spot.y + NODE_HEIGHT + 32 };
  return spot;
}

/** Where a stage added after `after` goes: one column to its right. */
export const positionAfter = (after: Stage): Point => ({ x: after.position.x + COLUMN_STEP, y: after.position.y });

export const addStage = (step: LeadProcessStep, stage: Stage): LeadProcessStep => ({ ...step, stages: [...step.stages, stage] });

export function patchStage(step: LeadProcessStep, id: string, patch: Partial<Omit<Stage, 'id'>>): LeadProcessStep {
  const current = step.stages.find((s) => s.id === id);
  if (!current || (Object.keys(patch) as (keyof typeof patch)[]).every((k) => current[k] === patch[k])) return step;
  return { ...step, stages: step.stages.map((s) => (s.id === id ? { ...s, ...patch } : s)) };
}

export function withPositions(step: LeadProcessStep, positions: ReadonlyMap<string, Point>): LeadProcessStep {
  let changed = false;
  const stages = step.stages.map((s) => {
    const p = positions.get(s.id);
    if (!p || (p.x === s.position.x && p.y === s.position.y)) return s;
    changed = true;
    return { ...s, position: { x: p.x, y: p.y } };
  });
  return changed ? { ...step, stages } : step;
}

/** What a removal took away, with the places it held, so Undo can put it back exactly. */
export interface Removed {
  stage: { stage: Stage; index: number } | null;
  transitions: { transition: Transition; index: number }[];
}

export function removeStage(step: LeadProcessStep, id: string): { step: LeadProcessStep; removed: Removed } | null {
  const index = step.stages.findIndex((s) => s.id === id);
  if (index < 0) return null;
  const transitions = step.transitions.flatMap((transition, i) =>
    transition.from === id || transition.to === id ? [{ transition, index: i }] : [],
  );
  return {
    step: { stages: step.stages.filter((s) => s.id !== id), transitions: step.transitions.filter((t) => t.from !== id && t.to !== id) },
    removed: { stage: { stage: step.stages[index]!, index }, transitions },
  };
}

export function removeTransition(step: LeadProcessStep, id: string): { step: LeadProcessStep; removed: Removed } | null {
  const index = step.transitions.findIndex((t) => t.id === id);
  if (index < 0) return null;
  return {
    step: { ...step, transitions: step.transitions.filter((t) => t.id !== id) },
    removed: { stage: null, transitions: [{ transition: step.transitions[index]!, index }] },
  };
}

/** Puts removed elements back at their old places; elements that exist again are left alone. */
export function restore(step: LeadProcessStep, removed: Removed): LeadProcessStep {
  const stages = [...step.stages];
  if (removed.stage && !stages.some((s) => s.id === removed.stage!.stage.id)) {
    stages.splice(Math.min(removed.stage.index, stages.length), 0, removed.stage.stage);
  }
  const transitions = [...step.transitions];
  for (const { transition, index } of removed.transitions) {
    if (!transitions.some((t) => t.id === transition.id)) transitions.splice(Math.min(index, transitions.length), 0, transition);
  }
  return { stages, transitions };
}

/** Why two stages cannot be connected, or null when they can. */
export function connectionProblem(step: LeadProcessStep, from: string, to: string, kind: Transition['kind']): string | null {
  if (from === to) return 'A stage cannot lead to itself.';
  if (!step.stages.some((s) => s.id === from) || !step.stages.some((s) => s.id === to)) return 'Both stages must exist.';
  if (step.transitions.some((t) => t.from === from && t.to === to && t.kind === kind))
    return 'These stages are already connected this way.';
  return null;
}

export function connect(
  step: LeadProcessStep,
  from: string,
  to: string,
  kind: Transition['kind'],
  id: string,
  label = '',
): LeadProcessStep {
  if (connectionProblem(step, from, to, kind)) return step;
  return { ...step, transitions: [...step.transitions, { id, from, to, kind, label }] };
}

export function patchTransition(step: LeadProcessStep, id: string, patch: Partial<Omit<Transition, 'id'>>): LeadProcessStep {
  const current = step.transitions.find((t) => t.id === id);
  if (!current || (Object.keys(patch) as (keyof typeof patch)[]).every((k) => current[k] === patch[k])) return step;
  return { ...step, transitions: step.transitions.map((t) => (t.id === id ? { ...t, ...patch } : t)) };
}
