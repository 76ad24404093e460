import { describe, expect, it } from 'vitest';
import {
  addStage,
  connect,
  connectionProblem,
  freePosition,
  newStage,
  patchStage,
  patchTransition,
  removeStage,
  removeTransition,
  restore,
  withPositions,
} from './edit';
import { defaultTemplate } from './templates';

const counter = () => {
  let i = 0;
  return () => `id-${++i}`;
};

describe('diagram edits', () => {
  it('keeps untouched stages as the same objects, and returns the same step for a no-op', () => {
    const step = defaultTemplate(counter());
    const next = patchStage(step, step.stages[2]!.id, { name: 'Marketing qualified' });
    expect(next.stages[2]!.name).toBe('Marketing qualified');
    expect(next.stages[1]).toBe(step.stages[1]);
    expect(next.transitions).toBe(step.transitions);
    expect(patchStage(step, step.stages[2]!.id, { name: step.stages[2]!.name })).toBe(step);
    expect(patchStage(step, 'missing', { name: 'x' })).toBe(step);
    expect(withPositions(step, new Map([[step.stages[0]!.id, step.stages[0]!.position]]))).toBe(step);
  });

  it('removes a stage with its transitions, and restore puts everything back in place', () => {
    const step = defaultTemplate(counter());
    const sal = step.stages[3]!;
    const r = removeStage(step, sal.id)!;
    expect(r.step.stages.map((s) => s.id)).not.toContain(sal.id);
    expect(r.step.transitions.some((t) => t.from === sal.id || t.to === sal.id)).toBe(false);
    expect(r.removed.transitions).toHaveLength(3);
    expect(restore(r.step, r.removed)).toEqual(step);
    expect(restore(step, r.removed)).toEqual(step);
    expect(removeStage(step, 'missing')).toBeNull();
  });

  it('removes and restores a single transition', () => {
    const step = defaultTemplate(counter());
    const t = step.transitions[4]!;
    const r = removeTransition(step, t.id)!;
    expect(r.step.transitions).toHaveLength(step.transitions.length - 1);
    expect(restore(r.step, r.removed)).toEqual(step);
  });

  it('connects stages once, never a stage to itself', () => {
    let step = defaultTemplate(counter());
    const extra = newStage('new', freePosition(step, step.stages[2]!.position));
    step = addStage(step, extra);
    expect(extra.position).not.toEqual(step.stages[2]!.position);
    expect(extra.owner).toBeNull();
    step = connect(step, extra.id, step.stages[5]!.id, 'forward', 't-new');
    expect(step.transitions.at(-1)).toMatchObject({ id: 't-new', from: 'new', to: step.stages[5]!.id, kind: 'forward' });
    expect(connectionProblem(step, extra.id, step.stages[5]!.id, 'forward')).toMatch(/already connected/);
    expect(connect(step, extra.id, extra.id, 'forward', 'x')).toBe(step);
    expect(connectionProblem(step, extra.id, 'ghost', 'forward')).not.toBeNull();
    expect(patchTransition(step, 't-new', { kind: 'recycle' }).transitions.at(-1)!.kind).toBe('recycle');
  });
});
