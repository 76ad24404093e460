import { afterEach, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { meetingsToIcs, IcsError } from './ics';
import { setReviewCadence, setWorkshopTimeZone, standardMeetings } from './cadence';
import { meetingsUntil } from './term';
import { wallClockToUtc, workshopTimeZone } from './timeZones';
import { generateClauses } from '../sla/clauses';
import { sampleFeedback } from '../workshop/samples/feedback';
import { sampleWorkshop } from '../workshop/sample';
import type { Meeting } from '../workshop/steps/feedback';

const people = sampleWorkshop().commitment.participants;
const opts = { now: new Date('2026-12-03T10:00:00Z'), prodId: '//Accord//Review meetings//EN' };

function parse(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return { cal, events: cal.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c)) };
}
const recur = (e: ICAL.Event) => e.component.getFirstPropertyValue('rrule') as ICAL.Recur;
const tzidOf = (e: ICAL.Event) => e.component.getFirstProperty('dtstart')!.getParameter('tzid');
const utc = (t: ICAL.Time) => new Date(t.toUnixTime() * 1000).toISOString();

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('meetingsToIcs', () => {
  const text = meetingsToIcs(sampleFeedback().meetings, people, opts);
  const { cal, events } = parse(text);

  it('writes one recurring event per meeting, with a stable UID from the meeting id', () => {
    expect(cal.getFirstPropertyValue('prodid')).toBe('-//Accord//Review meetings//EN');
    expect(events.map((e) => e.uid)).toEqual(['mt-triage@accord', 'mt-optimisation@accord', 'mt-quarterly@accord', 'mt-content@accord']);
    expect(events.map((e) => e.summary)).toEqual([
      'Weekly triage',
      'Monthly optimisation',
      'Quarterly review of definitions',
      'Content meeting',
    ]);
    expect(events.map((e) => [recur(e).freq, recur(e).interval])).toEqual([
      ['WEEKLY', 1],
      ['MONTHLY', 1],
      ['MONTHLY', 3],
      ['MONTHLY', 1],
    ]);
    expect(text).toContain('RRULE:FREQ=MONTHLY;BYDAY=1TU\r\n');
    expect(text).toContain('RRULE:FREQ=MONTHLY;INTERVAL=3;BYDAY=4TH\r\n');
    expect(text).toContain('DTSTAMP:20261203T100000Z');
  });

  it('starts at the local wall-clock time in the meeting zone, with its VTIMEZONE, and lasts the duration', () => {
    const triage = events[0]!;
    expect(triage.startDate.toString()).toBe('2027-01-11T09:30:00');
    expect(tzidOf(triage)).toBe('Europe/Lisbon');
    expect(triage.startDate.zone.tzid).toBe('Europe/Lisbon');
    expect(cal.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['Europe/Lisbon']);
    expect(triage.duration.toSeconds()).toBe(30 * 60);
    expect(events[2]!.duration.toSeconds()).toBe(120 * 60);
    // Lisbon is UTC+0 in January and UTC+1 from the last Sunday of March: same 09:30 on the wall.
    const it = triage.iterator();
    const dates = Array.from({ length: 12 }, () => it.next()!);
    expect(utc(dates[0]!)).toBe('2027-01-11T09:30:00.000Z');
    expect(dates[11]!.toString()).toBe('2027-03-29T09:30:00');
    expect(utc(dates[11]!)).toBe('2027-03-29T08:30:00.000Z');
  });

  it('repeats monthly meetings on the same weekday of the month', () => {
    const it = events[1]!.iterator();
    expect([it.next(), it.next(), it.next()].map((t) => t!.toString())).toEqual([
      '2027-02-02T14:00:00',
      '2027-03-02T14:00:00',
      '2027-04-06T14:00:00',
    ]);
  });

  it('invites attendees with an e-mail and names everyone in the description', () => {
    const triage = events[0]!;
    const invited = triage.attendees.map((p) => [String(p.getFirstValue()).toLowerCase(), p.getParameter('cn')]);
    expect(invited).toEqual([
      ['mailto:maya@northwind.example', 'Maya Chen'],
      ['mailto:diego@northwind.example', 'Diego Alvarez'],
      ['mailto:priya@northwind.example', 'Priya Nair'],
      ['mailto:tom@northwind.example', 'Tom Becker'],
    ]);
    expect(triage.description).toContain('1. Lead quality: rejected MQLs and their reasons');
    expect(triage.description).toContain('Attendees: Maya Chen (VP Marketing), Diego Alvarez (Head of Sales)');
    const noMail = meetingsToIcs(
      [sampleFeedback().meetings[0]!],
      people.map((p) => ({ ...p, email: '' })),
      opts,
    );
    const e = parse(noMail).events[0]!;
    expect(e.attendees).toEqual([]);
    expect(e.description).toContain('Priya Nair (SDR Manager)');
  });

  it('is the same file whatever the time zone of the computer making it', () => {
    process.env.TZ = 'America/Los_Angeles';
    const a = meetingsToIcs(sampleFeedback().meetings, people, opts);
    process.env.TZ = 'Asia/Tokyo';
    const b = meetingsToIcs(sampleFeedback().meetings, people, opts);
    expect(a).toBe(text);
    expect(b).toBe(text);
  });

  it('resolves zone aliases to the VTIMEZONE id, handles several zones, and refuses unknown ones', () => {
    const base = sampleFeedback().meetings[0]!;
    const meetings: Meeting[] = [
      { ...base, id: 'a', timeZone: 'Asia/Calcutta', startTime: '23:30', durationMinutes: 60 },
      { ...base, id: 'b', timeZone: 'America/New_York', frequency: 'biweekly' },
    ];
    const { events: ev, cal: c } = parse(meetingsToIcs(meetings, people, opts));
    expect(c.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['Asia/Kolkata', 'America/New_York']);
    expect(tzidOf(ev[0]!)).toBe('Asia/Kolkata');
    expect(ev[0]!.endDate.toString()).toBe('2027-01-12T00:30:00'); // past midnight
    expect(utc(ev[1]!.startDate)).toBe('2027-01-11T14:30:00.000Z');
    expect([recur(ev[1]!).freq, recur(ev[1]!).interval]).toEqual(['WEEKLY', 2]);
    expect(() => meetingsToIcs([{ ...base, timeZone: 'Mars/Olympus' }], people, opts)).toThrow(IcsError);
    expect(() => meetingsToIcs([{ ...base, timeZone: 'Mars/Olympus' }], people, opts)).toThrow(
      /Weekly triage: the time zone “Mars\/Olympus” is not a known IANA time zone/,
    );
  });
});

