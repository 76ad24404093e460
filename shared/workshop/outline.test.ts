import { describe, expect, it } from 'vitest';
import { sampleWorkshop } from './sample';
import { outlineChanges, workshopOutline } from './outline';

describe('workshop outline', () => {
  it('counts what the sample holds in each step', () => {
    const o = workshopOutline(sampleWorkshop(new Date('2026-12-01T09:00:00Z')));
    expect(o.participants).toBeGreaterThan(1);
    expect(o.stages).toBeGreaterThan(3);
    expect(Object.values(o).every((n) => Number.isInteger(n) && n >= 0)).toBe(true);
  });

  it('lists only the counts a restore would change', () => {
    const now = sampleWorkshop(new Date('2026-12-01T09:00:00Z'));
    const saved = structuredClone(now);
    saved.commitment.participants.pop();
    saved.facilitation.decisions = [];
    expect(outlineChanges(now, saved)).toEqual([
      { key: 'participants', from: now.commitment.participants.length, to: now.commitment.participants.length - 1 },
      { key: 'decisions', from: now.facilitation.decisions.length, to: 0 },
    ]);
  });
});
