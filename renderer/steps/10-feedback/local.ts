import { isKnownTimeZone } from '../../../shared/calendar/timeZones';

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