describe('standardMeetings', () => {
  it('plans the four standard meetings from a day, with attendees by team, adding only missing kinds', () => {
    let n = 0;
    const ms = standardMeetings(people, { from: '2027-01-04', timeZone: 'Europe/Lisbon', makeId: () => `m${++n}` });
    expect(ms.map((m) => [m.kind, m.frequency, m.firstDate, m.startTime])).toEqual([
      ['weeklyTriage', 'weekly', '2027-01-11', '09:30'],
      ['monthlyOptimisation', 'monthly', '2027-02-02', '14:00'],
      ['quarterlyReview', 'quarterly', '2027-03-25', '10:00'],
      ['content', 'monthly', '2027-02-10', '11:00'],
    ]);
    expect(ms[0]!.attendeeIds).toEqual(['p-maya', 'p-diego', 'p-priya', 'p-tom']);
    expect(ms[2]!.attendeeIds).toContain('p-grace');
    expect(ms.every((m) => m.timeZone === 'Europe/Lisbon' && m.agenda.length > 0)).toBe(true);
    expect(
      standardMeetings(people, { from: '2027-01-04', timeZone: 'UTC', existingKinds: ['weeklyTriage', 'content'] }).map((m) => m.kind),
    ).toEqual(['monthlyOptimisation', 'quarterlyReview']);
    // The sample's cadence is exactly what the button makes from the SLA's effective date.
    expect(sampleFeedback().meetings.map((m) => [m.kind, m.firstDate, m.attendeeIds.length])).toEqual(
      ms.map((m) => [m.kind, m.firstDate, m.attendeeIds.length]),
    );
  });
});

