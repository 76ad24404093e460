import { describe, expect, it } from 'vitest';
import { newWorkshop } from '../factory';
import { sampleWorkshop } from '../sample';
import { starterModel } from '../../scoring/starterModel';
import type { Workshop } from '../schema';
import { qualifiedLeadGaps, qualifiedLeadStarted } from './qualifiedLead';

const messages = (w: Workshop) => qualifiedLeadGaps(w).map((g) => g.message);

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
    expect(messages(w).at(-1)).toBe('MQL threshold: no lead can reach 60 points with these criteria (maximum 0).');
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
      'MQL threshold: no lead can reach 60 points with these criteria (maximum 45).',
      'Minimum fit: no lead can reach 30 fit points with these criteria (maximum 25).',
    ]);
  });

  it('points at rows that cannot score yet, by number and field', () => {
    const w = newWorkshop();
    w.qualifiedLead = starterModel();
    w.qualifiedLead.fit[2]!.value = 'fifty';
    w.qualifiedLead.engagement[0]!.behaviour = ' ';
    w.qualifiedLead.sqlCriteria[1]!.label = '';
    const gaps = qualifiedLeadGaps(w);
    expect(gaps.map((g) => g.message)).toEqual([
      'Fit criterion 3 (Company size): enter a number for “is between”, e.g. 200 or 10m.',
      'Engagement criterion 1: name the behaviour.',
      'Negative criterion 1 (competitor): list your competitors’ e-mail domains, or remove the row.',
      'SQL criterion 2: name it (e.g. Budget).',
    ]);
    expect(gaps[0]!.field).toBe(`ql-fit-${w.qualifiedLead.fit[2]!.id}-value`);
  });

  it('counts as started once the room chose to start, even with nothing kept', () => {
    const w = newWorkshop();
    w.qualifiedLead.started = true;
    expect(qualifiedLeadStarted(w)).toBe(true);
  });
});
