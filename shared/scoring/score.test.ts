import { describe, expect, it } from 'vitest';
import { emptyLead, type SampleLead } from './lead';
import { scoreLead, type ScoringModel } from './score';
import { parseAmount, matchCondition } from './conditions';

const model: ScoringModel = {
  fit: [
    { id: 'f1', field: 'title', operator: 'contains', value: 'Director', points: 15 },
    { id: 'f2', field: 'companySize', operator: 'gte', value: '200', points: 10 },
    { id: 'f3', field: 'industry', operator: 'oneOf', value: 'Software, Retail', points: 10 },
  ],
  engagement: [
    { id: 'e1', behaviour: 'Requested a demo', points: 30, capPerPeriod: 30 },
    { id: 'e2', behaviour: 'Opened an e-mail', points: 2, capPerPeriod: 10 },
    { id: 'e3', behaviour: 'Visited the pricing page', points: 10, capPerPeriod: null },
  ],
  negative: [
    { id: 'n1', kind: 'freeEmailDomain', field: 'emailDomain', operator: 'oneOf', value: 'gmail.com, yahoo.com', points: 20, veto: true },
    { id: 'n2', kind: 'custom', field: 'title', operator: 'contains', value: 'intern', points: 5, veto: false },
  ],
  decayPointsPerWeek: 5,
  mqlThreshold: 60,
  minimumFit: 20,
};

const lead = (p: Partial<SampleLead>): SampleLead => ({ ...emptyLead(), ...p });

describe('scoreLead', () => {
  it('adds matched fit and engagement points and explains each one', () => {
    const s = scoreLead(model, lead({ title: 'Marketing director', companySize: 450, industry: 'software', email: 'ana@acme.io', behaviours: { e1: 1, 'opened an E-MAIL': 12 } }));
    expect(s.fit).toBe(35);
    expect(s.engagement).toBe(40);
    expect(s.total).toBe(75);
    expect(s.isMql).toBe(true);
    expect(s.lines.map((l) => l.reason)).toEqual([
      "Title contains 'Director' +15",
      'Company size is at least 200 employees +10',
      'Industry is one of Software, Retail +10',
      'Requested a demo ×1 +30',
      'Opened an e-mail ×12 (2 each, capped at 10 per period) +10',
    ]);
    expect(s.checks.map((c) => c.text)).toEqual([
      'Total 75 reaches the threshold of 60 points.',
      'Fit 35 reaches the minimum fit of 20.',
      'No disqualifying criterion matched.',
    ]);
  });

  it('vetoes a free e-mail domain whatever the score, and says so', () => {
    const s = scoreLead(model, lead({ title: 'Director', companySize: 900, industry: 'Retail', email: 'Ana@Gmail.com', behaviours: { e1: 1, e3: 4 } }));
    expect(s.total).toBe(35 + 70 - 20);
    expect(s.isMql).toBe(false);
    expect(s.vetoed).toBe(true);
    expect(s.lines.find((l) => l.section === 'negative')?.reason).toBe('Free e-mail domain (gmail.com) −20, veto');
    expect(s.checks.find((c) => !c.met)?.text).toBe('Disqualified: Free e-mail domain (gmail.com).');
  });

  it('names how far a lead is from the threshold and the minimum fit', () => {
    const s = scoreLead(model, lead({ title: 'Marketing intern', behaviours: { e3: 2 } }));
    expect(s).toMatchObject({ fit: 0, engagement: 20, negative: 5, total: 15, isMql: false });
    expect(s.lines.at(-1)?.reason).toBe("Title contains 'intern' (Marketing intern) −5");
    expect(s.checks.filter((c) => !c.met).map((c) => c.text)).toEqual([
      'Total 15 is 45 short of the threshold of 60 points.',
      'Fit 0 is below the minimum fit of 20.',
    ]);
  });

  it('decays engagement per full week without activity, never below zero', () => {
    const active = scoreLead(model, lead({ behaviours: { e3: 3 }, daysSinceLastActivity: 20 }));
    expect(active).toMatchObject({ engagementBeforeDecay: 30, decay: 10, engagement: 20 });
    expect(active.lines.at(-1)?.reason).toBe('No activity for 20 days: 2 weeks × 5 decay −10');
    const quiet = scoreLead(model, lead({ behaviours: { e2: 1 }, daysSinceLastActivity: 70 }));
    expect(quiet).toMatchObject({ engagementBeforeDecay: 2, decay: 2, engagement: 0 });
    expect(quiet.lines.at(-1)?.reason).toContain('engagement stops at 0');
  });

  it('ignores criteria still being typed and a missing minimum fit', () => {
    const s = scoreLead({ ...model, minimumFit: null, fit: [{ id: 'x', field: 'industry', operator: 'equals', value: ' ', points: 50 }] }, lead({ industry: 'Software' }));
    expect(s.fit).toBe(0);
    expect(s.checks).toHaveLength(2);
  });
});

describe('conditions', () => {
  it('reads numbers the way people type them', () => {
    expect(parseAmount('1,000,000')).toBe(1_000_000);
    expect(parseAmount('12m')).toBe(12_000_000);
    expect(parseAmount('2.5k')).toBe(2500);
    expect(parseAmount('1 200')).toBe(1200);
    expect(parseAmount('big')).toBeNull();
  });

  it('compares text case-insensitively and numbers numerically', () => {
    const l = lead({ seniority: '  VP ', companySize: 200, email: 'x@Sub.Acme.COM' });
    expect(matchCondition(l, 'seniority', 'equals', 'vp').matched).toBe(true);
    expect(matchCondition(l, 'seniority', 'oneOf', 'Director, vp').matched).toBe(true);
    expect(matchCondition(l, 'companySize', 'lte', '200').matched).toBe(true);
    expect(matchCondition(l, 'companySize', 'gte', '201').matched).toBe(false);
    expect(matchCondition(l, 'companySize', 'equals', '200').matched).toBe(true);
    expect(matchCondition(l, 'emailDomain', 'equals', 'sub.acme.com')).toEqual({ matched: true, actual: 'sub.acme.com' });
    expect(matchCondition(l, 'annualRevenue', 'gte', '0').matched).toBe(false);
  });
});
