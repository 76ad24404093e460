import { describe, expect, it } from 'vitest';
import { merge3 } from './undoMerge';

// merge3(base = what the action left, theirs = what was there before it, ours = now).
describe('taking back one action among later edits', () => {
  it('brings back a deleted sentence while another one was retyped', () => {
    const before = ['Budget confirmed', 'Timeline known', 'Champion named'];
    const after = ['Budget confirmed', 'Champion named'];
    const now = ['Budget confirmed', 'Champion named and met'];
    expect(merge3(after, before, now)).toEqual({ value: ['Budget confirmed', 'Timeline known', 'Champion named and met'], conflicts: [] });
  });

  it('puts records the action moved back in their old order and keeps one added since', () => {
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((id) => ({ id, name: id.toUpperCase() }));
    const merged = merge3([b!, a!, c!], [a!, b!, c!], [b!, a!, c!, d!]);
    expect(merged.value.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps a later edit of the same value and reports it', () => {
    const merged = merge3({ title: 'B', place: 'X' }, { title: 'A', place: 'Y' }, { title: 'C', place: 'X' });
    expect(merged.value).toEqual({ title: 'C', place: 'Y' });
    expect(merged.conflicts).toEqual([['title']]);
  });

  it('leaves a record deleted since deleted', () => {
    const r = (id: string, name: string) => ({ id, name });
    const merged = merge3([r('a', 'A2')], [r('a', 'A1')], []);
    expect(merged.value).toEqual([]);
    expect(merged.conflicts).toEqual([['a']]);
  });
});
