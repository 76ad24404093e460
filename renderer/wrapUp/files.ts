import { strToU8, zipSync } from 'fflate';
import type { Workshop } from '../../shared/workshop/schema';
import { meetingsToIcs } from '../../shared/calendar/ics';
import { addDays, addMonths, isIsoDate } from '../../shared/calendar/dates';
import { sanitizeFileNamePart } from '../../shared/documents/fileName';
import { i18n } from '../i18n';

/** A file ready to hand over: its name and its bytes. */
export interface NamedFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * When the review meetings stop recurring: the last day of the SLA's pilot term (the day before
 * the same calendar day `termMonths` after the effective date), as the SLA PDF prints it; null
 * while either is unset. The rule of shared/calendar/term.ts (meetingsUntil), which step 10's
 * export uses; read through here until that module is in every build.
 */
export function meetingsUntil(w: Pick<Workshop, 'sla'>): string | null {
  const months = w.sla.termMonths;
  if (!isIsoDate(w.sla.effectiveDate) || months === null || !(months >= 1)) return null;
  return addDays(addMonths(w.sla.effectiveDate, months), -1);
}

const baseName = (w: Workshop) => sanitizeFileNamePart(w.clientCompany || w.title, i18n.t('wrapUp:files.fallbackName'));

/** The review meetings of step 10 as an .ics calendar; null when none is planned. */
export function calendarFile(w: Workshop): NamedFile | null {
  if (w.feedback.meetings.length === 0) return null;
  const options = {
    now: new Date(),
    prodId: '//Accord//Review meetings//EN',
    calendarName: i18n.t('wrapUp:files.calendarName', { name: w.clientCompany || w.title || i18n.t('wrapUp:files.fallbackName') }),
    until: meetingsUntil(w),
  };
  const text = meetingsToIcs(w.feedback.meetings, w.commitment.participants, options);
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
