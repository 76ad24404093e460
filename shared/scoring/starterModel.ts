import { newId } from '../workshop/factory';
import type {
  EngagementCriterion,
  FitCriterion,
  NegativeCriterion,
  QualifiedLeadStep,
  SqlCriterion,
} from '../workshop/steps/qualifiedLead';
import type { Language } from '../workshop/languages';
import { defaultText } from '../workshop/defaultText';

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
 * Success", who is a buyer. English; a workshop's own language has its list in its default text.
 */
export const STUDENT_TITLES = defaultText('en').scoring.studentTitles;

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

/** A kind's preset in a document language: the student titles are words the room's CRM holds. */
export const negativePreset = (kind: NegativeCriterion['kind'], language: Language = 'en'): (typeof NEGATIVE_PRESET)[typeof kind] =>
  kind === 'student' ? { ...NEGATIVE_PRESET.student, value: defaultText(language).scoring.studentTitles } : NEGATIVE_PRESET[kind];

export const newNegativeCriterion = (
  kind: NegativeCriterion['kind'] = 'custom',
  makeId: MakeId = newId,
  language: Language = 'en',
): NegativeCriterion => ({
  id: makeId(),
  kind,
  ...negativePreset(kind, language),
});

export const newSqlCriterion = (makeId: MakeId = newId, p: Partial<SqlCriterion> = {}): SqlCriterion => ({
  id: makeId(),
  label: '',
  description: '',
  verifiedBy: 'sdr',
  ...p,
});

/** The classic BANT confirmation the SDR (or the seller) runs before a lead becomes an SQL, in the document language. */
export const bantCriteria = (makeId: MakeId = newId, language: Language = 'en'): SqlCriterion[] => {
  const { bant } = defaultText(language).scoring;
  const row = (key: keyof typeof bant, verifiedBy: SqlCriterion['verifiedBy']) => newSqlCriterion(makeId, { ...bant[key], verifiedBy });
  return [row('budget', 'sdr'), row('authority', 'sdr'), row('need', 'sdr'), row('timing', 'sales')];
};

/**
 * A generic B2B model to start the discussion from: seniority, department and size for fit,
 * the usual buying signals for engagement, the three classic disqualifiers, BANT for SQL.
 * Threshold 60 with at least 25 from fit and 10 from engagement, so neither profile nor
 * behaviour alone makes an MQL; each activity's points halve every 30 days.
 */
export function starterModel(makeId: MakeId = newId, language: Language = 'en'): QualifiedLeadStep {
  const t = defaultText(language).scoring;
  const fit = (p: Omit<FitCriterion, 'id'>) => newFitCriterion(makeId, p);
  const eng = (behaviour: string, points: number, capPerPeriod: number) =>
    newEngagementCriterion(makeId, { behaviour, points, capPerPeriod });
  return {
    fit: [
      fit({ field: 'seniority', operator: 'oneOf', value: t.starterSeniorities, points: 15 }),
      fit({ field: 'department', operator: 'oneOf', value: t.starterDepartments, points: 10 }),
      fit({ field: 'companySize', operator: 'between', value: '50', valueMax: '10000', points: 10 }),
      fit({ field: 'companySize', operator: 'gte', value: '500', points: 5 }),
      fit({ field: 'annualRevenue', operator: 'gte', value: '10m', points: 10 }),
    ],
    engagement: [
      eng(t.engagement.demo, 30, 30),
      eng(t.engagement.pricing, 10, 20),
      eng(t.engagement.webinar, 10, 20),
      eng(t.engagement.download, 5, 15),
      eng(t.engagement.emailClick, 2, 10),
    ],
    negative: [
      newNegativeCriterion('competitor', makeId, language),
      newNegativeCriterion('student', makeId, language),
      newNegativeCriterion('freeEmailDomain', makeId, language),
    ],
    decay: { kind: 'halfLife', days: 30 },
    mqlThreshold: 60,
    minimumFit: 25,
    minimumEngagement: 10,
    sqlCriteria: bantCriteria(makeId, language),
    started: true,
    migrationNotes: [],
  };
}
