import { describe, expect, it } from 'vitest';
import type { LeadProcessStep } from '../../shared/workshop/steps/leadProcess';
import { COALESCE_MS, emptyHistory, LIMIT, record, redo, undo } from './undoHistory';

const v = (n: number): LeadProcessStep => ({
  stages: [],
  transitions: Array.from({ length: n }, (_, i) => ({ id: `t${i}`, from: 'a', to: 'b', kind: 'forward' as const, label: '' })),
});

describe('diagram history', () => {
  it('undoes and redoes in order, and a new edit clears redo', () => {
    let h = emptyHistory<LeadProcessStep>();
    h = record(h, v(0), null, 1);
    h = record(h, v(1), null, 2);
    const u1 = undo(h, v(2))!;
    expect(u1.step).toEqual(v(1));
    const u2 = undo(u1.history, u1.step)!;
    expect(u2.step).toEqual(v(0));
    expect(undo(u2.history, u2.step)).toBeNull();
    const r1 = redo(u2.history, u2.step)!;
    expect(r1.step).toEqual(v(1));
    expect(record(r1.history, r1.step, null, 3).future).toEqual([]);
  });

  it('merges quick edits with the same key into one undo step', () => {
    let h = emptyHistory<LeadProcessStep>();
    h = record(h, v(0), 'name:a', 1000);
    h = record(h, v(1), 'name:a', 1000 + COALESCE_MS / 2);
    h = record(h, v(2), 'name:a', 1000 + COALESCE_MS);
    expect(h.past).toEqual([v(0)]);
    h = record(h, v(3), 'name:a', 1000 + 3 * COALESCE_MS);
    h = record(h, v(4), 'rate:a', 1000 + 3 * COALESCE_MS);
    expect(h.past).toEqual([v(0), v(3), v(4)]);
  });

  it('keeps at most the last hundred steps', () => {
    let h = emptyHistory<LeadProcessStep>();
    for (let i = 0; i < LIMIT + 20; i++) h = record(h, v(i), null, i);
    expect(h.past).toHaveLength(LIMIT);
    expect(h.past[0]).toEqual(v(20));
  });
});
