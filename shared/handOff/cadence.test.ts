import { describe, expect, it } from 'vitest';
import type { FollowUpAttempt } from '../workshop/steps/handOff';
import { cadenceSentence, cadenceSummary, nextAttemptDay, standardCadence } from './cadence';
import { missingSuggestions } from './defaults';

const a = (id: string, day: number, channel: FollowUpAttempt['channel'] = 'phone'): FollowUpAttempt => ({ id, day, channel });

describe('follow-up cadence', () => {
  it('sorts by day, keeps entry order within a day, and groups by day', () => {
    const s = cadenceSummary([a('x', 5, 'email'), a('y', 1), a('z', 5), a('w', 1, 'email')]);
    expect(s.sorted.map((x) => x.id)).toEqual(['y', 'w', 'x', 'z']);
    expect(s.byDay.map((d) => [d.day, d.attempts.map((x) => x.id)])).toEqual([
      [1, ['y', 'w']],
      [5, ['x', 'z']],
    ]);
    expect(s).toMatchObject({ attempts: 4, firstDay: 1, lastDay: 5, spanDays: 5 });
  });

  it('counts the span with both ends included, starting from the first attempt', () => {
    expect(cadenceSummary([a('x', 3), a('y', 3)]).spanDays).toBe(1);
    expect(cadenceSummary([a('x', 2), a('y', 9)]).spanDays).toBe(8);
    expect(cadenceSummary([])).toMatchObject({ attempts: 0, spanDays: 0, firstDay: null, lastDay: null });
  });

  it('says it the way a room does', () => {
    const said = (attempts: number, days: number) => ({
      code: 'cadenceSummary',
      values: { attempts: { code: 'attemptCount', values: { count: attempts } }, days: { code: 'dayCount', values: { count: days } } },
    });
    expect(cadenceSentence(cadenceSummary(standardCadence()))).toEqual(said(6, 10));
    expect(cadenceSentence(cadenceSummary([a('x', 1)]))).toEqual(said(1, 1));
    expect(cadenceSentence(cadenceSummary([]))).toEqual({ code: 'cadenceNone' });
  });

  it('the standard cadence starts with phone and e-mail on day 1, ends on day 10, with fresh ids', () => {
    const c = standardCadence();
    expect(c.filter((x) => x.day === 1).map((x) => x.channel)).toEqual(['phone', 'email']);
    expect(Math.max(...c.map((x) => x.day))).toBe(10);
    expect(new Set(c.map((x) => x.id)).size).toBe(6);
    expect(standardCadence()[0]!.id).not.toBe(c[0]!.id);
  });

  it('proposes the next attempt two days after the last one, within the 90-day limit', () => {
    expect(nextAttemptDay([])).toBe(1);
    expect(nextAttemptDay([a('x', 4), a('y', 2)])).toBe(6);
    expect(nextAttemptDay([a('x', 90)])).toBe(90);
  });

  it('offers only suggestions the list does not have yet', () => {
    expect(missingSuggestions(['no budget'], ['No budget', 'Wrong contact'])).toEqual(['Wrong contact']);
  });
});
