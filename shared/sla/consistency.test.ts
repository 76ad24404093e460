import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
// The sample as schemaVersion 3 saved it, signed with 158 a month and 50 every Monday (a fixture that never changes).
import signedSampleV3 from '../../test/fixtures/workshop-v3.json?raw';
import { mqlsFor, reverseFunnel } from '../funnel/funnel';
import { parseWorkshopFile } from '../workshop/file';
import { sampleWorkshop } from '../workshop/sample';
import { verifyAuditChain } from './audit';
import { consistencyIssues, consistencyLink, volumesAgree } from './consistency';
import { contentHash } from './content';
import { freezeSla } from './versions';
import { commitment, issueSample, metric } from './testWorkshops';

describe('the consistency check before freezing', () => {
  it('lists the sample’s 158 a month against 50 every Monday (≈ 217 a month), and its metric at 180 a month', () => {
    const issues = consistencyIssues(issueSample());
    expect(issues).toEqual([
      {
        code: 'volumeMismatch',
        first: { commitmentId: 'c-volume', position: 1, target: 158, period: 'month' },
        second: { commitmentId: 'c-weekly', position: 3, target: 50, period: 'week' },
        secondInFirstPeriod: 216.67,
      },
      {
        code: 'metricTargetMismatch',
        metricId: 'm-volume',
        metricName: 'MQL volume',
        metricTarget: 180,
        metricPeriod: 'month',
        metricInCommitmentPeriod: 180,
        commitment: { commitmentId: 'c-volume', position: 1, target: 158, period: 'month' },
        commitmentKind: 'mqlVolume',
        compared: 'target',
        level: null,
      },
    ]);
    // Each links to the field that fixes it, as step gaps do.
    expect(issues.map(consistencyLink)).toEqual([
      { step: 'sla', field: 'commitment-c-weekly-target' },
      { step: 'metrics', field: 'metric-m-volume-target' },
    ]);
  });

  it('finds the same disagreements in the sample file signed before this check existed', () => {
    const parsed = parseWorkshopFile(signedSampleV3);
    if (!parsed.ok) throw new Error(parsed.error);
    const issues = consistencyIssues(parsed.workshop);
    expect(issues.find((i) => i.code === 'volumeMismatch')).toMatchObject({
      first: { target: 158, period: 'month' },
      second: { target: 50, period: 'week' },
    });
    expect(issues.find((i) => i.code === 'metricTargetMismatch')).toMatchObject({ metricTarget: 180, commitment: { target: 158 } });
  });

  it('lets volumes rounded up from one yearly need agree, in any two periods, and nothing a lead further apart', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5_000_000 }), (yearly) => {
        const week = Math.ceil(yearly / 52);
        const month = Math.ceil(yearly / 12);
        const quarter = Math.ceil(yearly / 4);
        expect(volumesAgree(month, 'month', week, 'week')).toBe(true);
        expect(volumesAgree(quarter, 'quarter', week, 'week')).toBe(true);
        expect(volumesAgree(yearly, 'year', month, 'month')).toBe(true);
        // A lead or more apart in the shorter period is a different commitment.
        expect(volumesAgree(month, 'month', Math.ceil((month * 12) / 52 + 1), 'week')).toBe(false);
        expect(volumesAgree(Math.ceil(((week + 1) * 52) / 12), 'month', week, 'week')).toBe(false);
      }),
    );
    expect(volumesAgree(50, 'week', 217, 'month')).toBe(true);
    expect(volumesAgree(50, 'week', 200, 'month')).toBe(false);
  });

  it('compares a scoreboard target with what its commitment says: the % and hours as typed, a time limit with its compliance level', () => {
    const w = issueSample();
    w.sla.commitments = [
      commitment({ id: 'c-quality', party: 'marketing', kind: 'leadQuality', target: 70, period: 'month' }),
      commitment({ id: 'c-touch', party: 'sales', kind: 'firstTouch', target: 24, period: 'month', level: 90 }),
      commitment({ id: 'c-attempts', party: 'sales', kind: 'followUpAttempts', target: 6, withinDays: 10, period: 'month', level: 90 }),
    ];
    w.metrics.metrics = [
      metric({ id: 'm-acc', name: 'Acceptance rate', kind: 'acceptanceRate', target: 65, commitmentId: 'c-quality' }),
      metric({
        id: 'm-touch',
        name: 'Time to first touch',
        kind: 'timeToFirstTouch',
        target: 24,
        frequency: 'weekly',
        commitmentId: 'c-touch',
      }),
      metric({ id: 'm-att', name: 'All attempts in time', kind: 'followUpCompletion', target: 100, commitmentId: 'c-attempts' }),
    ];
    expect(
      consistencyIssues(w).map((i) => (i.code === 'metricTargetMismatch' ? [i.metricId, i.compared, i.metricTarget, i.level] : i.code)),
    ).toEqual([
      ['m-acc', 'target', 65, null],
      ['m-att', 'level', 100, 90],
    ]);
    w.metrics.metrics[0]!.target = 70;
    w.metrics.metrics[2]!.target = 90;
    expect(consistencyIssues(w)).toEqual([]);
  });

  it('converts a volume target of another period before comparing, and never compares a daily one', () => {
    const w = issueSample();
    w.sla.commitments = [commitment({ id: 'c-volume', party: 'marketing', kind: 'mqlVolume', target: 158, period: 'month' })];
    w.metrics.metrics = [metric({ id: 'm-w', kind: 'stageVolume', target: 37, period: 'week', commitmentId: 'c-volume' })];
    expect(consistencyIssues(w)).toEqual([]);
    w.metrics.metrics[0]!.target = 30;
    expect(consistencyIssues(w)).toMatchObject([{ code: 'metricTargetMismatch', metricInCommitmentPeriod: 130, metricPeriod: 'week' }]);
    w.metrics.metrics[0] = metric({ id: 'm-d', kind: 'stageVolume', target: 3, frequency: 'daily', commitmentId: 'c-volume' });
    expect(consistencyIssues(w)).toEqual([]);
  });

  it('flags a calculator appendix that no longer matches the commitment it fed, or has none left', () => {
    const w = issueSample();
    w.sla.commitments = [commitment({ id: 'c-volume', party: 'marketing', kind: 'mqlVolume', target: null, period: 'month' })];
    w.metrics.metrics = [metric({ id: 'm-volume', kind: 'stageVolume', target: null, period: 'month', commitmentId: 'c-volume' })];
    w.sla.calculator = structuredClone(sampleWorkshop().sla.calculator) ?? {
      inputs: {
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
      },
      usedAt: null,
    };
    const outcome = reverseFunnel(w.sla.calculator.inputs);
    if (!outcome.ok) throw new Error('the sample calculator computes');
    const fed = mqlsFor(outcome.result, 'month');
    // "Use in SLA": the commitment takes the calculator's figure.
    w.sla.commitments[0]!.target = fed;
    w.metrics.metrics[0]!.target = fed;
    w.sla.calculator.usedAt = '2026-12-03T10:55:00.000Z';
    expect(consistencyIssues(w)).toEqual([]);
    // Then the room types another number: the appendix would still print the calculator's.
    w.sla.commitments[0]!.target = fed + 20;
    w.metrics.metrics[0]!.target = fed + 20;
    expect(consistencyIssues(w)).toEqual([
      {
        code: 'calculatorMismatch',
        commitment: { commitmentId: 'c-volume', position: 1, target: fed + 20, period: 'month' },
        calculated: fed,
      },
    ]);
    w.sla.commitments = [];
    expect(consistencyIssues(w)).toEqual([{ code: 'calculatorOrphan' }]);
  });

  it('lists a commitment nothing on the scoreboard measures; a weekly MQL volume is measured with the monthly one', () => {
    const w = issueSample();
    w.sla.commitments[2]!.target = 37; // agrees with 158 a month
    w.metrics.metrics[0]!.target = 158;
    w.sla.commitments.push(commitment({ id: 'c-touch', party: 'sales', kind: 'firstTouch', target: 24, period: 'month', level: 90 }));
    expect(consistencyIssues(w)).toEqual([
      { code: 'unmeasuredCommitment', commitmentId: 'c-touch', position: 4, commitmentKind: 'firstTouch' },
    ]);
    expect(consistencyLink(consistencyIssues(w)[0]!)).toEqual({ step: 'metrics', field: 'metrics' });
  });
});

