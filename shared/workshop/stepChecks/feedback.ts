import type { Gap } from '../gaps';
import type { Workshop } from '../schema';
import { isKnownTimeZone } from '../../calendar/timeZones';

/** What step "feedback" still needs: at least the weekly triage, with attendees and a time. */
export function feedbackGaps(w: Workshop): Gap[] {
  const f = w.feedback;
  const gaps: Gap[] = [];
  const triage = f.meetings.find((m) => m.kind === 'weeklyTriage');
  if (!triage) gaps.push({ field: 'meetings', message: 'Meetings: plan at least the weekly triage (lead quality and SLA compliance).' });
  else if (triage.attendeeIds.filter((id) => w.commitment.participants.some((p) => p.id === id)).length === 0)
    gaps.push({ field: `meeting-${triage.id}-attendees`, message: `${triage.title || 'Weekly triage'}: choose who attends.` });
  f.meetings.forEach((m, i) => {
    if (!isKnownTimeZone(m.timeZone))
      gaps.push({ field: `meeting-${m.id}-timeZone`, message: `${m.title || `Meeting ${i + 1}`}: time zone “${m.timeZone}” is not a known IANA time zone (e.g. Europe/Lisbon).` });
  });
  return gaps;
}

/** Whether anything was entered in this step yet (drives "in progress"). */
export function feedbackStarted(w: Workshop): boolean {
  return w.feedback.meetings.length > 0 || w.feedback.periods.length > 0;
}
