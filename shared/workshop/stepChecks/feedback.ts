import type { Gap } from '../gaps';
import type { Workshop } from '../schema';
import { isKnownTimeZone } from '../../calendar/timeZones';
import { say } from '../checkMessage';

/** What step "feedback" still needs: at least the weekly triage, with attendees and a time. */
export function feedbackGaps(w: Workshop): Gap[] {
  const f = w.feedback;
  const gaps: Gap[] = [];
  const triage = f.meetings.find((m) => m.kind === 'weeklyTriage');
  if (!triage) gaps.push({ field: 'meetings', ...say('meetingsNone') });
  else if (triage.attendeeIds.filter((id) => w.commitment.participants.some((p) => p.id === id)).length === 0)
    gaps.push({ field: `meeting-${triage.id}-attendees`, ...say('attendees', { meeting: triage.title.trim() || say('weeklyTriage') }) });
  f.meetings.forEach((m, i) => {
    if (!isKnownTimeZone(m.timeZone))
      gaps.push({
        field: `meeting-${m.id}-timeZone`,
        ...say('timeZone', { meeting: m.title.trim() || say('meetingN', { n: i + 1 }), zone: m.timeZone }),
      });
  });
  return gaps;
}

/** Whether anything was entered in this step yet (drives "in progress"). */
export function feedbackStarted(w: Workshop): boolean {
  return w.feedback.meetings.length > 0 || w.feedback.periods.length > 0;
}
