import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { complianceRow, complianceRows, evaluations, missedInARow, statusOf, type LogSettings } from './status';
import { complianceTrend } from './trend';
import { measureFor } from './measure';
import { newCommitment } from '../sla/commitmentRules';
import { sampleWorkshop } from '../workshop/sample';
import type { SlaCommitment } from '../workshop/schema';
import type { Actual, CompliancePeriod } from '../workshop/steps/feedback';

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
const share = (part: number, of: number) => ({ part, of });
/** February 2027 starts on a Monday and has 28 days: four Monday weeks make it up exactly. */
const FEB_WEEKS = ['2027-02-01', '2027-02-08', '2027-02-15', '2027-02-22'];
const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe('compliance status', () => {
  it('is met from the met point, at risk from the at-risk point, missed below', () => {
    expect([
      statusOf(100, 100, 90),
      statusOf(130, 100, 90),
      statusOf(99.9, 100, 90),
      statusOf(90, 100, 90),
      statusOf(89.99, 100, 90),
      statusOf(0, 100, 90),
    ]).toEqual(['met', 'met', 'atRisk', 'atRisk', 'missed', 'missed']);
    expect([statusOf(95, 95, 80), statusOf(85, 95, 80)]).toEqual(['met', 'atRisk']);
  });

  it('compares volume, quality and rate with their targets, and time-limited kinds with their level of MQLs', () => {
    expect(measureFor(commitment({ kind: 'mqlVolume', target: 180 }))).toMatchObject({
      shape: 'count',
      target: 180,
      metAt: 100,
      atRiskAt: 90,
      scoreUnit: 'ofTarget',
    });
    expect(measureFor(commitment({ kind: 'leadQuality', target: 70 }))).toMatchObject({
      shape: 'share',
      part: 'accepted',
      whole: 'delivered',
      metAt: 100,
    });
    expect(measureFor(commitment({ kind: 'mqlToSqlRate', target: 38 }))).toMatchObject({
      shape: 'share',
      part: 'sqls',
      whole: 'delivered',
    });
    expect(measureFor(commitment({ kind: 'firstTouch', target: 24 }))).toMatchObject({
      shape: 'share',
      part: 'touchedInTime',
      whole: 'received',
      metAt: 90,
      atRiskAt: 80,
      scoreUnit: 'ofLeads',
    });
    expect(measureFor(commitment({ kind: 'qualifyBy', byDay: 'wednesday', level: 95, atRisk: 85 }))).toMatchObject({
      metAt: 95,
      atRiskAt: 85,
    });
  });
});

describe('levels: what a time-limited commitment promises (table)', () => {
  const touch = commitment({ id: 'touch', kind: 'firstTouch', target: 24 });
  const cases: [string, SlaCommitment, Actual, string | null][] = [
    ['88 % of MQLs touched within 24 h, level 90 → at risk', touch, share(88, 100), 'atRisk'],
    ['one late lead of fifty (98 %) → met', touch, share(49, 50), 'met'],
    ['45 of 50 (90 %) → met, exactly at the level', touch, share(45, 50), 'met'],
    ['79 % → missed, below the at-risk point', touch, share(79, 100), 'missed'],
    ['level 100 (every lead): one late lead → at risk', { ...touch, level: 100, atRisk: 90 }, share(49, 50), 'atRisk'],
    ['a migrated percentage (82 of 100) → at risk', touch, share(82, 100), 'atRisk'],
    [
      'quality 66 % accepted of a 70 % target (94 % of target) → at risk',
      commitment({ id: 'touch', kind: 'leadQuality', target: 70 }),
      share(66, 100),
      'atRisk',
    ],
    ['MQL→SQL 40 % of a 38 % target → met', commitment({ id: 'touch', kind: 'mqlToSqlRate', target: 38 }), share(40, 100), 'met'],
    ['nothing received → no status', touch, share(0, 0), null],
  ];
  it.each(cases)('%s', (_, c, actual, status) => {
    const [row] = complianceRows([c], [period('jan', '2027-01-01', '2027-01-31', { touch: actual })], monthly);
    expect(row!.cells[0]!.status).toBe(status);
  });

  it('88 % three months running is at risk three times, not missed three periods in a row', () => {
    const periods = ['2027-01', '2027-02', '2027-03'].map((m) => period(m, `${m}-01`, addDays(`${m}-28`, 0), { touch: share(88, 100) }));
    const row = complianceRow(touch, periods, monthly);
    expect(row.evaluations.map((e) => e.status)).toEqual(['atRisk', 'atRisk', 'atRisk']);
    expect(row.missedInARow).toBe(0);
  });
});

