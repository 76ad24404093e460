import { describe, expect, it } from 'vitest';
import type { SlaCommitment } from '../workshop/schema';
import { emptyLead } from './lead';
import { projectMqls, scoreBatch } from './batch';
import { gridBands, gridCell } from './grid';
import { engagementReference, maxEngagement, maxFit, maxTotal } from './limits';
import type { ScoringModel } from './score';

const model: ScoringModel = {
  fit: [
    { id: 'a', field: 'seniority', operator: 'equals', value: 'VP', points: 20 },
    { id: 'b', field: 'seniority', operator: 'equals', value: 'Director', points: 15 },
    { id: 'c', field: 'seniority', operator: 'equals', value: 'vp', points: 5 },
    { id: 'd', field: 'companySize', operator: 'gte', value: '100', points: 10 },
    { id: 'e', field: 'industry', operator: 'oneOf', value: '', points: 50 },
  ],
  engagement: [
    { id: 'x', behaviour: 'Demo', points: 30, capPerPeriod: 30, capPeriod: 'month' },
    { id: 'y', behaviour: 'Pricing', points: 10, capPerPeriod: 20, capPeriod: 'month' },
  ],
  negative: [],
  decay: { kind: 'none' },
  mqlThreshold: 40,
  minimumFit: null,
  minimumEngagement: null,
};

describe('limits and grid', () => {
  it('counts one value per field for equals criteria and skips rows without a value', () => {
    expect(maxFit(model)).toBe(25 + 10);
    expect(maxEngagement(model)).toBe(50);
    expect(maxTotal(model)).toBe(85);
    expect(
      maxEngagement({
        engagement: [...model.engagement, { id: 'z', behaviour: 'Visit', points: 1, capPerPeriod: null, capPeriod: 'month' as const }],
      }),
    ).toBe(Infinity);
    expect(
      engagementReference({
        engagement: [...model.engagement, { id: 'z', behaviour: 'Visit', points: 1, capPerPeriod: null, capPeriod: 'month' as const }],
      }),
    ).toBe(51);
  });

  it('bands are thirds of the maximum, rounded up', () => {
    const bands = gridBands(model);
    expect(bands.fit).toEqual({ high: 24, medium: 12, reference: 35 });
    expect(bands.engagement).toEqual({ high: 34, medium: 17, reference: 50 });
    expect(gridCell(bands, 24, 16)).toEqual({ fit: 'A', engagement: '3' });
    expect(gridCell(bands, 12, 34)).toEqual({ fit: 'B', engagement: '1' });
    expect(gridCell(gridBands({ fit: [], engagement: [] }), 100, 100)).toEqual({ fit: 'C', engagement: '3' });
  });
});

describe('batch', () => {
  const leads = [
    {
      row: 2,
      label: 'a',
      lead: { ...emptyLead(), seniority: 'VP', companySize: 500, activities: [{ behaviour: 'x', times: 1, daysAgo: 0 }] },
    },
    { row: 3, label: 'b', lead: { ...emptyLead(), seniority: 'Director', activities: [{ behaviour: 'y', times: 1, daysAgo: 0 }] } },
    { row: 4, label: 'c', lead: emptyLead() },
    { row: 5, label: 'd', lead: { ...emptyLead(), seniority: 'Director', activities: [{ behaviour: 'x', times: 2, daysAgo: 0 }] } },
  ];

  it('counts MQLs and places every lead on the grid', () => {
    const s = scoreBatch(model, leads);
    expect(s).toMatchObject({ total: 4, mqls: 2, qualifyRate: 0.5 });
    expect(s.cells).toEqual({ A2: { leads: 1, mqls: 1 }, B3: { leads: 1, mqls: 0 }, C3: { leads: 1, mqls: 0 }, B2: { leads: 1, mqls: 1 } });
  });

  it('projects MQLs per month against the commitment, converting its period', () => {
    const c = (target: number | null, period: SlaCommitment['period']): SlaCommitment => ({
      id: 'c',
      party: 'marketing',
      kind: 'mqlVolume',
      target,
      withinDays: null,
      period,
      note: '',
      rhythm: null,
      level: null,
      atRisk: null,
      byDay: null,
      action: null,
      linkedTo: null,
    });
    expect(projectMqls(0.25, 400, c(180, 'month'))).toEqual({
      mqlsPerMonth: 100,
      commitment: { target: 180, period: 'month', perMonth: 180 },
      coverage: 100 / 180,
    });
    expect(projectMqls(0.25, 400, c(30, 'quarter')).commitment?.perMonth).toBe(10);
    expect(projectMqls(0.25, 400, c(12, 'week')).commitment?.perMonth).toBeCloseTo(52);
    expect(projectMqls(0.25, 400, c(null, 'month'))).toEqual({ mqlsPerMonth: 100, commitment: null, coverage: null });
    expect(projectMqls(0.25, 400, undefined).commitment).toBeNull();
  });
});
