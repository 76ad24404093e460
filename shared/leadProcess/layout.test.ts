import { describe, expect, it } from 'vitest';
import { positionsFromLayout, toLayoutGraph } from './layout';
import { defaultTemplate } from './templates';
import { forwardPath } from './graph';
import { NODE_HEIGHT, NODE_WIDTH } from './geometry';

describe('automatic layout input and output', () => {
  it('lays out stages left to right using forward transitions only', () => {
    const step = defaultTemplate();
    const g = toLayoutGraph(step);
    expect(g.layoutOptions['elk.algorithm']).toBe('layered');
    expect(g.layoutOptions['elk.direction']).toBe('RIGHT');
    expect(g.children).toHaveLength(step.stages.length);
    expect(g.edges).toHaveLength(step.transitions.filter((t) => t.kind === 'forward').length);
    expect(g.children.every((c) => c.width > 0 && c.height > 0)).toBe(true);
  });

  it('reads positions back on the grid and skips what the engine did not place', () => {
    const out = positionsFromLayout(
      { children: [{ id: 'a', x: 13, y: 7 }, { id: 'b' }, { id: 'c', x: Number.NaN, y: 0 }] },
      { x: 0, y: 0 },
    );
    expect([...out]).toEqual([['a', { x: 16, y: 0 }]]);
  });
});

describe('automatic layout with ELK', () => {
  it('places the main path left to right, without overlaps, on the grid', async () => {
    const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
    const step = defaultTemplate();
    const positions = positionsFromLayout(await new ELK().layout(toLayoutGraph(step)));
    expect(positions.size).toBe(step.stages.length);
    const xs = forwardPath(step).map((s) => positions.get(s.id)!.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(xs).size).toBe(xs.length);
    const spots = [...positions.values()];
    for (const [i, a] of spots.entries()) {
      expect(a.x % 16).toBe(0);
      for (const b of spots.slice(i + 1)) expect(Math.abs(a.x - b.x) >= NODE_WIDTH || Math.abs(a.y - b.y) >= NODE_HEIGHT).toBe(true);
    }
  });
});
