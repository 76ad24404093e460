import { describe, expect, it } from 'vitest';
import type { LeadProcessStep, Stage, Transition } from '../workshop/steps/leadProcess';
import { forwardPath, reachableFromCapture, stageRates } from './graph';
import { defaultTemplate } from './templates';

const st = (id: string, kind: Stage['kind'] = 'stage', conversionToNext: number | null = 50): Stage => ({
  id,
  name: id.toUpperCase(),
  kind,
  owner: 'marketing',
  entryCriteria: '',
  conversionToNext,
  daysInStage: 3,
  position: { x: 0, y: 0 },
});
const tr = (from: string, to: string, kind: Transition['kind'] = 'forward'): Transition => ({
  id: `${from}-${to}-${kind}`,
  from,
  to,
  kind,
  label: '',
});
const names = (s: Stage[]) => s.map((x) => x.id);

describe('forwardPath', () => {
  it('follows forward transitions from capture to won', () => {
    const step: LeadProcessStep = {
      stages: [st('won', 'won'), st('b'), st('a', 'capture'), st('lost', 'lost')],
      transitions: [tr('a', 'b'), tr('b', 'won'), tr('b', 'lost')],
    };
    expect(names(forwardPath(step))).toEqual(['a', 'b', 'won']);
  });

  it('prefers the long way over a shortcut so no stage is skipped', () => {
    const step: LeadProcessStep = {
      stages: [st('a', 'capture'), st('b'), st('c'), st('won', 'won')],
      transitions: [tr('a', 'c'), tr('a', 'b'), tr('b', 'c'), tr('c', 'won')],
    };
    expect(names(forwardPath(step))).toEqual(['a', 'b', 'c', 'won']);
  });

  it('ignores recycle and feedback edges and survives a forward cycle', () => {
    const step: LeadProcessStep = {
      stages: [st('a', 'capture'), st('b'), st('c'), st('won', 'won')],
      transitions: [tr('a', 'b'), tr('b', 'c'), tr('c', 'b'), tr('c', 'a', 'recycle'), tr('c', 'won'), tr('won', 'a', 'feedback')],
    };
    expect(names(forwardPath(step))).toEqual(['a', 'b', 'c', 'won']);
  });

  it('prefers a path that reaches won over a longer one that does not', () => {
    const step: LeadProcessStep = {
      stages: [st('a', 'capture'), st('x'), st('y'), st('z'), st('won', 'won')],
      transitions: [tr('a', 'x'), tr('x', 'y'), tr('y', 'z'), tr('a', 'won')],
    };
    expect(names(forwardPath(step))).toEqual(['a', 'won']);
  });

  it('without a won stage ends where the longest chain ends; without capture it is empty', () => {
    expect(names(forwardPath({ stages: [st('a', 'capture'), st('b'), st('c')], transitions: [tr('a', 'b'), tr('b', 'c')] }))).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(forwardPath({ stages: [st('a'), st('won', 'won')], transitions: [tr('a', 'won')] })).toEqual([]);
  });

  it('skips transitions to missing stages', () => {
    expect(names(forwardPath({ stages: [st('a', 'capture'), st('won', 'won')], transitions: [tr('a', 'ghost'), tr('a', 'won')] }))).toEqual(
      ['a', 'won'],
    );
  });

  it('handles a long chain without recursion limits', () => {
    const n = 5000;
    const stages = Array.from({ length: n }, (_, i) => st(`s${i}`, i === 0 ? 'capture' : i === n - 1 ? 'won' : 'stage'));
    const transitions = stages.slice(1).map((s, i) => tr(stages[i]!.id, s.id));
    expect(forwardPath({ stages, transitions })).toHaveLength(n);
  });
});

describe('stageRates', () => {
  it('gives each main-path stage its rate as a fraction and the share of captured leads reaching it', () => {
    const rates = stageRates(defaultTemplate());
    expect(rates.map((r) => r.name)).toEqual(['Captured', 'Nurture', 'MQL', 'SAL', 'SQL', 'Opportunity', 'Won']);
    expect(rates[0]).toMatchObject({ rate: 0.9, fromCapture: 1 });
    expect(rates[1]!.fromCapture).toBeCloseTo(0.9);
    expect(rates[2]!.fromCapture).toBeCloseTo(0.18);
    expect(rates.at(-1)).toMatchObject({ name: 'Won', rate: null, nextStageId: null });
    expect(rates.at(-1)!.fromCapture).toBeCloseTo(0.9 * 0.2 * 0.7 * 0.5 * 0.6 * 0.25);
    expect(rates[0]!.nextStageId).toBe(rates[1]!.stageId);
  });

  it('treats a missing or invalid rate as unknown from there on', () => {
    const rates = stageRates({
      stages: [st('a', 'capture', 150), st('b', 'stage', 40), st('won', 'won', null)],
      transitions: [tr('a', 'b'), tr('b', 'won')],
    });
    expect(rates.map((r) => r.rate)).toEqual([null, 0.4, null]);
    expect(rates.map((r) => r.fromCapture)).toEqual([1, null, null]);
  });
});

describe('reachableFromCapture', () => {
  it('walks forward and recycle transitions but not feedback', () => {
    const step: LeadProcessStep = {
      stages: [st('a', 'capture'), st('b'), st('c'), st('d')],
      transitions: [tr('a', 'b'), tr('b', 'c', 'recycle'), tr('a', 'd', 'feedback')],
    };
    expect([...reachableFromCapture(step)].sort()).toEqual(['a', 'b', 'c']);
  });
});
