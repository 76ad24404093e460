import { describe, expect, it } from 'vitest';
import { newWorkshop } from '../factory';
import { sampleWorkshop } from '../sample';
import { starterModel } from '../../scoring/starterModel';
import type { Workshop } from '../schema';
import { qualifiedLeadGaps, qualifiedLeadStarted } from './qualifiedLead';

const messages = (w: Workshop) => qualifiedLeadGaps(w).map((g) => [g.code, g.values]);

describe('qualifiedLead step checks', () => {
  it('the sample model is complete and started', () => {
    const w = sampleWorkshop();
    expect(qualifiedLeadGaps(w)).toEqual([]);
    expect(qualifiedLeadStarted(w)).toBe(true);
  });

  it('an empty step needs fit, engagement and SQL criteria, and a reachable threshold', () => {
    const w = newWorkshop();
    expect(qualifiedLeadStarted(w)).toBe(false);
    expect(qualifiedLeadGaps(w).map((g) => g.field)).toEqual(['ql-fit', 'ql-engagement', 'ql-sql', 'ql-threshold']);
    expect(messages(w).at(-1)).toEqual(['threshold', { points: 60, max: 0 }]);
  });

  it('names the unreachable threshold and minimum fit with the maximum the criteria allow', () => {
    const w = newWorkshop();
    w.qualifiedLead = {
      ...starterModel(),
      fit: [{ id: 'f', field: 'industry', operator: 'equals', value: 'Software', points: 25 }],
      engagement: [{ id: 'e', behaviour: 'Requested a demo', points: 20, capPerPeriod: 20, capPeriod: 'month' }],
      minimumFit: 30,
    };
    w.qualifiedLead.negative = w.qualifiedLead.negative.filter((n) => n.kind !== 'competitor');
    expect(messages(w)).toEqual([
      ['threshold', { points: 60, max: 45 }],
      ['minimumFit', { points: 30, max: 25 }],
    ]);
  });

  it('points at rows that cannot score yet, by number and field', () => {
    const w = newWorkshop();
    w.qualifiedLead = starterModel();
    w.qualifiedLead.fit[2]!.value = 'fifty';
    w.qualifiedLead.engagement[0]!.behaviour = ' ';
    w.qualifiedLead.sqlCriteria[1]!.label = '';
    const gaps = qualifiedLeadGaps(w);
    expect(gaps.map((g) => [g.code, g.values])).toEqual([
      [
        'fitValue',
        { n: 3, field: { code: 'fitField.companySize' }, problem: { code: 'cond.number', values: { op: { code: 'op.between' } } } },
      ],
      ['engagementName', { n: 1 }],
      ['negativeValue', { n: 1, kind: { code: 'negKind.competitor' }, problem: { code: 'competitorHint' } }],
      ['sqlName', { n: 2 }],
    ]);
    expect(gaps[0]!.field).toBe(`ql-fit-${w.qualifiedLead.fit[2]!.id}-value`);
  });

  it('counts as started once the room chose to start, even with nothing kept', () => {
    const w = newWorkshop();
    w.qualifiedLead.started = true;
    expect(qualifiedLeadStarted(w)).toBe(true);
  });
});
