import { describe, expect, it } from 'vitest';
import { describeRecurrence, nextOccurrences, recurrenceOf, rruleText } from './recurrence';
import { addMinutes, addMonths, nthWeekdayOfMonth, weekdayOrdinal } from './dates';

describe('recurrence', () => {
  it('repeats monthly on the weekday of the month, the 5th becoming the last', () => {
    expect(weekdayOrdinal('2027-02-02')).toBe(1);
    expect(weekdayOrdinal('2027-03-30')).toBe(-1);
    expect(rruleText(recurrenceOf({ frequency: 'monthly', firstDate: '2027-03-30' }))).toBe('FREQ=MONTHLY;BYDAY=-1TU');
    expect(rruleText(recurrenceOf({ frequency: 'quarterly', firstDate: '2027-01-14' }))).toBe('FREQ=MONTHLY;INTERVAL=3;BYDAY=2TH');
    expect(rruleText(recurrenceOf({ frequency: 'biweekly', firstDate: '2027-01-14' }))).toBe('FREQ=WEEKLY;INTERVAL=2');
    expect(describeRecurrence({ frequency: 'quarterly', firstDate: '2027-01-14' })).toEqual({
      code: 'recur.quarterly',
      values: { ord: { code: 'ord.2' }, day: { code: 'weekday.4' } },
    });
    expect(describeRecurrence({ frequency: 'biweekly', firstDate: '2027-01-14' })).toEqual({
      code: 'recur.biweekly',
      values: { day: { code: 'weekday.4' } },
    });
    expect(describeRecurrence({ frequency: 'monthly', firstDate: '2027-01-29' }).values?.ord).toEqual({ code: 'ord.last' });
    expect(nextOccurrences({ frequency: 'monthly', firstDate: '2027-03-30' }, 3)).toEqual(['2027-03-30', '2027-04-27', '2027-05-25']);
    expect(nextOccurrences({ frequency: 'weekly', firstDate: '2027-12-27' }, 2)).toEqual(['2027-12-27', '2028-01-03']);
  });

  it('does date arithmetic without the local time zone', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(nthWeekdayOfMonth('2027-02-15', 1, -1)).toBe('2027-02-22');
    expect(addMinutes('2027-01-11', '23:30', 45)).toEqual({ date: '2027-01-12', hour: 0, minute: 15 });
  });
});