describe('each commitment is judged in its own period', () => {
  const weeklyVolume = commitment({ id: 'v', kind: 'mqlVolume', target: 50, period: 'week' });
  const monthlyVolume = commitment({ id: 'v', kind: 'mqlVolume', target: 200, period: 'month' });

  it('a weekly 50 in a monthly log converts the target into the month (not 330–384 % met)', () => {
    const [feb, jan] = [period('feb', '2027-02-01', '2027-02-28', { v: 200 }), period('jan', '2027-01-01', '2027-01-31', { v: 200 })];
    const e = evaluations(weeklyVolume, [jan, feb], monthly);
    expect(e[0]!.expected).toBeCloseTo((50 * 31) / 7);
    expect(e[1]!.expected).toBeCloseTo(200);
    expect(e.map((x) => x.status)).toEqual(['atRisk', 'met']);
    expect(e[1]!.score).toBeCloseTo(100);
  });

  it('a monthly 200 in a weekly log adds the weeks up into the month (not 25 % missed)', () => {
    const weeks = FEB_WEEKS.map((w) => period(w, w, addDays(w, 6), { v: 50 }));
    const row = complianceRow(monthlyVolume, weeks, weekly);
    expect(row.evaluations).toHaveLength(1);
    expect(row.evaluations[0]).toMatchObject({ actual: 200, expected: 200, status: 'met', partial: false, periodIds: FEB_WEEKS });
    // The month's status sits on the week that completes it; the other weeks carry none.
    expect(row.cells.map((c) => c.status)).toEqual([null, null, null, 'met']);
  });

  it('two weeks of a month are judged so far, pro rata, and marked partial', () => {
    const weeks = FEB_WEEKS.slice(0, 2).map((w) => period(w, w, addDays(w, 6), { v: 90 }));
    expect(evaluations(monthlyVolume, weeks, weekly)[0]).toMatchObject({ actual: 180, expected: 100, status: 'met', partial: true });
  });

  it('refuses to judge a weekday deadline, or any share, from coarser totals, and says why', () => {
    const wednesday = commitment({ id: 'q', kind: 'qualifyBy', byDay: 'wednesday', period: 'week' });
    const rate = commitment({ id: 'r', kind: 'mqlToSqlRate', target: 38, period: 'week' });
    const feb = period('feb', '2027-02-01', '2027-02-28', { q: share(150, 160), r: share(60, 160) });
    expect(evaluations(wednesday, [feb], monthly)[0]).toMatchObject({
      status: null,
      reason: 'weekdayDeadlineFromTotals',
      actual: share(150, 160),
    });
    expect(evaluations(rate, [feb], monthly)[0]).toMatchObject({ status: null, reason: 'shareFromCoarserTotals' });
  });

  it('says why a period has no status', () => {
    const reason = (c: SlaCommitment, a: Actual | null) =>
      evaluations(c, [period('p', '2027-02-01', '2027-02-28', { [c.id]: a })], monthly)[0]!.reason;
    expect(reason(commitment({ id: 'x', kind: 'mqlVolume', target: null }), 100)).toBe('noTarget');
    expect(reason(commitment({ id: 'x', kind: 'firstTouch', target: 24, level: null }), share(1, 2))).toBe('noTarget');
    expect(reason(monthlyVolume, null)).toBe('notReported');
    expect(reason(commitment({ id: 'x', kind: 'firstTouch', target: 24 }), { part: 3, of: null })).toBe('incomplete');
    expect(reason(commitment({ id: 'x', kind: 'firstTouch', target: 24 }), share(5, 4))).toBe('partAboveWhole');
  });

  it('status is the same whether the same actuals are logged by week or by the month they make up', () => {
    const kinds = fc.constantFrom(
      'mqlVolume' as const,
      'leadQuality' as const,
      'mqlToSqlRate' as const,
      'firstTouch' as const,
      'qualifyBy' as const,
      'disposition' as const,
    );
    const week = fc
      .tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 }))
      .map(([a, b]) => ({ part: Math.min(a, b), of: Math.max(a, b) }));
    fc.assert(
      fc.property(
        kinds,
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 0, max: 99 }),
        fc.array(week, { minLength: 4, maxLength: 4 }),
        (kind, target, level, riskBelow, values) => {
          const c = commitment({
            id: 'c',
            kind,
            target: kind === 'mqlVolume' ? target : Math.min(target, 100),
            level: kind === 'mqlVolume' || kind === 'leadQuality' || kind === 'mqlToSqlRate' ? null : level,
            atRisk: Math.max(0, Math.min(riskBelow, level - 1)),
          });
          const actual = (v: { part: number; of: number }): Actual => (kind === 'mqlVolume' ? v.of : v);
          const weeks = FEB_WEEKS.map((w, i) => period(w, w, addDays(w, 6), { c: actual(values[i]!) }));
          const sum = values.reduce((s, v) => ({ part: s.part + v.part, of: s.of + v.of }), { part: 0, of: 0 });
          const month = period('feb', '2027-02-01', '2027-02-28', { c: actual(sum) });
          const [byWeek] = evaluations(c, weeks, weekly);
          const [byMonth] = evaluations(c, [month], monthly);
          expect(byWeek!.status).toBe(byMonth!.status);
          expect(byWeek!.reason).toBe(byMonth!.reason);
          if (byMonth!.score !== null) expect(byWeek!.score).toBeCloseTo(byMonth!.score, 9);
        },
      ),
    );
  });

  it('and the same whether a quarter is logged by its three months or as one quarter', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.array(fc.integer({ min: 0, max: 3000 }), { minLength: 3, maxLength: 3 }),
        (target, counts) => {
          const c = commitment({ id: 'c', kind: 'mqlVolume', target, period: 'quarter' });
          const months = [
            ['2027-01-01', '2027-01-31'],
            ['2027-02-01', '2027-02-28'],
            ['2027-03-01', '2027-03-31'],
          ].map(([s, e], i) => period(s!, s!, e!, { c: counts[i]! }));
          const quarter = period('q1', '2027-01-01', '2027-03-31', { c: counts.reduce((a, b) => a + b, 0) });
          expect(evaluations(c, months, monthly)[0]!.status).toBe(evaluations(c, [quarter], { ...monthly, logUnit: 'quarter' })[0]!.status);
        },
      ),
    );
  });
});

