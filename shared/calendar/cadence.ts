import type { MeetingCadence, Participant, Workshop } from '../workshop/schema';
import type { Meeting } from '../workshop/steps/feedback';
import { newId } from '../workshop/factory';
import type { Language } from '../workshop/languages';
import { DEFAULT_TEXT_TABLES, defaultText } from '../workshop/defaultText';
import { addDays, addMonths, nextWeekday, nthWeekdayOfMonth, startOfMonth } from './dates';
import { isKnownTimeZone, workshopTimeZone } from './timeZones';

type StandardKind = Exclude<Meeting['kind'], 'custom'>;

/** Who sits in each standard meeting, by team; leadership joins the quarterly review. */
const TEAMS_OF: Record<StandardKind, readonly Participant['team'][]> = {
  weeklyTriage: ['marketing', 'sales', 'sdr', 'operations'],
  monthlyOptimisation: ['marketing', 'sales', 'sdr', 'operations'],
  quarterlyReview: ['marketing', 'sales', 'sdr', 'operations', 'leadership'],
  content: ['marketing', 'sales', 'sdr'],
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

/**
 * Whether a triage's title is still one Accord gave it (in any document language, for a workshop
 * whose language changed since), so a new cadence may rename it; a title the room wrote stays.
 */
const isStandardTriageTitle = (title: string, cadence: MeetingCadence): boolean =>
  Object.values(DEFAULT_TEXT_TABLES).some((t) => title === t.meetings.triage[cadence] || title === t.meetings.title.weeklyTriage);

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
    if (isStandardTriageTitle(m.title, before)) m.title = defaultText(w.language).meetings.triage[cadence];
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
  /** The workshop's document language, which the titles and agendas are written in. */
  language?: Language;
}

/** The four standard meetings (weekly triage, monthly optimisation, quarterly review, content). */
export function standardMeetings(participants: readonly Participant[], opts: CadenceOptions): Meeting[] {
  const makeId = opts.makeId ?? newId;
  const cadence = opts.cadence ?? 'weekly';
  const t = defaultText(opts.language ?? 'en').meetings;
  return STANDARD_KINDS.filter((k) => !opts.existingKinds?.includes(k)).map((kind) => ({
    id: makeId(),
    kind,
    title: kind === 'weeklyTriage' ? t.triage[cadence] : t.title[kind],
    attendeeIds: participants.filter((p) => TEAMS_OF[kind].includes(p.team)).map((p) => p.id),
    agenda: [...t.agenda[kind]],
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
