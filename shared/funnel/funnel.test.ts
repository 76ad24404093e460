import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleWorkshop } from '../workshop/sample';
import type { FunnelInputs } from '../workshop/steps/sla';
import { defaultFunnelInputs, diagramRates, ratesDifferingFromDiagram } from './defaults';
import { ceilStage, chainFor, funnelErrors, mqlsFor, reverseFunnel } from './funnel';

const northwind: FunnelInputs = {
  revenueGoal: 6_000_000,
  period: 'year',
  marketingShare: 0.5,
  averageDealSize: 25_000,
  winRate: 0.28,
  sqlToOpportunity: 0.6,
  salToSql: 0.55,
  mqlToSal: 0.7,
  salesReps: 6,
  workingDaysPerMonth: 22,
  paceDay: 10,
};

const ok = (i: FunnelInputs) => {
  const r = reverseFunnel(i);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join(' '));
  return r.result;
};

describe('reverse funnel', () => {
  it('works back from revenue to MQLs, rounding up at every stage', () => {
    const r = ok(northwind);
    // 6M × 0.5 / 25k = 120 deals; ⌈120/0.28⌉ = 429; ⌈429/0.6⌉ = 715; ⌈715/0.55⌉ = 1300; ⌈1300/0.7⌉ = 1858
    expect(r.perPeriod).toEqual({ deals: 120, opportunities: 429, sqls: 715, sals: 1300, mqls: 1858 });
    // per month: 500k → 10 deals; ⌈35.7⌉ = 36; 60; ⌈109.1⌉ = 110; ⌈157.1⌉ = 158
    expect(r.perMonth).toEqual({ deals: 10, opportunities: 36, sqls: 60, sals: 110, mqls: 158 });
    expect(r.perWeek.mqls).toBe(50);
    expect(r.perRepPerMonth).toEqual({ deals: 2, opportunities: 6, sqls: 10, sals: 19, mqls: 27 });
    expect(r.pacing).toEqual({ day: 10, workingDays: 22, expectedMqls: 72 });
    expect([mqlsFor(r, 'week', northwind), mqlsFor(r, 'month', northwind), mqlsFor(r, 'quarter', northwind)]).toEqual([50, 158, 474]);
  });

  it('gives the pacing of the issue: by day 10 of 22 working days, 182 of 400 MQLs', () => {
    const r = ok({ ...northwind, period: 'month', revenueGoal: 400 * 1000, marketingShare: 1, averageDealSize: 1000, winRate: 1, sqlToOpportunity: 1, salToSql: 1, mqlToSal: 1 });
    expect(r.perMonth.mqls).toBe(400);
    expect(r.pacing.expectedMqls).toBe(182);
  });

  it('is not fooled by floating-point noise at a whole number', () => {
    expect(100 * 0.07).not.toBe(7); // 7.000000000000001 in binary floating point
    expect(chainFor(100, { m: 0.07, A: 1, w: 1, s: 1, a: 1, q: 1 }).deals).toBe(7);
    expect(ceilStage(12.000000001)).toBe(13);
    expect(ceilStage(0.1 + 0.2 + 0.7)).toBe(1);
  });

  it('never shrinks a stage going backwards, and every stage covers the one after it at its rate', () => {
    const rate = fc.double({ min: 0.01, max: 1, noNaN: true });
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e9, noNaN: true }), fc.double({ min: 1, max: 1e6, noNaN: true }), rate, rate, rate, rate, rate, (R, A, m, w, s, a, q) => {
        const c = chainFor(R, { m, A, w, s, a, q });
        expect(c.opportunities).toBeGreaterThanOrEqual(c.deals);
        expect(c.sqls).toBeGreaterThanOrEqual(c.opportunities);
        expect(c.sals).toBeGreaterThanOrEqual(c.sqls);
        expect(c.mqls).toBeGreaterThanOrEqual(c.sals);
        expect(c.opportunities * w).toBeGreaterThanOrEqual(c.deals * (1 - 1e-9));
        expect(c.mqls * q).toBeGreaterThanOrEqual(c.sals * (1 - 1e-9));
        expect(Number.isInteger(c.mqls)).toBe(true);
      }),
    );
  });

  it('refuses rates outside (0, 1] and non-positive amounts, naming the field', () => {
    const errors = funnelErrors({ ...northwind, winRate: 0, salToSql: 1.2, revenueGoal: -5, averageDealSize: null, salesReps: null });
    expect(errors).toEqual([
      { field: 'revenueGoal', message: 'Revenue goal must be a positive amount, not -5.' },
      { field: 'averageDealSize', message: 'Average deal size is missing: enter a positive amount.' },
      { field: 'winRate', message: 'Win rate (opportunity → won) must be above 0 % and at most 100 %, not 0 %.' },
      { field: 'salToSql', message: 'SAL → SQL rate must be above 0 % and at most 100 %, not 120 %.' },
    ]);
    expect(reverseFunnel({ ...northwind, mqlToSal: Number.NaN })).toMatchObject({ ok: false, errors: [{ field: 'mqlToSal' }] });
    expect(funnelErrors({ ...northwind, marketingShare: 1 })).toEqual([]);
    expect(funnelErrors({ ...northwind, paceDay: 23 })).toEqual([{ field: 'paceDay', message: 'Pacing day must be a working day from 1 to 22.' }]);
    expect(ok({ ...northwind, salesReps: null }).perRepPerMonth).toBeNull();
  });
});

describe('calculator defaults', () => {
  it('start from the step-2 revenue goal and the step-4 diagram rates', () => {
    const w = sampleWorkshop();
    expect(diagramRates(w.leadProcess)).toEqual({ winRate: 0.28, sqlToOpportunity: 0.6, salToSql: 0.55, mqlToSal: 0.7 });
    expect(defaultFunnelInputs(w)).toMatchObject({ revenueGoal: 6_000_000, period: 'year', winRate: 0.28, mqlToSal: 0.7, averageDealSize: null });
  });

  it('mark the rates that differ from the diagram', () => {
    const w = sampleWorkshop();
    expect(ratesDifferingFromDiagram(northwind, w.leadProcess)).toEqual([]);
    expect(ratesDifferingFromDiagram({ ...northwind, winRate: 0.3, mqlToSal: null }, w.leadProcess)).toEqual(['winRate']);
  });
});
