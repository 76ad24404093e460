import { isKnownTimeZone } from '../../../shared/calendar/timeZones';

/** Today's date on this computer's calendar (not UTC: a workshop at 00:30 is still "today"). */
export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The computer's own zone, which is where the room usually is; UTC if the system reports none we know. */
export function systemTimeZone(): string {
  const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return tz && isKnownTimeZone(tz) ? tz : 'UTC';
}

export const safeFileName = (s: string): string =>
  s
    .trim()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'workshop';
