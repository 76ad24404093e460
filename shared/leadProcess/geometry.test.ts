import { describe, expect, it } from 'vitest';
import { anchorPoint, anchorsFor, edgeShape, snap, wrapText } from './geometry';

describe('diagram geometry', () => {
  it('wraps text on words into a limited number of lines, with an ellipsis when it does not fit', () => {
    expect(wrapText('Sales accepted lead', 13, 2)).toEqual(['Sales', 'accepted lead']);
    expect(wrapText('Sales accepted lead', 12, 2)).toEqual(['Sales', 'accepted…']);
    expect(wrapText('MQL', 12, 2)).toEqual(['MQL']);
    expect(wrapText('one two three four five six', 9, 2)).toEqual(['one two', 'three…']);
    expect(wrapText('Supercalifragilistic', 8, 2)).toEqual(['Superca…']);
    expect(wrapText('   ', 8, 2)).toEqual([]);
  });

  it('draws forward curves between the anchors, loops below for recycle and above for feedback', () => {
    const s = anchorPoint({ x: 400, y: 100 }, anchorsFor('recycle').source);
    const t = anchorPoint({ x: 0, y: 100 }, anchorsFor('recycle').target);
    const recycle = edgeShape('recycle', s, t);
    expect(recycle.d.startsWith(`M ${s.x} ${s.y}`)).toBe(true);
    expect(recycle.d.endsWith(`V ${t.y}`)).toBe(true);
    expect(recycle.label.y).toBeGreaterThan(s.y);
    const feedback = edgeShape('feedback', anchorPoint({ x: 400, y: 100 }, 'feedbackOut'), anchorPoint({ x: 0, y: 100 }, 'feedbackIn'));
    expect(feedback.label.y).toBeLessThan(100);
    const forward = edgeShape('forward', { x: 0, y: 50 }, { x: 200, y: 50 });
    expect(forward.d).toBe('M 0 50 C 100 50 100 50 200 50');
    expect(forward.label).toEqual({ x: 100, y: 50 });
  });

  it('snaps positions to the grid', () => {
    expect(snap({ x: 7, y: 25 })).toEqual({ x: 0, y: 32 });
  });
});
