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
