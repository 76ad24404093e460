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

/**
 * Hands a generated text file to the user as a download. Browser-style on both platforms
 * for now: the platform adapter's FileKind has no 'ics' yet.
 */
export function downloadText(fileName: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in Chromium.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const safeFileName = (s: string): string => s.trim().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'workshop';
