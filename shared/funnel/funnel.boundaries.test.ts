import { describe, expect, it } from 'vitest';
import type { FunnelInputs } from '../workshop/steps/sla';
import {
  ceilStage,
  FUNNEL_FIELD_LABEL,
  funnelErrors,
  MAX_AMOUNT,
  MAX_SALES_REPS,
  MIN_AMOUNT,
  MIN_RATE,
  MQL_CEILING,
  reverseFunnel,
} from './funnel';

/** Where the calculator stops accepting a typed value: each bound itself is allowed, one step past it is refused. */

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

const refusals = (change: Partial<FunnelInputs>) => funnelErrors({ ...northwind, ...change });

describe('the calculator accepts each bound and refuses one step past it, naming the field', () => {
  it('amounts: from 1 to a trillion', () => {
    for (const field of ['revenueGoal', 'averageDealSize'] as const) {
      expect(refusals({ [field]: MIN_AMOUNT })).toEqual([]);
      expect(refusals({ [field]: MAX_AMOUNT })).toEqual([]);
      const small = refusals({ [field]: 0.5 });
      expect(small).toEqual([
        { field, code: 'tooSmall', limit: MIN_AMOUNT, message: `${FUNNEL_FIELD_LABEL[field]} must be at least 1, not 0.5.` },
      ]);
      const large = refusals({ [field]: MAX_AMOUNT + 1 });
      expect(large).toEqual([
        {
          field,
          code: 'tooLarge',
          limit: MAX_AMOUNT,
          message: `${FUNNEL_FIELD_LABEL[field]} must be at most 1,000,000,000,000, not 1,000,000,000,001.`,
        },
      ]);
      expect(refusals({ [field]: 0.123 })[0]?.message).toBe(`${FUNNEL_FIELD_LABEL[field]} must be at least 1, not 0.12.`);
      expect(refusals({ [field]: 0 })).toMatchObject([{ field, code: 'notPositive' }]);
      expect(refusals({ [field]: -Infinity })[0]?.message).toBe(`${FUNNEL_FIELD_LABEL[field]} must be a finite amount, not -Infinity.`);
    }
  });

  it('rates: from 0.1 % to 100 %, each refusal naming its field and the value as a percentage', () => {
    expect(refusals({ winRate: MIN_RATE, mqlToSal: 1 })).toEqual([]);
    expect(refusals({ winRate: 0.000999 })).toEqual([
      {
        field: 'winRate',
        code: 'rateRange',
        limit: MIN_RATE,
        message: 'Win rate (opportunity → won) must be from 0.1 % to 100 %, not 0.0999 %.',
      },
    ]);
    expect(refusals({ marketingShare: 1.0001 })).toMatchObject([
      { field: 'marketingShare', code: 'rateRange', message: 'Share sourced by marketing must be from 0.1 % to 100 %, not 100.01 %.' },
    ]);
    expect(refusals({ mqlToSal: 0 })[0]?.message).toBe('MQL → SAL rate must be from 0.1 % to 100 %, not 0 %.');
    expect(refusals({ sqlToOpportunity: null })).toEqual([
      { field: 'sqlToOpportunity', code: 'missing', message: 'SQL → opportunity rate is missing: enter a rate from 0.1 % to 100 %.' },
    ]);
    expect(refusals({ salToSql: Number.NaN })).toEqual([
      { field: 'salToSql', code: 'notFinite', message: 'SAL → SQL rate must be a finite rate, not NaN.' },
    ]);
    expect(refusals({ revenueGoal: null })).toEqual([
      { field: 'revenueGoal', code: 'missing', message: 'Revenue goal is missing: enter a positive amount.' },
    ]);
  });

  it('sales reps: a whole number from 1 to 10,000, or none', () => {
    expect(refusals({ salesReps: 1 })).toEqual([]);
    expect(refusals({ salesReps: MAX_SALES_REPS })).toEqual([]);
    expect(refusals({ salesReps: null })).toEqual([]);
    expect(refusals({ salesReps: 0 })).toEqual([
      {
        field: 'salesReps',
        code: 'notWhole',
        limit: MAX_SALES_REPS,
        message: 'Number of sales reps must be a whole number from 1 to 10,000, not 0.',
      },
    ]);
    expect(refusals({ salesReps: MAX_SALES_REPS + 1 })).toMatchObject([{ field: 'salesReps', code: 'notWhole' }]);
    expect(refusals({ salesReps: 2.5 })).toMatchObject([{ field: 'salesReps', code: 'notWhole' }]);
  });

  it('working days: a whole number from 1 to 31; the pacing day from 1 to that number', () => {
    expect(refusals({ workingDaysPerMonth: 1, paceDay: 1 })).toEqual([]);
    expect(refusals({ workingDaysPerMonth: 31, paceDay: 31 })).toEqual([]);
    for (const workingDaysPerMonth of [0, 32, 21.5]) {
      expect(refusals({ workingDaysPerMonth })).toEqual([
        { field: 'workingDaysPerMonth', code: 'workingDays', message: 'Working days per month must be a whole number from 1 to 31.' },
      ]);
    }
    expect(refusals({ paceDay: 0 })).toEqual([
      { field: 'paceDay', code: 'paceDay', limit: 22, message: 'Pacing day must be a working day from 1 to 22.' },
    ]);
    expect(refusals({ paceDay: 2.5 })).toMatchObject([{ field: 'paceDay', code: 'paceDay' }]);
    expect(refusals({ paceDay: 22 })).toEqual([]);
  });

  it('lists every problem at once, in the order of the form', () => {
    const errors = refusals({ revenueGoal: null, mqlToSal: 2, salesReps: 0, workingDaysPerMonth: 40 });
    expect(errors.map((e) => e.field)).toEqual(['revenueGoal', 'mqlToSal', 'salesReps', 'workingDaysPerMonth']);
    expect(reverseFunnel({ ...northwind, revenueGoal: null })).toEqual({ ok: false, errors: refusals({ revenueGoal: null }) });
  });
});

