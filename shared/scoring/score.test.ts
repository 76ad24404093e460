import { describe, expect, it } from 'vitest';
import { emptyLead, type LeadActivity, type SampleLead } from './lead';
import { scoreLead, type ScoringModel } from './score';
import { parseAmount, matchCondition, type Condition } from './conditions';
import { NEGATIVE_PRESET } from './starterModel';
import type { EngagementCriterion } from '../workshop/steps/qualifiedLead';

const eng = (
  id: string,
  behaviour: string,
  points: number,
  capPerPeriod: number | null,
  capPeriod: EngagementCriterion['capPeriod'] = 'month',
): EngagementCriterion => ({ id, behaviour, points, capPerPeriod, capPeriod });

const model: ScoringModel = {
  fit: [
    { id: 'f1', field: 'title', operator: 'word', value: 'Director', points: 15 },
    { id: 'f2', field: 'companySize', operator: 'between', value: '200', valueMax: '5,000', points: 10 },
    { id: 'f3', field: 'industry', operator: 'oneOf', value: 'Software, Retail', points: 10 },
  ],
  engagement: [
    eng('e1', 'Requested a demo', 30, 30),
    eng('e2', 'Opened an e-mail', 2, 10),
    eng('e3', 'Visited the pricing page', 10, null),
  ],
  negative: [
    { id: 'n1', kind: 'freeEmailDomain', field: 'emailDomain', operator: 'oneOf', value: 'gmail.com, yahoo.com', points: 20, veto: true },
    { id: 'n2', kind: 'custom', field: 'title', operator: 'word', value: 'intern', points: 5, veto: false },
  ],
  decay: { kind: 'none' },
  mqlThreshold: 60,
  minimumFit: 20,
  minimumEngagement: null,
};

const lead = (p: Partial<SampleLead>): SampleLead => ({ ...emptyLead(), ...p });
const did = (behaviour: string, daysAgo = 0, times = 1): LeadActivity => ({ behaviour, times, daysAgo });
const matches = (l: Partial<SampleLead>, c: Condition) => matchCondition(lead(l), c).matched;

describe('matching, as a marketer reads a criterion', () => {
  it.each([
    // field, operator, criterion value, the lead's value, matches?
    ['title', 'word', 'intern', 'Head of International Sales', false],
    ['title', 'word', 'intern', 'Marketing Intern', true],
    ['title', 'word', 'intern', 'Intern, marketing', true],
    ['title', 'word', 'Head of', 'Head of Data', true],
    ['title', 'word', 'Head of', 'Forehead official', false],
    ['title', 'contains', 'intern', 'Head of International Sales', true],
    ['title', 'startsWith', 'Student', 'Student at MIT', true],
    ['title', 'startsWith', 'Student', 'Director of Student Success', false],
    ['title', 'oneOf', NEGATIVE_PRESET.student.value, 'Director of Student Success', false],
    ['title', 'oneOf', NEGATIVE_PRESET.student.value, 'PhD Student', true],
    ['title', 'oneOf', NEGATIVE_PRESET.student.value, 'student', true],
    ['technology', 'oneOf', 'SAP TM, Oracle OTM', 'SAP TM', true],
    ['technology', 'oneOf', 'SAP TM, Oracle OTM', 'oracle  otm', true],
    ['technology', 'oneOf', 'SAP TM, Oracle OTM', 'SAP', false],
    ['title', 'word', '经理', '销售经理', true],
    ['emailDomain', 'word', 'acme', 'x@sub.acme.com', true],
  ] as const)('%s %s “%s” on “%s” → %s', (field, operator, value, actual, expected) => {
    const l: Partial<SampleLead> = field === 'emailDomain' ? { email: actual } : { [field]: actual };
    expect(matches(l, { field, operator, value })).toBe(expected);
  });

  it.each([
    [199, false, 'below'],
    [200, true, null],
    [1200, true, null],
    [5000, true, null],
    [5001, false, 'above'],
  ] as const)('a company of %i employees against 200–5,000 matches: %s', (size, matched, miss) => {
    expect(
      matchCondition(lead({ companySize: size }), { field: 'companySize', operator: 'between', value: '200', valueMax: '5,000' }),
    ).toMatchObject({ matched, miss });
  });

  it('reads numbers the way people type them and compares them numerically', () => {
    expect([parseAmount('1,000,000'), parseAmount('12m'), parseAmount('2.5k'), parseAmount('1 200'), parseAmount('big')]).toEqual([
      1_000_000,
      12_000_000,
      2500,
      1200,
      null,
    ]);
    const l = lead({ seniority: '  VP ', companySize: 200, email: 'x@Sub.Acme.COM' });
    expect(matchCondition(l, { field: 'seniority', operator: 'equals', value: 'vp' }).matched).toBe(true);
    expect(matchCondition(l, { field: 'companySize', operator: 'lte', value: '200' }).matched).toBe(true);
    expect(matchCondition(l, { field: 'companySize', operator: 'gte', value: '201' })).toMatchObject({ matched: false, miss: 'below' });
    expect(matchCondition(l, { field: 'emailDomain', operator: 'equals', value: 'sub.acme.com' })).toEqual({
      matched: true,
      actual: 'sub.acme.com',
      miss: null,
    });
    expect(matchCondition(l, { field: 'annualRevenue', operator: 'gte', value: '0' })).toMatchObject({ matched: false, miss: 'noValue' });
    expect(matchCondition(l, { field: 'companySize', operator: 'between', value: '500', valueMax: '' })).toMatchObject({
      matched: false,
      miss: 'incomplete',
    });
  });
});

