import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FIT_FIELDS,
  OPERATORS,
  type EngagementCriterion,
  type FitCriterion,
  type NegativeCriterion,
} from '../workshop/steps/qualifiedLead';
import { emailDomainOf, type SampleLead } from './lead';
import { matchCondition } from './conditions';
import { scoreLead, type ScoringModel } from './score';

// Small pools so criteria and leads meet often enough for the properties to bite.
const word = fc.constantFrom('', 'Director', 'VP', 'Software', 'Retail', 'EMEA', 'Snowflake', 'student', 'Finance');
const number = fc.option(fc.constantFrom(0, 10, 50, 200, 1000, 12_000_000), { nil: null });
const value = fc.constantFrom('', 'Director', 'vp', 'Software, Retail', 'emea', 'snow', '200', '50', '1000', 'gmail.com', '10m');
const valueMax = fc.option(fc.constantFrom('', '500', '5000', '20m'), { nil: undefined });
const points = fc.integer({ min: 0, max: 100 });

const fitArb: fc.Arbitrary<FitCriterion> = fc.record({
  id: fc.uuid(),
  field: fc.constantFrom(...FIT_FIELDS),
  operator: fc.constantFrom(...OPERATORS),
  value,
  valueMax,
  points,
});
const engArb: fc.Arbitrary<EngagementCriterion> = fc.record({
  id: fc.uuid(),
  behaviour: fc.constantFrom('Requested a demo', 'Webinar', 'Pricing page'),
  points,
  capPerPeriod: fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }),
  capPeriod: fc.constantFrom('week', 'month', 'quarter', 'year'),
});
const negArb: fc.Arbitrary<NegativeCriterion> = fc.record({
  id: fc.uuid(),
  kind: fc.constantFrom('competitor', 'student', 'freeEmailDomain', 'custom'),
  field: fc.constantFrom(...FIT_FIELDS),
  operator: fc.constantFrom(...OPERATORS),
  value,
  points,
  veto: fc.boolean(),
});

const modelArb: fc.Arbitrary<ScoringModel> = fc.record({
  fit: fc.array(fitArb, { maxLength: 6 }),
  engagement: fc.array(engArb, { maxLength: 4 }),
  negative: fc.array(negArb, { maxLength: 3 }),
  decay: fc.oneof(
    fc.constant({ kind: 'none' as const }),
    fc.record({ kind: fc.constant('halfLife' as const), days: fc.integer({ min: 1, max: 365 }) }),
    fc.record({ kind: fc.constant('weeklySinceLast' as const), pointsPerWeek: fc.constantFrom(0, 1, 2.5, 5, 20) }),
  ),
  mqlThreshold: fc.integer({ min: 1, max: 200 }),
  minimumFit: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
  minimumEngagement: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
});

const leadArb = (model: ScoringModel): fc.Arbitrary<SampleLead> =>
  fc.record({
    title: word,
    seniority: word,
    department: word,
    industry: word,
    companySize: number,
    annualRevenue: number,
    region: word,
    country: word,
    technology: word,
    email: fc.constantFrom('', 'ana@gmail.com', 'li@acme.io', 'x@snowflake.com'),
    activities: fc.array(
      fc.record({
        behaviour: model.engagement.length > 0 ? fc.constantFrom(...model.engagement.map((c) => c.id)) : fc.constant('none'),
        times: fc.nat({ max: 20 }),
        daysAgo: fc.nat({ max: 400 }),
      }),
      { maxLength: 6 },
    ),
  });

const modelAndLead = modelArb.chain((m) => fc.tuple(fc.constant(m), leadArb(m)));

describe('scoring properties', () => {
  it('adding a matched fit criterion never lowers the score nor loses an MQL', () => {
    fc.assert(
      fc.property(modelAndLead, fitArb, ([m, lead], extra) => {
        const before = scoreLead(m, lead);
        const after = scoreLead({ ...m, fit: [...m.fit, extra] }, lead);
        const matched = matchCondition(lead, extra).matched;
        expect(after.total).toBeCloseTo(before.total + (matched ? extra.points : 0), 5);
        expect(after.total).toBeGreaterThanOrEqual(before.total);
        if (before.isMql) expect(after.isMql).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('adding an engagement behaviour the lead did never lowers the score', () => {
    fc.assert(
      fc.property(modelAndLead, engArb, fc.integer({ min: 1, max: 20 }), ([m, lead], extra, count) => {
        const before = scoreLead(m, lead);
        const after = scoreLead(
          { ...m, engagement: [...m.engagement, extra] },
          { ...lead, activities: [...lead.activities, { behaviour: extra.id, times: count, daysAgo: 3 }] },
        );
        expect(after.engagement).toBeGreaterThanOrEqual(before.engagement);
        expect(after.total).toBeGreaterThanOrEqual(before.total);
      }),
      { numRuns: 300 },
    );
  });

  it('decay never makes engagement negative nor larger than before decay', () => {
    fc.assert(
      fc.property(modelAndLead, ([m, lead]) => {
        const s = scoreLead(m, lead);
        expect(s.engagement).toBeGreaterThanOrEqual(0);
        expect(s.engagement).toBeLessThanOrEqual(s.engagementBeforeDecay);
        expect(s.total).toBeCloseTo(s.fit + s.engagement - s.negative, 5);
      }),
      { numRuns: 400 },
    );
  });

  it('a matched veto criterion always means not an MQL', () => {
    const leadWithEmail = modelArb.chain((m) =>
      fc.tuple(
        fc.constant(m),
        leadArb(m).filter((l) => l.email !== ''),
      ),
    );
    fc.assert(
      fc.property(leadWithEmail, points, ([m, lead], p) => {
        const veto: NegativeCriterion = {
          id: 'veto',
          kind: 'competitor',
          field: 'emailDomain',
          operator: 'equals',
          value: emailDomainOf(lead.email).toUpperCase(),
          points: p,
          veto: true,
        };
        const s = scoreLead({ ...m, negative: [...m.negative, veto], mqlThreshold: 1, minimumFit: null }, lead);
        expect(s.vetoed).toBe(true);
        expect(s.isMql).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('the threshold is monotonic: raising it never creates an MQL, lowering it never loses one', () => {
    fc.assert(
      fc.property(modelAndLead, fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 300 }), ([m, lead], a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const atLow = scoreLead({ ...m, mqlThreshold: low }, lead).isMql;
        const atHigh = scoreLead({ ...m, mqlThreshold: high }, lead).isMql;
        if (atHigh) expect(atLow).toBe(true);
        if (!atLow) expect(atHigh).toBe(false);
      }),
      { numRuns: 400 },
    );
  });
});