describe('rounding up a stage', () => {
  it('absorbs floating-point noise only, never a real fraction, at any scale', () => {
    expect(ceilStage(7.000000000000001)).toBe(7);
    expect(ceilStage(6.9999999999999)).toBe(7);
    expect(ceilStage(7.0000001)).toBe(8);
    expect(ceilStage(3)).toBe(3);
    // At a large scale the tolerance is capped at a millionth: a third of a deal is still a deal.
    expect(ceilStage(56_833_333_333.33)).toBe(56_833_333_334);
    expect(ceilStage(2e12 + 0.000001)).toBe(2e12);
    expect(ceilStage(2e12 + 0.01)).toBe(2e12 + 1);
    expect(ceilStage(0.4)).toBe(1);
    // The tolerance grows with the figure up to a millionth: 10,000 and a twentieth of a millionth is 10,000.
    expect(ceilStage(10_000.00000005)).toBe(10_000);
    expect(ceilStage(1_000_000.0000005)).toBe(1_000_000);
    expect(ceilStage(10_000.0000005)).toBe(10_001);
    // Near zero the tolerance is 1e-11, itself included.
    expect(ceilStage(1e-11)).toBe(0);
    expect(ceilStage(2e-11)).toBe(1);
  });
});

describe('the MQL ceiling', () => {
  const allOnes = { ...northwind, marketingShare: 1, averageDealSize: 1, winRate: 1, sqlToOpportunity: 1, salToSql: 1, mqlToSal: 1 };
  it('flags a yearly need above ten million MQLs, not one at it', () => {
    const at = reverseFunnel({ ...allOnes, revenueGoal: MQL_CEILING });
    const above = reverseFunnel({ ...allOnes, revenueGoal: MQL_CEILING + 1 });
    expect(at.ok && at.result.yearly.mqls).toBe(MQL_CEILING);
    expect(at.ok && at.result.aboveCeiling).toBe(false);
    expect(above.ok && above.result.aboveCeiling).toBe(true);
  });

  it('divides each monthly stage over the reps, rounding up', () => {
    const r = reverseFunnel({ ...allOnes, period: 'month', revenueGoal: 100, salesReps: 3 });
    expect(r.ok && r.result.perRepPerMonth).toEqual({ deals: 34, opportunities: 34, sqls: 34, sals: 34, mqls: 34 });
  });
});
