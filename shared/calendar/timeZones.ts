import { tzlib_get_ical_block, tzlib_get_timezones } from 'timezones-ical-library';

let zones: Set<string> | null = null;

/** The IANA zones we can write a VTIMEZONE for (the library's list, read once). */
export function knownTimeZones(): string[] {
  const list = tzlib_get_timezones();
  return Array.isArray(list) ? list : (JSON.parse(list) as string[]);
}

export function isKnownTimeZone(tz: string): boolean {
  zones ??= new Set(knownTimeZones());
  return zones.has(tz);
}

export interface VTimezone {
  /** The zone's canonical id (old aliases such as Asia/Calcutta resolve to Asia/Kolkata). */
  tzid: string;
  block: string;
}

/** The VTIMEZONE block for a zone, or null when the zone is unknown (never asks the library then: it logs). */
export function vtimezone(tz: string): VTimezone | null {
  if (!isKnownTimeZone(tz)) return null;
  const r = tzlib_get_ical_block(tz);
  if (!Array.isArray(r) || !r[0]) return null;
  const tzid = /^TZID:(.+)$/m.exec(r[0].replace(/\r\n/g, '\n'))?.[1]?.trim();
  return tzid ? { tzid, block: r[0] } : null;
}

/** The zone new meetings and the calendar use: the workshop's, else this computer's, else UTC (only if neither is known). */
export function workshopTimeZone(chosen: string | undefined, system: string | undefined): string {
  if (chosen && isKnownTimeZone(chosen)) return chosen;
  if (system && isKnownTimeZone(system)) return system;
  return 'UTC';
}

/** The UTC instant (ms) whose wall clock in `tz` reads the given UTC-shaped instant (ms); the zone's offset, added. */
function wallClockIn(tz: string, ms: number): number {
  const f = new Intl.DateTimeFormat('en-US', {
    timeZone: tz,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const p = Object.fromEntries(f.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  return Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour) % 24, Number(p.minute), Number(p.second));
}

/**
 * The instant a wall-clock time in `tz` happens (ISO date, hour, minute, second), without the
 * zone rules of the computer running it: the zone's offset is read from Intl at that instant,
 * twice, so a time near a daylight-saving change lands right. An unknown zone counts as UTC.
 */
export function wallClockToUtc(date: string, hour: number, minute: number, second: number, tz: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d, hour, minute, second);
  try {
    let t = wall - (wallClockIn(tz, wall) - wall);
    t = wall - (wallClockIn(tz, t) - t);
    return new Date(t);
  } catch {
    return new Date(wall);
  }
}
