import type { Participant } from '../workshop/schema';
import type { Meeting } from '../workshop/steps/feedback';
import { newId } from '../workshop/factory';
import { addDays, addMonths, nextWeekday, nthWeekdayOfMonth, startOfMonth } from './dates';

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

/** The agendas the domain prescribes (domain.md, step 10), as a starting point to edit. */
export const STANDARD_AGENDA: Record<StandardKind, readonly string[]> = {
  weeklyTriage: ['Lead quality: rejected MQLs and their reasons', 'SLA compliance: first touch, attempts, disposition', 'Leads stuck or overdue', 'Actions and owners'],
  monthlyOptimisation: ['Conversion per stage against target', 'Scoring and routing changes to try', 'Campaign and channel results', 'Decisions and experiments for next month'],
  quarterlyReview: ['Ideal customer profile and personas', 'Qualified-lead definition and MQL threshold', 'SLA targets: keep or amend', 'Metrics and tools'],
  content: ['Sales feedback on existing content', 'New content requests from sales', 'What content moved deals', 'Next month’s content plan'],
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

export interface CadenceOptions {
  /** The day the cadence starts from (ISO date), usually today or the SLA's effective date. */
  from: string;
  timeZone: string;
  /** Kinds already planned: the standard cadence only adds the missing ones. */
  existingKinds?: readonly Meeting['kind'][];
  makeId?: () => string;
}

/** The four standard meetings (weekly triage, monthly optimisation, quarterly review, content). */
export function standardMeetings(participants: readonly Participant[], opts: CadenceOptions): Meeting[] {
  const makeId = opts.makeId ?? newId;
  return STANDARD_KINDS.filter((k) => !opts.existingKinds?.includes(k)).map((kind) => ({
    id: makeId(),
    kind,
    title: MEETING_KIND_LABEL[kind],
    attendeeIds: participants.filter((p) => TEAMS_OF[kind].includes(p.team)).map((p) => p.id),
    agenda: [...STANDARD_AGENDA[kind]],
    firstDate: firstDateOf(kind, opts.from),
    timeZone: opts.timeZone,
    ...SCHEDULE[kind],
  }));
}
