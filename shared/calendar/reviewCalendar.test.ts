import { describe, expect, it } from 'vitest';
import { sampleWorkshop } from '../workshop/sample';
import { reviewMeetingsIcs } from './reviewCalendar';

/** The one calendar both step 10 and the wrap-up hand out. */
describe('the review meetings calendar', () => {
  it('ends recurring meetings on the last day of the pilot term, and carries the calendar name it is given', () => {
    const w = sampleWorkshop();
    w.sla.effectiveDate = '2027-01-04';
    w.sla.termMonths = 3;
    const ics = reviewMeetingsIcs(w, { now: new Date('2026-12-07T10:00:00Z'), calendarName: 'Northwind reviews' });
    const rules = ics.split(/\r\n/).filter((l) => l.startsWith('RRULE:'));
    const ends = rules.map((r) => /UNTIL=(\d{8})/.exec(r)?.[1]).filter(Boolean);
    expect(ends.length).toBeGreaterThan(0);
    expect(new Set(ends)).toEqual(new Set(['20270403']));
    expect(ics).toContain('X-WR-CALNAME:Northwind reviews');
  });

  it('runs on without an end while the term is not set', () => {
    const w = sampleWorkshop();
    w.sla.termMonths = null;
    const ics = reviewMeetingsIcs(w, { now: new Date('2026-12-07T10:00:00Z'), calendarName: 'x' });
    expect(ics).not.toMatch(/UNTIL=/);
  });
});
