import { describe, expect, it } from 'vitest';
import { prefillMetrics } from './prefill';
import { scoreboardWarnings } from './warnings';
import { templateLikeProcess } from './fixtures';
import { sampleWorkshop } from '../workshop/sample';
import { defaultLeadProcessStep } from '../workshop/steps/leadProcess';
import { metricSchema } from '../workshop/steps/metrics';
import { metricsGaps } from '../workshop/stepChecks/metrics';
import { shortTemplate } from '../leadProcess/templates';
import type { SlaCommitment } from '../workshop/schema';

const ids = () => {
  let n = 0;
  return () => `m-${++n}`;
};
const lp = templateLikeProcess();
const commitment = (c: Pick<SlaCommitment, 'id' | 'party' | 'kind' | 'target' | 'period'> & Partial<SlaCommitment>): SlaCommitment => ({
  withinDays: null,
  note: '',
  rhythm: null,
  level: null,
  atRisk: null,
  byDay: null,
  action: null,
  linkedTo: null,
  ...c,
});
const COMMITMENTS: SlaCommitment[] = [
  commitment({ id: 'c-volume', party: 'marketing', kind: 'mqlVolume', target: 50, period: 'week' }),
  commitment({ id: 'c-quality', party: 'marketing', kind: 'leadQuality', target: 70, period: 'month' }),
  commitment({ id: 'c-touch', party: 'sales', kind: 'firstTouch', target: 24, period: 'month', level: 90 }),
  commitment({ id: 'c-attempts', party: 'sales', kind: 'followUpAttempts', target: 6, withinDays: 10, period: 'month', level: 85 }),
  commitment({
    id: 'c-qualify',
    party: 'sales',
    kind: 'qualifyBy',
    target: null,
    period: 'week',
    level: 90,
    byDay: 'wednesday',
    action: 'qualify',
    linkedTo: 'c-volume',
  }),
];
const byName = (ms: ReturnType<typeof prefillMetrics>, name: string) => ms.find((m) => m.name === name)!;

