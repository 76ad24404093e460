import { describe, expect, it } from 'vitest';
import type { EngagementCriterion } from '../workshop/steps/qualifiedLead';
import { emptyLead, type LeadActivity, type SampleLead } from './lead';
import { decayFactor, PERIOD_DAYS, scoreLead, weeksInactive, type EngagementLine, type ScoringModel } from './score';

/** The MQL verdict at its edges, and which activities a behaviour counts: what a marketer sees on the step-5 screen. */

const eng = (
  id: string,
  behaviour: string,
  points: number,
  capPerPeriod: number | null,
  capPeriod: EngagementCriterion['capPeriod'] = 'month',
) => ({
  id,
  behaviour,
  points,
  capPerPeriod,
  capPeriod,
});

const model: ScoringModel = {
  fit: [{ id: 'f1', field: 'title', operator: 'word', value: 'Director', points: 20 }],
  engagement: [eng('e1', 'Requested a demo', 30, null), eng('e2', 'Opened an e-mail', 2, 6, 'week')],
  negative: [{ id: 'n1', kind: 'custom', field: 'title', operator: 'word', value: 'intern', points: 5, veto: false }],
  decay: { kind: 'none' },
  mqlThreshold: 50,
  minimumFit: 20,
  minimumEngagement: 30,
};

const lead = (p: Partial<SampleLead>): SampleLead => ({ ...emptyLead(), ...p });
const did = (behaviour: string, daysAgo = 0, times = 1): LeadActivity => ({ behaviour, times, daysAgo });
const line = (s: ReturnType<typeof scoreLead>, id: string) => s.lines.find((l) => l.criterionId === id) as EngagementLine;

describe('the MQL verdict at its edges', () => {
  it('is an MQL exactly at the threshold, the minimum fit and the minimum engagement', () => {
    const s = scoreLead(model, lead({ title: 'Director', activities: [did('e1')] }));
    expect(s).toMatchObject({ fit: 20, engagement: 30, total: 50, isMql: true, vetoed: false });
    expect(s.checks).toEqual([
      { code: 'threshold', met: true, total: 50, threshold: 50 },
      { code: 'minimumFit', met: true, fit: 20, minimum: 20 },
      { code: 'minimumEngagement', met: true, engagement: 30, minimum: 30 },
      { code: 'noVeto', met: true, vetoes: [] },
    ]);
  });

  it('is not an MQL one point short of any of them', () => {
    const shortOfThreshold = scoreLead({ ...model, mqlThreshold: 50.1 }, lead({ title: 'Director', activities: [did('e1')] }));
    expect(shortOfThreshold.isMql).toBe(false);
    expect(shortOfThreshold.checks[0]).toMatchObject({ code: 'threshold', met: false });
    const shortOfFit = scoreLead({ ...model, minimumFit: 21 }, lead({ title: 'Director', activities: [did('e1')] }));
    expect(shortOfFit.isMql).toBe(false);
    expect(shortOfFit.checks[1]).toMatchObject({ code: 'minimumFit', met: false });
    const shortOfEngagement = scoreLead({ ...model, minimumEngagement: 31 }, lead({ title: 'Director', activities: [did('e1')] }));
    expect(shortOfEngagement.isMql).toBe(false);
    expect(shortOfEngagement.checks[2]).toMatchObject({ code: 'minimumEngagement', met: false });
  });

  it('subtracts negative points from the total and shows them as a minus on their line', () => {
    const s = scoreLead(model, lead({ title: 'Director intern', activities: [did('e1')] }));
    expect(s).toMatchObject({ negative: 5, total: 45, isMql: false });
    expect(s.lines.find((l) => l.criterionId === 'n1')).toMatchObject({ matched: true, points: -5, veto: false });
  });

  it('without minimums, only the threshold and vetoes decide', () => {
    const open = scoreLead({ ...model, minimumFit: null, minimumEngagement: null, mqlThreshold: 30 }, lead({ activities: [did('e1')] }));
    expect(open.checks.map((c) => c.code)).toEqual(['threshold', 'noVeto']);
    expect(open.isMql).toBe(true);
  });
});