describe('the sample log', () => {
  it('reads per commitment, each in its own period, with trend and missed streak', () => {
    const w = sampleWorkshop();
    const rows = complianceRows(w.sla.commitments, [...w.feedback.periods].reverse(), {
      logUnit: w.feedback.logUnit,
      weekStartsOn: w.sla.weekStartsOn,
    });
    const by = (id: string) => rows.find((r) => r.commitment.id === id)!;
    const statuses = (id: string) => by(id).evaluations.map((e) => e.status);
    // 132 MQLs in January's four weeks against 155 × 28/31 = 140 expected: at risk.
    expect(statuses('c-volume')).toEqual(['atRisk', 'met', 'met']);
    expect(by('c-volume').evaluations[0]!.expected).toBeCloseTo(140);
    expect(statuses('c-weekly')).toHaveLength(12);
    expect(statuses('c-weekly').slice(0, 4)).toEqual(['missed', 'atRisk', 'atRisk', 'atRisk']);
    expect(statuses('c-quality')).toEqual(['met', 'atRisk', 'missed']);
    expect(by('c-quality').trend).toBe('worsening');
    expect(statuses('c-touch')).toEqual(['atRisk', 'atRisk', 'atRisk']);
    expect(by('c-touch').missedInARow).toBe(0);
    expect(by('c-touch').trend).toBe('improving');
    expect(statuses('c-disposition')).toEqual(['met', 'missed', 'missed']);
    expect(by('c-disposition').missedInARow).toBe(2);
    expect(statuses('c-qualify').filter((s) => s !== 'met')).toEqual(['atRisk']);
    expect(statuses('c-sqlrate')).toEqual(['met', 'atRisk', 'met']);
    expect(statuses('c-attempts')).toEqual(['met', 'met', 'met']);
  });
});

describe('missed in a row', () => {
  const cell = (status: 'met' | 'atRisk' | 'missed' | null) => ({ status });
  it('counts misses back from the latest judged period; a gap or another status ends the run', () => {
    expect(missedInARow(['met', 'missed', 'missed'].map((s) => cell(s as 'met')))).toBe(2);
    expect(missedInARow([cell('missed'), cell('missed'), cell(null)])).toBe(2);
    expect(missedInARow([cell('missed'), cell(null), cell('missed')])).toBe(1);
    expect(missedInARow([cell('missed'), cell('atRisk')])).toBe(0);
    expect(missedInARow([])).toBe(0);
  });
});

describe('compliance trend', () => {
  it('follows the least-squares slope over reported periods, flat under 2 points per period', () => {
    expect(complianceTrend([80, 85, 90])).toBe('improving');
    expect(complianceTrend([100, 95, 90])).toBe('worsening');
    expect(complianceTrend([92, 90, 92])).toBe('flat');
    expect(complianceTrend([90, 91])).toBe('flat');
    expect(complianceTrend([80, null, 90])).toBe('improving');
    expect(complianceTrend([80, null, null])).toBe('notEnoughData');
    expect(complianceTrend([])).toBe('notEnoughData');
    // One bad month after a good run is a worsening trend, not noise.
    expect(complianceTrend([100, 100, 100, 70])).toBe('worsening');
  });
});
