import { describe, expect, it } from 'vitest';
import { complianceRows, missedInARow, statusOf, thresholdsProblem, type ComplianceCell } from './status';
import { complianceTrend } from './trend';
import { measureFor } from './measure';
import { sampleFeedback } from '../workshop/samples/feedback';
import { sampleWorkshop } from '../workshop/sample';
import type { SlaCommitment } from '../workshop/schema';

const t = { met: 100, atRisk: 90 };
const commitment = (kind: SlaCommitment['kind'], target: number | null): SlaCommitment => ({ id: kind, party: 'sales', kind, target, withinDays: 10, period: 'month', note: '', rhythm: null });

describe('compliance status', () => {
  it('is met from the met threshold, at risk from the at-risk threshold, missed below', () => {
    expect([statusOf(100, t), statusOf(130, t), statusOf(99.9, t), statusOf(90, t), statusOf(89.99, t), statusOf(0, t)]).toEqual(['met', 'met', 'atRisk', 'atRisk', 'missed', 'missed']);
    expect([statusOf(95, { met: 95, atRisk: 80 }), statusOf(85, { met: 95, atRisk: 80 })]).toEqual(['met', 'atRisk']);
    expect(thresholdsProblem({ met: 90, atRisk: 95 })).toMatch(/must not be above/);
    expect(thresholdsProblem(t)).toBeNull();
  });

  it('compares volume and quality with their own targets, and the in-time kinds with 100 % of leads', () => {
    expect(measureFor(commitment('mqlVolume', 180))).toMatchObject({ target: 180, isPercent: false });
    expect(measureFor(commitment('leadQuality', 70))).toMatchObject({ target: 70, isPercent: true });
    const touch = measureFor(commitment('firstTouch', 24));
    expect(touch).toMatchObject({ target: 100, actualLabel: '% of leads touched within 24 hours', targetLabel: '100 % of leads' });
    expect(measureFor(commitment('followUpAttempts', 6)).actualLabel).toBe('% of leads with all 6 attempts within 10 days');
    expect(measureFor(commitment('disposition', 14)).actualLabel).toBe('% of leads dispositioned within 14 days');
  });

  it('reads the sample log: per commitment, per period, with trend and missed streak', () => {
    const f = sampleFeedback();
    const rows = complianceRows(sampleWorkshop().sla.commitments, [...f.periods].reverse(), f.thresholds);
    const by = (id: string) => rows.find((r) => r.commitment.id === id)!;
    expect(by('c-volume').cells.map((c) => c.status)).toEqual(['atRisk', 'met', 'met']);
    expect(by('c-volume').cells[0]!.percentOfTarget).toBeCloseTo((165 / 180) * 100);
    expect(by('c-volume').trend).toBe('improving');
    expect(by('c-quality').cells.map((c) => c.status)).toEqual(['met', 'atRisk', 'missed']);
    expect(by('c-quality').trend).toBe('worsening');
    expect(by('c-touch').cells.map((c) => c.status)).toEqual(['missed', 'missed', 'missed']);
    expect(by('c-touch').missedInARow).toBe(3);
    expect(by('c-disposition').trend).toBe('flat');
    expect(by('c-quality').missedInARow).toBe(1);
  });

  it('leaves a cell without status when it is not reported or the commitment has no target', () => {
    const [row] = complianceRows([commitment('mqlVolume', null)], [{ id: 'p', label: 'Jan', start: '2027-01-01', end: '2027-01-31', actuals: { mqlVolume: 100 } }], t);
    expect(row!.cells[0]).toMatchObject({ actual: 100, percentOfTarget: null, status: null });
    const [row2] = complianceRows([commitment('mqlVolume', 100)], [{ id: 'p', label: 'Jan', start: '2027-01-01', end: '2027-01-31', actuals: {} }], t);
    expect(row2!.cells[0]).toMatchObject({ actual: null, status: null });
  });
});

describe('missed in a row', () => {
  const cell = (status: ComplianceCell['status']): ComplianceCell => ({ periodId: 'x', actual: status ? 1 : null, percentOfTarget: status ? 1 : null, status });
  it('counts misses back from the latest reported period; a gap or another status ends the run', () => {
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