describe('one cadence, one end, one time zone', () => {
  const w = () => sampleWorkshop(new Date('2026-12-03T09:00:00Z'));

  it('ends every recurrence with the pilot term, in UTC as RFC 5545 asks, and keeps each meeting’s zone', () => {
    const ws = w();
    const until = meetingsUntil(ws);
    expect(until).toBe('2027-04-03'); // 4 Jan 2027 + 3 months, the last day of the pilot
    const text = meetingsToIcs(ws.feedback.meetings, people, { ...opts, until });
    const { events } = parse(text);
    for (const e of events) {
      expect(tzidOf(e)).toBe('Europe/Lisbon');
      // 23:59:59 on 3 April in Lisbon (summer time, UTC+1).
      expect(recur(e).until?.toString()).toBe('2027-04-03T22:59:59Z');
    }
    // The weekly triage from 11 January stops with the pilot: 12 Mondays, the last on 29 March.
    const it = events[0]!.iterator();
    const dates: string[] = [];
    for (let next = it.next(); next; next = it.next()) dates.push(next.toString().slice(0, 10));
    expect(dates).toHaveLength(12);
    expect(dates.at(-1)).toBe('2027-03-29');
    // In a zone west of UTC the day ends later in UTC.
    const ny = parse(meetingsToIcs([{ ...ws.feedback.meetings[0]!, timeZone: 'America/New_York' }], people, { ...opts, until }));
    expect(recur(ny.events[0]!).until?.toString()).toBe('2027-04-04T03:59:59Z');
  });

  it('repeats without an end only while the SLA has no term', () => {
    const ws = w();
    ws.sla.termMonths = null;
    expect(meetingsUntil(ws)).toBeNull();
    const { events } = parse(meetingsToIcs(ws.feedback.meetings, people, { ...opts, until: meetingsUntil(ws) }));
    expect(recur(events[0]!).until).toBeFalsy();
  });

  it('uses the workshop’s time zone, else this computer’s, and UTC only when neither is known', () => {
    expect(workshopTimeZone('Asia/Tokyo', 'Europe/Lisbon')).toBe('Asia/Tokyo');
    expect(workshopTimeZone(undefined, 'Europe/Lisbon')).toBe('Europe/Lisbon');
    expect(workshopTimeZone('Mars/Olympus', 'America/Sao_Paulo')).toBe('America/Sao_Paulo');
    expect(workshopTimeZone(undefined, undefined)).toBe('UTC');
    const ws = w();
    ws.feedback.meetings[1]!.timeZone = 'Asia/Tokyo'; // set apart by the room: keeps its own
    setWorkshopTimeZone(ws, 'America/New_York', 'UTC');
    expect(ws.commitment.timeZone).toBe('America/New_York');
    expect(ws.feedback.meetings.map((m) => m.timeZone)).toEqual(['America/New_York', 'Asia/Tokyo', 'America/New_York', 'America/New_York']);
    setWorkshopTimeZone(ws, 'Not/AZone', 'UTC');
    expect(ws.commitment.timeZone).toBe('America/New_York');
  });

  it('finds the instant of a wall-clock time in a zone across daylight-saving changes, whatever the computer’s zone', () => {
    process.env.TZ = 'Asia/Tokyo';
    expect(wallClockToUtc('2027-01-11', 9, 30, 0, 'Europe/Lisbon').toISOString()).toBe('2027-01-11T09:30:00.000Z');
    expect(wallClockToUtc('2027-07-12', 9, 30, 0, 'Europe/Lisbon').toISOString()).toBe('2027-07-12T08:30:00.000Z');
    expect(wallClockToUtc('2027-03-14', 12, 0, 0, 'America/New_York').toISOString()).toBe('2027-03-14T16:00:00.000Z');
    expect(wallClockToUtc('2027-01-11', 23, 59, 59, 'Asia/Kolkata').toISOString()).toBe('2027-01-11T18:29:59.000Z');
  });

  it('makes the triage meet at the one review cadence, set from step 1, step 7 or step 10 alike', () => {
    const ws = w();
    expect(standardMeetings(people, { from: '2027-01-04', timeZone: 'UTC', cadence: 'biweekly' })[0]).toMatchObject({
      kind: 'weeklyTriage',
      frequency: 'biweekly',
      title: 'Triage every two weeks',
    });
    setReviewCadence(ws, 'biweekly');
    expect(ws.commitment.meetingCadence).toBe('biweekly');
    expect(ws.feedback.meetings.filter((m) => m.kind === 'weeklyTriage').map((m) => [m.frequency, m.title])).toEqual([
      ['biweekly', 'Triage every two weeks'],
    ]);
    // The SLA's review clause says the same cadence.
    expect(generateClauses(ws).find((c) => c.kind === 'review')!.text).toContain('every two weeks');
    // Other meetings keep their own rhythm.
    expect(ws.feedback.meetings.filter((m) => m.kind !== 'weeklyTriage').map((m) => m.frequency)).toEqual([
      'monthly',
      'quarterly',
      'monthly',
    ]);
  });
});
