import { newId } from '../workshop/factory';
import type {
  EngagementCriterion,
  FitCriterion,
  NegativeCriterion,
  QualifiedLeadStep,
  SqlCriterion,
} from '../workshop/steps/qualifiedLead';

export const FREE_EMAIL_DOMAINS =
  'gmail.com, googlemail.com, yahoo.com, hotmail.com, outlook.com, live.com, icloud.com, aol.com, gmx.com, proton.me, mail.com';

type MakeId = () => string;

/** A new row as the "Add" buttons create it: something sensible the room edits in place. */
export const newFitCriterion = (makeId: MakeId = newId, p: Partial<FitCriterion> = {}): FitCriterion => ({
  id: makeId(),
  field: 'industry',
  operator: 'oneOf',
  value: '',
  points: 10,
  ...p,
});

export const newEngagementCriterion = (makeId: MakeId = newId, p: Partial<EngagementCriterion> = {}): EngagementCriterion => ({
  id: makeId(),
  behaviour: '',
  points: 5,
  capPerPeriod: 20,
  capPeriod: 'month',
  ...p,
});

/**
 * Titles students hold, listed whole: "student" as a word would also veto a "Director of Student
 * Success", who is a buyer.
 */
export const STUDENT_TITLES = 'Student, Graduate student, PhD student, MBA student, Undergraduate student, Working student';

/** What each kind of negative criterion usually looks at, so picking a kind fills the row. */
export const NEGATIVE_PRESET: Record<
  NegativeCriterion['kind'],
  Pick<NegativeCriterion, 'field' | 'operator' | 'value' | 'points' | 'veto'>
> = {
  competitor: { field: 'emailDomain', operator: 'oneOf', value: '', points: 100, veto: true },
  student: { field: 'title', operator: 'oneOf', value: STUDENT_TITLES, points: 50, veto: true },
  freeEmailDomain: { field: 'emailDomain', operator: 'oneOf', value: FREE_EMAIL_DOMAINS, points: 20, veto: true },
  custom: { field: 'title', operator: 'word', value: '', points: 10, veto: false },
};

export const newNegativeCriterion = (kind: NegativeCriterion['kind'] = 'custom', makeId: MakeId = newId): NegativeCriterion => ({
  id: makeId(),
  kind,
  ...NEGATIVE_PRESET[kind],
});

export const newSqlCriterion = (makeId: MakeId = newId, p: Partial<SqlCriterion> = {}): SqlCriterion => ({
  id: makeId(),
  label: '',
  description: '',
  verifiedBy: 'sdr',
  ...p,
});

/** The classic BANT confirmation the SDR (or the seller) runs before a lead becomes an SQL. */
export const bantCriteria = (makeId: MakeId = newId): SqlCriterion[] => [
  newSqlCriterion(makeId, {
    label: 'Budget',
    description: 'Budget is set aside, or the buyer can get it approved this year.',
    verifiedBy: 'sdr',
  }),
  newSqlCriterion(makeId, {
    label: 'Authority',
    description: 'We talk to the person who decides, or they are involved in the evaluation.',
    verifiedBy: 'sdr',
  }),
  newSqlCriterion(makeId, { label: 'Need', description: 'A problem we solve, confirmed in the buyer’s own words.', verifiedBy: 'sdr' }),
  newSqlCriterion(makeId, { label: 'Timing', description: 'The buyer plans to decide within the next two quarters.', verifiedBy: 'sales' }),
];

/**
 * A generic B2B model to start the discussion from: seniority, department and size for fit,
 * the usual buying signals for engagement, the three classic disqualifiers, BANT for SQL.
 * Threshold 60 with at least 25 from fit and 10 from engagement, so neither profile nor
 * behaviour alone makes an MQL; each activity's points halve every 30 days.
 */
export function starterModel(makeId: MakeId = newId): QualifiedLeadStep {
  const fit = (p: Omit<FitCriterion, 'id'>) => newFitCriterion(makeId, p);
  const eng = (behaviour: string, points: number, capPerPeriod: number) =>
    newEngagementCriterion(makeId, { behaviour, points, capPerPeriod });
  return {
    fit: [
      fit({ field: 'seniority', operator: 'oneOf', value: 'C-level, VP, Director', points: 15 }),
      fit({ field: 'department', operator: 'oneOf', value: 'Marketing, Sales, Operations', points: 10 }),
      fit({ field: 'companySize', operator: 'between', value: '50', valueMax: '10000', points: 10 }),
      fit({ field: 'companySize', operator: 'gte', value: '500', points: 5 }),
      fit({ field: 'annualRevenue', operator: 'gte', value: '10m', points: 10 }),
    ],
    engagement: [
      eng('Requested a demo', 30, 30),
      eng('Visited the pricing page', 10, 20),
      eng('Attended a webinar', 10, 20),
      eng('Downloaded content', 5, 15),
      eng('Clicked a marketing e-mail', 2, 10),
    ],
    negative: [
      newNegativeCriterion('competitor', makeId),
      newNegativeCriterion('student', makeId),
      newNegativeCriterion('freeEmailDomain', makeId),
    ],
    decay: { kind: 'halfLife', days: 30 },
    mqlThreshold: 60,
    minimumFit: 25,
    minimumEngagement: 10,
    sqlCriteria: bantCriteria(makeId),
    started: true,
    migrationNotes: [],
  };
}
