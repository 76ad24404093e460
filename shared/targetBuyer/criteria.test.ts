import { describe, expect, it } from 'vitest';
import { defaultQualifiedLeadStep, qualifiedLeadStepSchema } from '../workshop/steps/qualifiedLead';
import { sampleTargetBuyer } from '../workshop/samples/targetBuyer';
import { addPersonaCriteria, criteriaFromPersona, criterionKey } from './criteria';
import { newPersona } from './persona';
import { titleKeyword } from './titleKeyword';
import { CRITERION_POINTS } from './criteria';
import { scoreLead } from '../scoring/score';
import { emptyLead } from '../scoring/lead';
import { STUDENT_TITLES } from '../scoring/starterModel';

const counter = () => {
  let n = 0;
  return () => `id-${++n}`;
};

describe('turning a persona into scoring criteria', () => {
  const { icp, personas } = sampleTargetBuyer();
  const dana = personas[0]!;

  it('maps title, seniority and the profile to fit criteria and disqualifiers to negative ones', () => {
    const c = criteriaFromPersona(dana, icp);
    expect(c.fit.map((x) => [x.field, x.operator, x.value, x.valueMax])).toEqual([
      ['title', 'word', 'Data', undefined],
      ['seniority', 'equals', 'VP', undefined],
      ['industry', 'oneOf', 'SaaS, Fintech', undefined],
      ['region', 'oneOf', 'EU, North America', undefined],
      ['companySize', 'between', '200', '2000'],
      ['annualRevenue', 'between', '20000000', '500000000'],
      ['technology', 'oneOf', 'Snowflake, Salesforce, dbt', undefined],
    ]);
    expect(c.fit.every((x) => x.points > 0)).toBe(true);
    // Disqualifiers veto on the field that holds them; a sentence no lead field holds is left to the room.
    expect(c.negative.map((x) => [x.kind, x.field, x.operator, x.value, x.veto])).toEqual([
      ['custom', 'companySize', 'lte', '49', true],
      ['custom', 'industry', 'oneOf', 'Public sector', true],
    ]);
    expect(c.skipped).toEqual(['Locked into a competitor’s multi-year contract']);
  });

  it('makes criteria a lead record matches: one value per option, vetoes on the right field', () => {
    const fact = (text: string) => ({ id: text, text, evidence: 'assumption' as const });
    const empty = { industries: [], companySizes: [], regions: [], revenueBands: [], technologies: [], disqualifiers: [] };
    const c = criteriaFromPersona(newPersona(), {
      ...empty,
      technologies: [fact('SAP TM or Oracle OTM in place')],
      industries: [fact('Freight forwarding / 3PL')],
      companySizes: [fact('200–5,000 employees')],
      disqualifiers: [
        fact('Fewer than 20 trucks'),
        fact('Fewer than 50 employees'),
        fact('Students'),
        fact('Competitors: rival.com, other.io'),
        fact('Public sector or education'),
      ],
    });
    expect(c.fit.map((x) => [x.field, x.operator, x.value, x.valueMax])).toEqual([
      ['industry', 'oneOf', 'Freight forwarding, 3PL', undefined],
      ['companySize', 'between', '200', '5000'],
      ['technology', 'oneOf', 'SAP TM, Oracle OTM', undefined],
    ]);
    const step = {
      ...defaultQualifiedLeadStep(),
      fit: c.fit.map((x, i) => ({ ...x, id: `f${i}` })),
      negative: c.negative.map((x, i) => ({ ...x, id: `n${i}` })),
    };
    const lead = { ...emptyLead(), technology: 'SAP TM', industry: '3PL', companySize: 900 };
    expect(scoreLead(step, lead).fit).toBe(CRITERION_POINTS.technology + CRITERION_POINTS.industry + CRITERION_POINTS.band);
    expect(c.negative.map((x) => [x.kind, x.field, x.operator, x.value, x.veto])).toEqual([
      ['custom', 'companySize', 'lte', '49', true],
      ['student', 'title', 'oneOf', STUDENT_TITLES, true],
      ['competitor', 'emailDomain', 'oneOf', 'rival.com, other.io', true],
      ['custom', 'industry', 'oneOf', 'Public sector, education', true],
    ]);
    expect(c.skipped).toEqual(['Fewer than 20 trucks']);
    expect(scoreLead(step, { ...lead, companySize: 30 }).vetoed).toBe(true);
    expect(scoreLead(step, { ...lead, email: 'x@rival.com' }).vetoed).toBe(true);
  });

  it('leaves out what the room has not said: no seniority, blank title, empty profile', () => {
    const empty = { industries: [], companySizes: [], regions: [], revenueBands: [], technologies: [], disqualifiers: [] };
    const c = criteriaFromPersona(newPersona({ title: '  ' }), empty);
    expect(c).toEqual({ fit: [], negative: [], skipped: [] });
  });

  it('skips sizes it cannot read instead of inventing numbers', () => {
    const c = criteriaFromPersona(newPersona(), { ...icp, companySizes: [{ id: 'x', text: 'Mid-market', evidence: 'assumption' }] });
    expect(c.fit.some((x) => x.field === 'companySize')).toBe(false);
  });

  it('appends only what step 5 lacks, marks step 5 started, and adds nothing the second time', () => {
    const step = defaultQualifiedLeadStep();
    step.fit.push({ id: 'own', field: 'industry', operator: 'oneOf', value: 'fintech ,  saas', points: 30 });
    const ids = counter();
    const added = addPersonaCriteria(step, dana, icp, ids);
    expect(added).toBe(8);
    expect(step.started).toBe(true);
    // The room's own industry row (same values, other order and case) is kept, not doubled.
    expect(step.fit.filter((x) => x.field === 'industry')).toEqual([
      { id: 'own', field: 'industry', operator: 'oneOf', value: 'fintech ,  saas', points: 30 },
    ]);
    expect(new Set([...step.fit, ...step.negative].map((x) => x.id)).size).toBe(step.fit.length + step.negative.length);
    expect(addPersonaCriteria(step, dana, icp, ids)).toBe(0);
  });

  it('a second persona adds only its own title and seniority', () => {
    const step = defaultQualifiedLeadStep();
    addPersonaCriteria(step, dana, icp, counter());
    const before = step.fit.length;
    expect(addPersonaCriteria(step, personas[1]!, icp, counter())).toBe(2);
    expect(step.fit.slice(before).map((x) => `${x.field} ${x.value}`)).toEqual(['title RevOps', 'seniority Manager']);
  });

  it('does not mark step 5 started when nothing was added', () => {
    const step = defaultQualifiedLeadStep();
    expect(
      addPersonaCriteria(step, newPersona(), {
        ...icp,
        industries: [],
        regions: [],
        companySizes: [],
        revenueBands: [],
        technologies: [],
        disqualifiers: [],
      }),
    ).toBe(0);
    expect(step.started).toBe(false);
  });

  it('never grows step 5 past what its schema holds', () => {
    const step = defaultQualifiedLeadStep();
    step.fit = Array.from({ length: 99 }, (_, i) => ({
      id: `f${i}`,
      field: 'country' as const,
      operator: 'equals' as const,
      value: `c${i}`,
      points: 1,
    }));
    expect(addPersonaCriteria(step, dana, icp, counter())).toBe(1 + 2);
    expect(step.fit).toHaveLength(100);
    expect(qualifiedLeadStepSchema.safeParse(step).success).toBe(true);
  });

  it('compares criteria the way scoring does', () => {
    expect(criterionKey({ field: 'title', operator: 'contains', value: ' Director  of Sales' })).toBe(
      criterionKey({ field: 'title', operator: 'contains', value: 'director of sales' }),
    );
    expect(criterionKey({ field: 'companySize', operator: 'gte', value: '2,000' })).toBe(
      criterionKey({ field: 'companySize', operator: 'gte', value: '2000' }),
    );
    expect(criterionKey({ field: 'title', operator: 'contains', value: 'x' })).not.toBe(
      criterionKey({ field: 'title', operator: 'equals', value: 'x' }),
    );
    expect(criterionKey({ field: 'companySize', operator: 'between', value: '200', valueMax: '5,000' })).toBe(
      criterionKey({ field: 'companySize', operator: 'between', value: '200', valueMax: '5000' }),
    );
  });
});

describe('the key word of a job title', () => {
  it.each([
    ['Director of Marketing', 'Marketing'],
    ['VP of Data', 'Data'],
    ['RevOps Manager', 'RevOps'],
    ['Head of Data & Analytics', 'Data & Analytics'],
    ['Chief Data Officer', 'Data'],
    ['VP, Sales', 'Sales'],
    ['Senior Director, Revenue Operations', 'Revenue Operations'],
    ['CFO', 'CFO'],
    ['Director', 'Director'],
    ['', ''],
  ])('%s → %s', (title, keyword) => expect(titleKeyword(title)).toBe(keyword));
});
