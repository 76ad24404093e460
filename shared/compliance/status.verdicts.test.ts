import { describe, expect, it } from 'vitest';
import { newCommitment } from '../sla/commitmentRules';
import type { SlaCommitment } from '../workshop/schema';
import type { Actual, CompliancePeriod } from '../workshop/steps/feedback';
import { AMEND_AFTER_MISSES, complianceRow, evaluations, statusOf, type LogSettings } from './status';

/** The status a facilitator reads in the compliance log, at the edges the tables above do not reach. */

const commitment = (c: Pick<SlaCommitment, 'kind'> & Partial<SlaCommitment>): SlaCommitment =>
  newCommitment(
    { party: c.kind === 'mqlVolume' || c.kind === 'leadQuality' ? 'marketing' : 'sales', period: 'month', ...c },
    () => c.id ?? c.kind,
  );
const monthly: LogSettings = { logUnit: 'month', weekStartsOn: 'monday' };
const weekly: LogSettings = { logUnit: 'week', weekStartsOn: 'monday' };
const period = (id: string, start: string, end: string, actuals: Record<string, Actual | null>): CompliancePeriod => ({
  id,
  label: id,
  start,
  end,
  actuals,
});
const volume = commitment({ id: 'v', kind: 'mqlVolume', target: 200, period: 'month' });

describe('a status at its threshold', () => {
  it('forgives only floating-point noise below the met and at-risk points, not a real shortfall', () => {
    expect(statusOf(100 - 1e-12, 100, 90)).toBe('met');
    expect(statusOf(100 - 1e-6, 100, 90)).toBe('atRisk');
    expect(statusOf(90 - 1e-12, 100, 90)).toBe('atRisk');
    expect(statusOf(90 - 1e-6, 100, 90)).toBe('missed');
  });
});

describe('what a period is judged from', () => {
  it('does not judge a volume from a period that has a share typed in it, and says it is incomplete', () => {
    const weeks = [
      period('w1', '2027-02-01', '2027-02-07', { v: 120 }),
      period('w2', '2027-02-08', '2027-02-14', { v: { part: 3, of: 4 } }),
    ];
    expect(evaluations(volume, weeks, weekly)[0]).toMatchObject({ status: null, reason: 'incomplete', actual: 120 });
  });

  it('adds up only the weeks that reported, and names them; a month with no report names all its weeks', () => {
    const weeks = [
      period('w1', '2027-02-01', '2027-02-07', { v: 60 }),
      period('w2', '2027-02-08', '2027-02-14', { v: null }),
      period('w3', '2027-02-15', '2027-02-21', {}),
      period('w4', '2027-02-22', '2027-02-28', { v: 60 }),
    ];
    const [e] = evaluations(volume, weeks, weekly);
    expect(e).toMatchObject({ periodIds: ['w1', 'w4'], start: '2027-02-01', end: '2027-02-28', actual: 120, expected: 100, partial: true });
    expect(e!.score).toBeCloseTo(120);
    expect(e!.status).toBe('met');
    const silent = weeks.map((p) => ({ ...p, actuals: {} }));
    expect(evaluations(volume, silent, weekly)[0]).toMatchObject({
      periodIds: ['w1', 'w2', 'w3', 'w4'],
      actual: null,
      expected: null,
      score: null,
      reason: 'notReported',
      partial: false,
    });
  });

  it('calls three of four weeks partial, and four weeks of a 31-day month whole', () => {
    const jan = ['2027-01-04', '2027-01-11', '2027-01-18', '2027-01-25'].map((d, i) =>
      period(`j${i}`, d, new Date(Date.parse(`${d}T00:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10), { v: 50 }),
    );
    const whole = evaluations(volume, jan, weekly)[0]!;
    expect(whole).toMatchObject({ partial: false, status: 'met', actual: 200 });
    expect(whole.expected).toBeCloseTo((200 * 28) / 31);
    expect(evaluations(volume, jan.slice(0, 3), weekly)[0]).toMatchObject({ partial: true });
    // A monthly log of a monthly commitment is never partial.
    expect(evaluations(volume, [period('feb', '2027-02-01', '2027-02-28', { v: 10 })], monthly)[0]).toMatchObject({
      partial: false,
      status: 'missed',
    });
  });

  it('skips a period whose end is before its start', () => {
    const log = [period('bad', '2027-02-28', '2027-02-01', { v: 500 }), period('mar', '2027-03-01', '2027-03-31', { v: 200 })];
    expect(evaluations(volume, log, monthly).map((e) => e.periodIds)).toEqual([['mar']]);
  });

  it('has no target for a volume of zero', () => {
    const zero = commitment({ id: 'z', kind: 'mqlVolume', target: 0 });
    expect(evaluations(zero, [period('feb', '2027-02-01', '2027-02-28', { z: 10 })], monthly)[0]).toMatchObject({
      status: null,
      reason: 'noTarget',
    });
  });

  it('judges a share against its target as a percentage of that target', () => {
    const quality = commitment({ id: 'q', kind: 'leadQuality', target: 80 });
    const [e] = evaluations(quality, [period('feb', '2027-02-01', '2027-02-28', { q: { part: 60, of: 100 } })], monthly);
    expect(e).toMatchObject({ score: 75, status: 'missed', expected: null });
  });

  it('keeps "not reported" for a share in a coarser log, rather than blaming the totals', () => {
    const rate = commitment({ id: 'r', kind: 'mqlToSqlRate', target: 38, period: 'week' });
    expect(evaluations(rate, [period('feb', '2027-02-01', '2027-02-28', {})], monthly)[0]).toMatchObject({ reason: 'notReported' });
    // A weekday deadline without a weekday is a share like any other.
    const anyDay = commitment({ id: 'q', kind: 'qualifyBy', byDay: null, period: 'week' });
    expect(evaluations(anyDay, [period('feb', '2027-02-01', '2027-02-28', { q: { part: 1, of: 2 } })], monthly)[0]).toMatchObject({
      reason: 'shareFromCoarserTotals',
    });
  });
});

describe('the compliance row', () => {
  it('shows what was typed in every period and the status on the one that closes a month', () => {
    const weeks = [period('w1', '2027-02-01', '2027-02-07', { v: 250 }), period('w2', '2027-02-08', '2027-02-14', {})];
    const row = complianceRow(volume, weeks, weekly);
    expect(row.cells).toEqual([
      { periodId: 'w1', actual: 250, evaluation: row.evaluations[0], percentOfTarget: 500, status: 'met' },
      { periodId: 'w2', actual: null, evaluation: null, percentOfTarget: null, status: null },
    ]);
    expect(row.measure).toMatchObject({ shape: 'count', target: 200 });
  });

  it('proposes an amendment after two misses in a row', () => {
    expect(AMEND_AFTER_MISSES).toBe(2);
  });
});
