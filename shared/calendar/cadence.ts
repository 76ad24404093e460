import type { MeetingCadence, Participant, Workshop } from '../workshop/schema';
import type { Meeting } from '../workshop/steps/feedback';
import { newId } from '../workshop/factory';
import { addDays, addMonths, nextWeekday, nthWeekdayOfMonth, startOfMonth } from './dates';
import { isKnownTimeZone, workshopTimeZone } from './timeZones';

type StandardKind = Exclude<Meeting['kind'], 'custom'>;

export const MEETING_KIND_LABEL: Record<Meeting['kind'], string> = {
  weeklyTriage: 'Weekly triage',
  monthlyOptimisation: 'Monthly optimisation',
  quarterlyReview: 'Quarterly review of definitions',
  content: 'Content meeting',
  custom: 'Other meeting',
};

/** Who sits in each standard meeting, by team; leadership joins the quarterly review. */
const TEAMS_OF: Record<StandardKind, readonly Participant['team'][]> = {
  weeklyTriage: ['marketing', 'sales', 'sdr', 'operations'],
  monthlyOptimisation: ['marketing', 'sales', 'sdr', 'operations'],
  quarterlyReview: ['marketing', 'sales', 'sdr', 'operations', 'leadership'],
  content: ['marketing', 'sales', 'sdr'],
};

/** The agendas the domain prescribes (docs/domain.md, step 10), as a starting point to edit. */
export const STANDARD_AGENDA: Record<StandardKind, readonly string[]> = {
  weeklyTriage: [
    'Lead quality: rejected MQLs and their reasons',
    'SLA compliance: first touch, attempts, disposition',
    'Leads stuck or overdue',
    'Actions and owners',
  ],
  monthlyOptimisation: [
    'Conversion per stage against target',
    'Scoring and routing changes to try',
    'Campaign and channel results',
    'Decisions and experiments for next month',
  ],
  quarterlyReview: [
    'Ideal customer profile and personas',
    'Qualified-lead definition and MQL threshold',
    'SLA targets: keep or amend',
    'Metrics and tools',
  ],
  content: [
    'Sales feedback on existing content',
    'New content requests from sales',
    'What content moved deals',
    'Next month’s content plan',
  ],
};

const SCHEDULE: Record<StandardKind, Pick<Meeting, 'frequency' | 'startTime' | 'durationMinutes'>> = {
  weeklyTriage: { frequency: 'weekly', startTime: '09:30', durationMinutes: 30 },
  monthlyOptimisation: { frequency: 'monthly', startTime: '14:00', durationMinutes: 60 },
  quarterlyReview: { frequency: 'quarterly', startTime: '10:00', durationMinutes: 120 },
  content: { frequency: 'monthly', startTime: '11:00', durationMinutes: 45 },
};

/** First dates from a start day: triage the next Monday, optimisation the 1st Tuesday of next month, etc. */
function firstDateOf(kind: StandardKind, from: string): string {
  const nextMonth = startOfMonth(addMonths(startOfMonth(from), 1));
  switch (kind) {
    case 'weeklyTriage':
      return nextWeekday(addDays(from, 1), 1);
    case 'monthlyOptimisation':
      return nthWeekdayOfMonth(nextMonth, 2, 1);
    case 'content':
      return nthWeekdayOfMonth(nextMonth, 3, 2);
    case 'quarterlyReview':
      return nthWeekdayOfMonth(addMonths(startOfMonth(from), 2), 4, -1);
  }
}

export const STANDARD_KINDS: readonly StandardKind[] = ['weeklyTriage', 'monthlyOptimisation', 'quarterlyReview', 'content'];

/** The triage meeting's title as the review cadence makes it (the stored title, in English like the others). */
export const TRIAGE_TITLE: Record<MeetingCadence, string> = {
  weekly: 'Weekly triage',
  biweekly: 'Triage every two weeks',
  monthly: 'Monthly triage',
  quarterly: 'Quarterly triage',
};

/**
 * The one review cadence, set from wherever the room changes it (step 1, step 7's term, step 10's
 * triage): step 1's meeting cadence, which the SLA's review clause words, and the frequency of
 * step 10's triage meetings (and their title while it is still the standard one).
 */
export function setReviewCadence(w: Workshop, cadence: MeetingCadence): void {
  const before = w.commitment.meetingCadence;
  w.commitment.meetingCadence = cadence;
  for (const m of w.feedback.meetings) {
    if (m.kind !== 'weeklyTriage') continue;
    m.frequency = cadence;
    if (m.title === TRIAGE_TITLE[before] || m.title === MEETING_KIND_LABEL.weeklyTriage) m.title = TRIAGE_TITLE[cadence];
  }
}

export interface CadenceOptions {
  /** The day the cadence starts from (ISO date), usually today or the SLA's effective date. */
  from: string;
  timeZone: string;
  /** Kinds already planned: the standard cadence only adds the missing ones. */
  existingKinds?: readonly Meeting['kind'][];
  makeId?: () => string;
  /** The review cadence (step 1): the triage meets this often. Default weekly. */
  cadence?: MeetingCadence;
}

/** The four standard meetings (weekly triage, monthly optimisation, quarterly review, content). */
export function standardMeetings(participants: readonly Participant[], opts: CadenceOptions): Meeting[] {
  const makeId = opts.makeId ?? newId;
  const cadence = opts.cadence ?? 'weekly';
  return STANDARD_KINDS.filter((k) => !opts.existingKinds?.includes(k)).map((kind) => ({
    id: makeId(),
    kind,
    title: kind === 'weeklyTriage' ? TRIAGE_TITLE[cadence] : MEETING_KIND_LABEL[kind],
    attendeeIds: participants.filter((p) => TEAMS_OF[kind].includes(p.team)).map((p) => p.id),
    agenda: [...STANDARD_AGENDA[kind]],
    firstDate: firstDateOf(kind, opts.from),
    timeZone: opts.timeZone,
    ...SCHEDULE[kind],
    // The triage is where both teams review the SLA's compliance: it meets at the one review cadence.
    ...(kind === 'weeklyTriage' ? { frequency: cadence } : {}),
  }));
}

/**
 * The workshop's time zone, chosen once (step 1): meetings that were in the zone the workshop
 * used until now follow it; a meeting the room set to another zone keeps its own.
 */
export function setWorkshopTimeZone(w: Workshop, zone: string, system: string | undefined): void {
  if (!isKnownTimeZone(zone)) return;
  const before = workshopTimeZone(w.commitment.timeZone, system);
  w.commitment.timeZone = zone;
  for (const m of w.feedback.meetings) if (m.timeZone === before) m.timeZone = zone;
}