describe('scoreLead', () => {
  it('a lead outside a size band gets none of its points (not half)', () => {
    const inside = scoreLead(model, lead({ companySize: 1200 }));
    const outside = scoreLead(model, lead({ companySize: 12_000 }));
    expect([inside.fit, outside.fit]).toEqual([10, 0]);
  });

  it('"intern" penalises an intern, not the Head of International Sales', () => {
    expect(scoreLead(model, lead({ title: 'Head of International Sales' })).negative).toBe(0);
    expect(scoreLead(model, lead({ title: 'Sales intern' })).negative).toBe(5);
  });

  it('points age by their own date: one click today does not revive a year-old demo request', () => {
    const halfLife: ScoringModel = { ...model, decay: { kind: 'halfLife', days: 30 } };
    const s = scoreLead(halfLife, lead({ activities: [did('e1', 365), did('e2', 0)] }));
    const demo = s.lines.find((l) => l.criterionId === 'e1');
    expect(demo).toMatchObject({ section: 'engagement', matched: true, afterCap: 30, newestDaysAgo: 365 });
    expect(demo!.points).toBeLessThan(0.1);
    expect(s.engagement).toBeCloseTo(2, 0);
    expect(s.engagementBeforeDecay).toBe(32);
    // A demo requested 30 days ago is worth half.
    expect(scoreLead(halfLife, lead({ activities: [did('Requested a demo', 30)] })).engagement).toBe(15);
  });

  it('the cap holds per period: a demo every month for three months counts three times', () => {
    const s = scoreLead(model, lead({ activities: [did('e1', 1), did('e1', 40), did('e1', 70), did('e1', 3)] }));
    expect(s.lines.find((l) => l.criterionId === 'e1')).toMatchObject({ times: 4, raw: 120, afterCap: 90 });
    const weekly: ScoringModel = { ...model, engagement: [eng('e2', 'Opened an e-mail', 2, 4, 'week')] };
    expect(scoreLead(weekly, lead({ activities: [did('e2', 0, 5), did('e2', 8, 5)] })).engagement).toBe(8);
  });

  it('with a minimum engagement, profile alone is not an MQL', () => {
    const strict: ScoringModel = { ...model, mqlThreshold: 30, minimumEngagement: 10 };
    const profileOnly = scoreLead(strict, lead({ title: 'Director', companySize: 900, industry: 'Retail' }));
    expect(profileOnly.total).toBe(35);
    expect(profileOnly.isMql).toBe(false);
    expect(profileOnly.checks.find((c) => c.code === 'minimumEngagement')).toEqual({
      code: 'minimumEngagement',
      met: false,
      engagement: 0,
      minimum: 10,
    });
    expect(scoreLead(strict, lead({ title: 'Director', companySize: 900, industry: 'Retail', activities: [did('e3')] })).isMql).toBe(true);
  });

  it('explains every criterion, matched or not, and why', () => {
    const s = scoreLead(
      model,
      lead({ title: 'Marketing director', companySize: 12_000, email: 'ana@acme.io', activities: [did('Opened an E-MAIL', 2, 12)] }),
    );
    expect(
      s.lines.map((l) => [l.criterionId, l.section, 'matched' in l ? l.matched : null, 'miss' in l ? l.miss : null, l.points]),
    ).toEqual([
      ['f1', 'fit', true, null, 15],
      ['f2', 'fit', false, 'above', 0],
      ['f3', 'fit', false, 'noValue', 0],
      ['e1', 'engagement', false, 'noActivity', 0],
      ['e2', 'engagement', true, null, 10],
      ['e3', 'engagement', false, 'noActivity', 0],
      ['n1', 'negative', false, 'different', 0],
      ['n2', 'negative', false, 'different', 0],
    ]);
    expect(s.lines.find((l) => l.criterionId === 'e2')).toMatchObject({ times: 12, raw: 24, afterCap: 10, cap: 10, capPeriod: 'month' });
    expect(s.checks).toEqual([
      { code: 'threshold', met: false, total: 25, threshold: 60 },
      { code: 'minimumFit', met: false, fit: 15, minimum: 20 },
      { code: 'noVeto', met: true, vetoes: [] },
    ]);
  });

  it('vetoes a free e-mail domain whatever the score, naming the criterion', () => {
    const s = scoreLead(
      model,
      lead({ title: 'Director', companySize: 900, industry: 'Retail', email: 'Ana@Gmail.com', activities: [did('e1'), did('e3', 0, 4)] }),
    );
    expect(s.total).toBe(35 + 70 - 20);
    expect(s.isMql).toBe(false);
    const veto = s.checks.find((c) => c.code === 'noVeto');
    expect(veto?.met).toBe(false);
    expect(veto?.code === 'noVeto' && veto.vetoes.map((v) => [v.criterionId, v.actual])).toEqual([['n1', 'gmail.com']]);
  });

  it('keeps the pre-v5 decay exactly when a migrated model uses it: per full week since the last activity, never below 0', () => {
    const legacy: ScoringModel = { ...model, decay: { kind: 'weeklySinceLast', pointsPerWeek: 5 } };
    const active = scoreLead(legacy, lead({ activities: [did('e3', 20, 3)] }));
    expect(active).toMatchObject({ engagementBeforeDecay: 30, decay: 10, engagement: 20 });
    expect(active.lines.at(-3)).toMatchObject({ section: 'decay', weeks: 2, pointsPerWeek: 5, points: -10, floored: false });
    const quiet = scoreLead(legacy, lead({ activities: [did('e2', 70)] }));
    expect(quiet).toMatchObject({ engagementBeforeDecay: 2, decay: 2, engagement: 0 });
  });
});
