import type { Workshop } from '../workshop/schema';
import { meetingsToIcs } from './ics';
import { meetingsUntil } from './term';

/**
 * Step 10's review meetings as one .ics calendar, the same from step 10's export and from the
 * wrap-up's send-ready files: the meetings, their invitees, and recurrences that end with the
 * pilot term. The caller names the calendar in its own words and says when "now" is.
 */
export function reviewMeetingsIcs(w: Pick<Workshop, 'feedback' | 'commitment' | 'sla'>, opts: { now: Date; calendarName: string }): string {
  return meetingsToIcs(w.feedback.meetings, w.commitment.participants, {
    now: opts.now,
    prodId: '//Accord//Review meetings//EN',
    calendarName: opts.calendarName,
    until: meetingsUntil(w),
  });
}
