import { describe, expect, it } from 'vitest';
import { parseBand } from './band';

describe('reading a size or revenue band', () => {
  it.each([
    ['200–2,000 employees', { min: 200, max: 2000 }],
    ['200-2000', { min: 200, max: 2000 }],
    ['200 to 2 000 employees', { min: 200, max: 2000 }],
    ['€20–500 M annual revenue', { min: 20_000_000, max: 500_000_000 }],
    ['$5M – $1bn', { min: 5_000_000, max: 1_000_000_000 }],
    ['1k-5k employees', { min: 1000, max: 5000 }],
    ['500+ employees', { min: 500, max: null }],
    ['more than 200 employees', { min: 201, max: null }],
    ['at least 200 people', { min: 200, max: null }],
    ['Fewer than 50 employees', { min: null, max: 49 }],
    ['up to 2,000 staff', { min: null, max: 2000 }],
    ['revenue under €10 M', { min: null, max: 9_999_999 }],
  ])('%s', (text, band) => expect(parseBand(text)).toEqual(band));

  it.each(['Mid-market', '250 employees', 'Public sector', ''])('cannot read “%s”', (text) => expect(parseBand(text)).toBeNull());
});