describe('which activities a behaviour counts', () => {
  it('matches the behaviour by name whatever its case and spacing, or by criterion id', () => {
    const s = scoreLead(model, lead({ activities: [did('  requested   A DEMO '), did('e1', 2)] }));
    expect(line(s, 'e1')).toMatchObject({ matched: true, times: 2, raw: 60, newestDaysAgo: 0, oldestDaysAgo: 2 });
    // A criterion whose name is typed with spaces still matches the name typed without them.
    const spaced = { ...model, engagement: [eng('e9', ' Requested a demo ', 10, null)] };
    expect(line(scoreLead(spaced, lead({ activities: [did('Requested a demo')] })), 'e9')).toMatchObject({
      matched: true,
      behaviour: 'Requested a demo',
    });
  });

  it('ignores activities that did not happen or are in the future, and counts whole times and days', () => {
    const bad = [did('e1', 0, 0), did('e1', -1), did('e1', Number.NaN), did('e1', 0, Number.POSITIVE_INFINITY), did('e1', Infinity)];
    expect(line(scoreLead(model, lead({ activities: bad })), 'e1')).toMatchObject({
      matched: false,
      miss: 'noActivity',
      times: 0,
      points: 0,
    });
    const partial = line(scoreLead(model, lead({ activities: [did('e1', 3.9, 2.7)] })), 'e1');
    expect(partial).toMatchObject({ times: 2, raw: 60, newestDaysAgo: 3 });
  });

  it('says a behaviour without a name is incomplete, and never matches an activity without a name to it', () => {
    const unnamed = { ...model, engagement: [eng('e9', '  ', 10, null)] };
    expect(line(scoreLead(unnamed, lead({ activities: [did('')] })), 'e9')).toMatchObject({ matched: false, miss: 'incomplete', times: 0 });
    expect(line(scoreLead(unnamed, lead({ activities: [did('e9')] })), 'e9')).toMatchObject({ matched: true, miss: null, times: 1 });
  });

  it('caps per period counted back from today: days 0–6 are this week, day 7 the week before', () => {
    const thisWeek = scoreLead(model, lead({ activities: [did('e2', 0, 2), did('e2', 6, 2)] }));
    expect(line(thisWeek, 'e2')).toMatchObject({ raw: 8, afterCap: 6, points: 6 });
    const twoWeeks = scoreLead(model, lead({ activities: [did('e2', 0, 2), did('e2', 7, 2)] }));
    expect(line(twoWeeks, 'e2')).toMatchObject({ raw: 8, afterCap: 8, points: 8 });
    expect(PERIOD_DAYS).toEqual({ week: 7, month: 365 / 12, quarter: 365 / 4, year: 365 });
  });
});

describe('decay', () => {
  it('halves points every half-life and rounds the line to one decimal', () => {
    expect(decayFactor({ kind: 'halfLife', days: 10 }, 20)).toBe(0.25);
    expect(decayFactor({ kind: 'none' }, 400)).toBe(1);
    const s = scoreLead({ ...model, decay: { kind: 'halfLife', days: 3 } }, lead({ activities: [did('e1', 1)] }));
    // 30 × 0.5^(1/3) = 23.81…
    expect(line(s, 'e1').points).toBe(23.8);
    expect(s).toMatchObject({ engagementBeforeDecay: 30, engagement: 23.8, decay: 6.2 });
  });

  it('takes the pre-v5 weekly decay only after a full week, and says when it stopped at zero', () => {
    expect([weeksInactive(6), weeksInactive(7), weeksInactive(13), weeksInactive(14)]).toEqual([0, 1, 1, 2]);
    expect([weeksInactive(-7), weeksInactive(Number.NaN), weeksInactive(Infinity)]).toEqual([0, 0, 0]);
    const legacy: ScoringModel = { ...model, decay: { kind: 'weeklySinceLast', pointsPerWeek: 4 } };
    expect(scoreLead(legacy, lead({ activities: [did('e1', 6)] })).lines.some((l) => l.section === 'decay')).toBe(false);
    const week = scoreLead(legacy, lead({ activities: [did('e1', 7), did('e1', 30)] }));
    expect(week.lines.find((l) => l.section === 'decay')).toEqual({
      section: 'decay',
      criterionId: null,
      daysSinceLastActivity: 7,
      weeks: 1,
      pointsPerWeek: 4,
      points: -4,
      floored: false,
      veto: false,
    });
    expect(week).toMatchObject({ engagement: 56, decay: 4 });
    const floored = scoreLead(legacy, lead({ activities: [did('e2', 70)] }));
    expect(floored.lines.find((l) => l.section === 'decay')).toMatchObject({ weeks: 10, points: -2, floored: true });
    // Invalid activities say nothing about when the lead was last active.
    const none = scoreLead(legacy, lead({ activities: [did('e1', 0, 0)] }));
    expect(none.lines.some((l) => l.section === 'decay')).toBe(false);
  });
});