describe('freezing with disagreements left', () => {
  const at = new Date('2026-12-03T11:00:00Z');

  it('is refused without an override, naming each disagreement, and nothing is recorded', () => {
    const w = issueSample();
    expect(() => freezeSla(w, at)).toThrow(
      /Commitment 1 \(158 per month\) and commitment 3 \(50 per week, ≈ 216\.67 per month\) disagree\..*Metric “MQL volume” targets 180 per month/,
    );
    expect(w.sla.versions).toEqual([]);
    expect(w.sla.frozen).toBe(false);
    const accepted = consistencyIssues(w);
    expect(() => freezeSla(w, at, { accepted, reason: '   ' })).toThrow('Reason: say why the room signs with these differences.');
    // An override for other numbers does not cover these.
    expect(() => freezeSla(w, at, { accepted: accepted.slice(1), reason: 'Pilot' })).toThrow(/Commitment 1 \(158 per month\)/);
    expect(w.sla.versions).toEqual([]);
  });

  it('with the room’s override, records every disagreement and the reason in the signed content and in the audit trail', () => {
    const w = issueSample();
    const accepted = consistencyIssues(w);
    const reason = 'The weekly rhythm is a stretch goal for the pilot; the scoreboard is corrected after the first review.';
    const v = freezeSla(w, at, { accepted, reason });
    expect(v.content.overrides).toEqual({ issues: accepted, reason });
    // The override is part of what is signed: its fingerprint covers it.
    expect(v.contentHash).toBe(contentHash(v.content));
    expect(contentHash({ ...v.content, overrides: undefined })).not.toBe(v.contentHash);
    const frozen = w.sla.audit.find((e) => e.type === 'frozen')!;
    expect(frozen.detail).toBe(
      `Version 1 frozen for signature; known differences accepted (volumeMismatch, metricTargetMismatch): ${reason}`,
    );
    expect(verifyAuditChain(w.sla.audit, w.sla.versions).ok).toBe(true);
  });

  it('records no override when the numbers agree', () => {
    const w = issueSample();
    w.sla.commitments[2]!.target = 37;
    w.metrics.metrics[0]!.target = 158;
    const v = freezeSla(w, at, { accepted: [], reason: 'not needed' });
    expect(v.content.overrides).toBeUndefined();
    expect(w.sla.audit.find((e) => e.type === 'frozen')!.detail).toBe('Version 1 frozen for signature');
  });
});