describe('prefillMetrics', () => {
  const metrics = prefillMetrics(lp, COMMITMENTS, { currency: 'EUR', yearlyRevenueGoal: 6_000_000, makeId: ids() });

  it('proposes a short scoreboard: a volume per stage and one metric per rate or commitment, not one per stage edge', () => {
    expect(metrics.map((m) => m.name)).toEqual([
      'Captured volume',
      'Nurture volume',
      'MQL volume',
      'SAL volume',
      'SQL volume',
      'Opportunity volume',
      'Won volume',
      'Lost volume',
      'MQL → SQL rate',
      'Acceptance rate (MQLs accepted by sales)',
      'Time to first touch',
      'Leads with all 6 attempts within 10 days',
      'Delivered MQLs qualified by Wednesday',
      'Velocity (days from capture to won)',
      'Win rate',
      'Revenue (closed-won)',
    ]);
    expect(metrics.length).toBeLessThan(23);
    expect(scoreboardWarnings(metrics, lp.stages, COMMITMENTS).stagesWithoutMetric).toEqual([]);
    for (const m of metrics) expect(metricSchema.safeParse(m).success).toBe(true);
  });

  it('the MQL volume targets what the volume commitment says, in its period, and the chain follows in that period', () => {
    expect(byName(metrics, 'MQL volume')).toMatchObject({
      target: 50,
      period: 'week',
      commitmentId: 'c-volume',
      unit: 'MQLs / week',
      frequency: 'weekly',
    });
    const target = (name: string) => byName(metrics, name).target;
    expect([target('SAL volume'), target('SQL volume'), target('Opportunity volume'), target('Won volume')]).toEqual([35, 21, 8, 2]);
    expect([target('Nurture volume'), target('Captured volume')]).toEqual([200, 250]);
  });

  it('sets targets only where a target means something: none for the volume of lost deals', () => {
    expect(byName(metrics, 'Lost volume').target).toBeNull();
    expect(metrics.filter((m) => m.target === null).map((m) => m.name)).toEqual(['Lost volume']);
    expect(metrics.some((m) => m.kind === 'pipelineValue')).toBe(false);
  });

  it('measures each time-limited commitment against its compliance level, linked to it', () => {
    const kind = (k: string) => metrics.find((m) => m.kind === k)!;
    expect(kind('acceptanceRate')).toMatchObject({ commitmentId: 'c-quality', target: 70 });
    expect(kind('timeToFirstTouch')).toMatchObject({ commitmentId: 'c-touch', target: 24, unit: 'hours' });
    expect(kind('followUpCompletion')).toMatchObject({ commitmentId: 'c-attempts', target: 85, unit: '% of leads' });
    expect(byName(metrics, 'Delivered MQLs qualified by Wednesday')).toMatchObject({
      kind: 'custom',
      commitmentId: 'c-qualify',
      target: 90,
      owner: 'sales',
    });
    expect(kind('mqlToSqlRate')).toMatchObject({ stageId: 's-mql', target: 42 }); // 70 % × 60 %
    expect(kind('winRate').target).toBe(25);
    expect(kind('revenue')).toMatchObject({ target: 500_000, period: 'month', unit: 'EUR' });
  });

  it('adds only what is missing, so a second prefill adds nothing', () => {
    expect(prefillMetrics(lp, COMMITMENTS, { existing: metrics, yearlyRevenueGoal: 6_000_000 })).toEqual([]);
    const withoutTwo = metrics.filter((m) => m.name !== 'SQL volume' && m.kind !== 'winRate');
    expect(
      prefillMetrics(lp, COMMITMENTS, { existing: withoutTwo, makeId: () => 'new', yearlyRevenueGoal: 6_000_000 }).map((m) => m.name),
    ).toEqual(['SQL volume', 'Win rate']);
    const renamed = metrics.map((m) => ({ ...m, name: 'x', target: 1 }));
    expect(prefillMetrics(lp, COMMITMENTS, { existing: renamed, yearlyRevenueGoal: 6_000_000 })).toEqual([]);
  });

  it('reads the short template by role: its SQL rate is the win rate', () => {
    const short = prefillMetrics(shortTemplate(ids()), [], { makeId: ids() });
    expect(short.find((m) => m.kind === 'winRate')?.target).toBe(20);
    expect(short.find((m) => m.kind === 'acceptanceRate')).toBeUndefined(); // no SAL stage: nothing to accept
  });

  it('with no lead process yet, offers nothing it cannot give a target', () => {
    expect(prefillMetrics(defaultLeadProcessStep(), [], { makeId: ids() })).toEqual([]);
  });
});

describe('the sample scoreboard', () => {
  it('is what prefill makes of the sample, and marks step 8 done without a gap', () => {
    const w = sampleWorkshop();
    const again = prefillMetrics(w.leadProcess, w.sla.commitments, {
      currency: w.goals.currency,
      yearlyRevenueGoal: 6_000_000,
      makeId: ids(),
    });
    expect(again.map((m) => [m.kind, m.name, m.target, m.period])).toEqual(
      w.metrics.metrics.map((m) => [m.kind, m.name, m.target, m.period]),
    );
    expect(metricsGaps(w)).toEqual([]);
    expect(metricsGaps({ ...w, metrics: { metrics: [] } })).not.toEqual([]);
    const volume = w.sla.commitments.find((c) => c.kind === 'mqlVolume' && c.party === 'marketing')!;
    expect(w.metrics.metrics.find((m) => m.commitmentId === volume.id)).toMatchObject({ target: volume.target, period: volume.period });
  });
});

describe('scoreboardWarnings', () => {
  it('names stages without a metric and metrics on a removed stage or commitment', () => {
    const metrics = prefillMetrics(lp, COMMITMENTS, { makeId: ids() }).filter((m) => m.stageId !== 's-nurture');
    const stages = lp.stages.filter((s) => s.id !== 's-lost');
    const w = scoreboardWarnings(
      metrics,
      stages,
      COMMITMENTS.filter((c) => c.id !== 'c-touch'),
    );
    expect(w.stagesWithoutMetric.map((s) => s.name)).toEqual(['Nurture']);
    expect(w.metricsOnRemovedStage.map((m) => m.name)).toEqual(['Lost volume']);
    expect(w.metricsOnRemovedCommitment.map((m) => m.kind)).toEqual(['timeToFirstTouch']);
  });
});
