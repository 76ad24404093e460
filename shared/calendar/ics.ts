import { ICalCalendar, ICalAttendeeRole, type ICalTemporalPlainDateTimeStub, type ICalTemporalZonedDateTimeStub } from 'ical-generator';
import type { Participant } from '../workshop/schema';
import type { Meeting } from '../workshop/steps/feedback';
import { addMinutes, type WallClock } from './dates';
import { recurrenceOf, rruleText } from './recurrence';
import { vtimezone, wallClockToUtc } from './timeZones';

export interface IcsOptions {
  /** DTSTAMP: when the file was made (passed in so the output is reproducible). */
  now: Date;
  /** PRODID without the leading "-", e.g. "//Accord//Workshop meetings//EN". */
  prodId: string;
  /** Calendar name shown by calendar apps that import the file. */
  calendarName?: string;
  /**
   * The last day the meetings recur on (ISO date): the end of the SLA's pilot term
   * (shared/calendar/term.ts). Each RRULE then carries UNTIL, the end of that day in the
   * meeting's own zone as UTC (RFC 5545 asks UNTIL in UTC when DTSTART has a TZID). Null: no end.
   */
  until?: string | null;
}

export class IcsError extends Error {
  override name = 'IcsError';
}

/**
 * ical-generator formats native Dates in the time zone of the computer running it; a
 * meeting's start is a wall-clock time in *its* zone, so it is handed over as a minimal
 * Temporal-shaped value that already is that wall-clock time (no conversion happens).
 */
function wallClock(c: WallClock, tzid: string): ICalTemporalPlainDateTimeStub {
  const [year, month, day] = c.date.split('-').map(Number) as [number, number, number];
  const fields = { year, month, day, hour: c.hour, minute: c.minute, second: 0 };
  const iso = `${c.date}T${String(c.hour).padStart(2, '0')}:${String(c.minute).padStart(2, '0')}:00`;
  const plain: ICalTemporalPlainDateTimeStub = {
    ...fields,
    toPlainDate: () => ({ year, month, day, toPlainDateTime: () => plain, toJSON: () => c.date, toString: () => c.date }),
    toZonedDateTime: () => zoned,
    toJSON: () => iso,
    toString: () => iso,
  } as unknown as ICalTemporalPlainDateTimeStub;
  const zoned: ICalTemporalZonedDateTimeStub = {
    ...fields,
    timeZoneId: tzid,
    // Only used to order start and end of one event, both in the same zone.
    toInstant: () => ({ epochMilliseconds: Date.UTC(year, month - 1, day, c.hour, c.minute) }),
    toPlainDateTime: () => plain,
    withTimeZone: () => zoned,
    toJSON: () => iso,
    toString: () => iso,
  } as unknown as ICalTemporalZonedDateTimeStub;
  return plain;
}

/** 23:59:59 on `day` in `tzid`, as an RFC 5545 UTC date-time (20270403T225959Z). */
function untilUtc(day: string, tzid: string): string {
  return wallClockToUtc(day, 23, 59, 59, tzid)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

const escapeList = (items: readonly string[]) => items.map((a, i) => `${i + 1}. ${a}`).join('\n');

/**
 * The agreed review meetings as an RFC 5545 calendar: one recurring VEVENT per meeting with
 * DTSTART/DTEND in the meeting's own zone, a VTIMEZONE per zone, attendees with an e-mail
 * as ATTENDEE (everyone, with or without e-mail, is named in the description), and a UID
 * derived from the meeting id so re-importing an updated file updates instead of duplicating.
 */
export function meetingsToIcs(meetings: readonly Meeting[], participants: readonly Participant[], opts: IcsOptions): string {
  const cal = new ICalCalendar({ prodId: opts.prodId, name: opts.calendarName ?? null });
  cal.timezone({ name: null, generator: (tz) => vtimezone(tz)?.block ?? null });
  for (const m of meetings) {
    const zone = vtimezone(m.timeZone);
    if (!zone)
      throw new IcsError(`${m.title || 'A meeting'}: the time zone “${m.timeZone}” is not a known IANA time zone (e.g. Europe/Lisbon).`);
    const [h, min] = m.startTime.split(':').map(Number) as [number, number];
    const people = m.attendeeIds.map((id) => participants.find((p) => p.id === id)).filter((p): p is Participant => p !== undefined);
    const description = [
      m.agenda.filter((a) => a.trim()).length > 0 ? `Agenda:\n${escapeList(m.agenda.filter((a) => a.trim()))}` : '',
      people.length > 0
        ? `Attendees: ${people.map((p) => `${p.name || 'Unnamed participant'}${p.role ? ` (${p.role})` : ''}`).join(', ')}`
        : '',
    ]
      .filter(Boolean)
      .join('\n\n');
    cal.createEvent({
      id: `${m.id}@accord`,
      stamp: opts.now,
      start: wallClock({ date: m.firstDate, hour: h, minute: min }, zone.tzid),
      end: wallClock(addMinutes(m.firstDate, m.startTime, m.durationMinutes), zone.tzid),
      timezone: zone.tzid,
      summary: m.title,
      description: description || null,
      repeating: `RRULE:${rruleText(recurrenceOf(m))}${opts.until ? `;UNTIL=${untilUtc(opts.until, zone.tzid)}` : ''}`,
      attendees: people
        .filter((p) => p.email.trim() !== '')
        .map((p) => ({ email: p.email.trim(), name: p.name || null, role: ICalAttendeeRole.REQ, rsvp: true })),
    });
  }
  return cal.toString();
}
