import type { Workshop } from '../workshop/schema';
import { addDays, addMonths, isIsoDate } from './dates';

/**
 * The last day of the SLA's pilot term: the day before the same calendar day `months` after the
 * effective date (4 Jan + 3 months ends on 3 Apr; 31 Jan + 1 month on 27/28 Feb), the same day
 * the SLA PDF prints. Null while either is not set.
 */
export function pilotLastDay(effectiveDate: string, months: number | null): string | null {
  if (!isIsoDate(effectiveDate) || months === null || !(months >= 1)) return null;
  return addDays(addMonths(effectiveDate, months), -1);
}

/** When the review meetings stop recurring: the last day of the SLA's pilot term (null: no term set, no end). */
export const meetingsUntil = (w: Pick<Workshop, 'sla'>): string | null => pilotLastDay(w.sla.effectiveDate, w.sla.termMonths);
