import { describe, expect, it } from 'vitest';
import { parseIsoDate, termLastDay, utcParts } from './format';
import { EN } from './strings';

describe('document dates', () => {
  it('parses calendar dates and refuses impossible ones', () => {
    expect(parseIsoDate('2027-01-04')).toEqual({ year: 2027, month: 1, day: 4 });
    expect(parseIsoDate('')).toBeNull();
    expect(parseIsoDate('2027-02-30')).toBeNull();
  });

  it('prints instants in UTC whatever the offset they were recorded with', () => {
    expect(EN.formatDateTimeUtc(utcParts('2026-12-03T09:20:00.000Z')!)).toBe('3 Dec 2026, 09:20 UTC');
    expect(EN.formatDateTimeUtc(utcParts('2026-12-03T10:20:00+01:00')!)).toBe('3 Dec 2026, 09:20 UTC');
    expect(utcParts('not a date')).toBeNull();
  });

  it('ends a term the day before the same date N months later, clamped to short months', () => {
    const fmt = (iso: string, months: number) => EN.formatDate(termLastDay(parseIsoDate(iso)!, months));
    expect(fmt('2027-01-04', 3)).toBe('3 Apr 2027');
    expect(fmt('2027-11-01', 3)).toBe('31 Jan 2028');
    expect(fmt('2027-01-31', 1)).toBe('27 Feb 2027');
    expect(fmt('2028-01-31', 1)).toBe('28 Feb 2028');
  });
});
