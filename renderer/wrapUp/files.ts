import { strToU8, zipSync } from 'fflate';
import type { Workshop } from '../../shared/workshop/schema';
import { reviewMeetingsIcs } from '../../shared/calendar/reviewCalendar';
import { sanitizeFileNamePart } from '../../shared/documents/fileName';
import { i18n } from '../i18n';

/** A file ready to hand over: its name and its bytes. */
export interface NamedFile {
  name: string;
  bytes: Uint8Array;
}

const baseName = (w: Workshop) => sanitizeFileNamePart(w.clientCompany || w.title, i18n.t('wrapUp:files.fallbackName'));

/** The review meetings of step 10 as an .ics calendar; null when none is planned. */
export function calendarFile(w: Workshop): NamedFile | null {
  if (w.feedback.meetings.length === 0) return null;
  const text = reviewMeetingsIcs(w, {
    now: new Date(),
    calendarName: i18n.t('wrapUp:files.calendarName', { name: w.clientCompany || w.title || i18n.t('wrapUp:files.fallbackName') }),
  });
  return { name: `${baseName(w)} - review meetings.ics`, bytes: strToU8(text) };
}

/**
 * The send-ready files in one .zip, in a folder named after the client. Stored, not deflated:
 * PDFs are compressed already, and the calendar is a few kilobytes.
 */
export function sendReadyZip(w: Workshop, files: readonly NamedFile[]): NamedFile {
  const folder = `${baseName(w)} - ${i18n.t('wrapUp:files.folder')}`;
  const entries = Object.fromEntries(files.map((f) => [f.name, [f.bytes, { level: 0 }] as [Uint8Array, { level: 0 }]]));
  return { name: `${folder}.zip`, bytes: zipSync({ [folder]: entries }, { mtime: new Date() }) };
}
