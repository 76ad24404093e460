import { describe, expect, it } from 'vitest';
import { technologyGaps, technologyStarted } from './technology';
import { sampleWorkshop } from '../sample';
import { newWorkshop } from '../factory';

describe('step 9 checks', () => {
  it('passes for the sample: its one gap has an action item', () => {
    const w = sampleWorkshop();
    expect(w.technology.automation.attribution).toBeNull();
    expect(technologyGaps(w)).toEqual([]);
    expect(technologyStarted(w)).toBe(true);
  });

  it('asks for a tool and for every uncovered process piece', () => {
    const w = newWorkshop();
    expect(technologyStarted(w)).toBe(false);
    expect(technologyGaps(w).map((g) => g.field)).toEqual([
      'tools',
      'automation-scoring',
      'automation-routing',
      'automation-slaBreachAlert',
      'automation-dashboard',
      'automation-recycling',
      'automation-attribution',
    ]);
  });

  it('treats a deleted action item or a removed tool as a gap again', () => {
    const w = sampleWorkshop();
    w.facilitation.actionItems = [];
    w.technology.tools = w.technology.tools.filter((t) => t.name !== 'LeanData');
    expect(technologyGaps(w).map((g) => [g.code, g.values])).toEqual([
      ['pieceGap', { piece: { code: 'piece.routing' } }],
      ['pieceGap', { piece: { code: 'piece.attribution' } }],
    ]);
  });
});
