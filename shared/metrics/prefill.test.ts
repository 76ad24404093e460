import { describe, expect, it } from 'vitest';
import { prefillMetrics } from './prefill';
import { scoreboardWarnings } from './warnings';
import { templateLikeProcess } from './fixtures';
import { sampleWorkshop } from '../workshop/sample';
import { defaultLeadProcessStep } from '../workshop/steps/leadProcess';
import { metricSchema } from '../workshop/steps/metrics';

const ids = () => {
  let n = 0;
  return () => `m-${++n}`;
};
const lp = templateLikeProcess();
const NORTHWIND_COMMITMENTS = sampleWorkshop().sla.commitments;
const byName = (ms: ReturnType<typeof prefillMetrics>, name: string) => ms.find((m) => m.name === name)!;

describe('prefillMetrics', () => {
  const metrics = prefillMetrics(lp, NORTHWIND_COMMITMENTS, { currency: 'EUR', makeId: ids() });

  it('measures every stage: a volume for each, a conversion for each stage that leads on', () => {
    const volumes = metrics.filter((m) => m.kind === 'stageVolume').map((m) => m.stageId);
    expect(volumes).toEqual(['s-captured', 's-nurture', 's-mql', 's-sal', 's-sql', 's-opportunity', 's-won', 's-lost']);
    const conversions = metrics.filter((m) => m.kind === 'stageConversion');
    expect(conversions.map((m) => m.name)).toEqual([
      'Captured → Nurture conversion', 'Nurture → MQL conversion', 'MQL → SAL conversion', 'SAL → SQL conversion', 'SQL → Opportunity conversion', 'Opportunity → Won conversion',
    ]);
    expect(conversions.map((m) => m.target)).toEqual([80, 25, 70, 60, 40, 25]);
    expect(scoreboardWarnings(metrics, lp.stages, NORTHWIND_COMMITMENTS).stagesWithoutMetric).toEqual([]);
  });

  it('anchors stage volumes on the MQL commitment and carries them with the conversion rates', () => {
    const mql = byName(metrics, 'MQL volume');
    expect(mql).toMatchObject({ target: 180, commitmentId: 'c-volume', unit: 'MQLs / month', owner: 'marketing', frequency: 'monthly' });
    const target = (name: string) => byName(metrics, name).target;
    // Downstream rounds, upstream rounds up (the reverse funnel); lost = opportunities not won.
    expect([target('SAL volume'), target('SQL volume'), target('Opportunity volume'), target('Won volume'), target('Lost volume')]).toEqual([126, 76, 30, 8, 22]);
    expect([target('Nurture volume'), target('Captured volume')]).toEqual([720, 900]);
    expect(byName(metrics, 'SAL volume').owner).toBe('sales'); // an SDR stage is sales' number
    expect([byName(metrics, 'SAL volume').unit, byName(metrics, 'Opportunity volume').unit, byName(metrics, 'Won volume').unit]).toEqual(['SALs / month', 'opportunities / month', 'deals / month']);
  });

  it('links the SLA metrics to their commitments with the commitment targets', () => {
    const kind = (k: string) => metrics.find((m) => m.kind === k)!;
    expect(kind('acceptanceRate')).toMatchObject({ commitmentId: 'c-quality', target: 70, stageId: 's-sal', owner: 'marketing' });
    expect(kind('timeToFirstTouch')).toMatchObject({ commitmentId: 'c-touch', target: 24, unit: 'hours' });
    expect(kind('followUpCompletion')).toMatchObject({ commitmentId: 'c-attempts', target: 100, name: 'Leads with all 6 attempts within 10 days' });
    expect(kind('dispositionInTime')).toMatchObject({ commitmentId: 'c-disposition', target: 100 });
    expect(kind('mqlToSqlRate')).toMatchObject({ stageId: 's-mql', target: 42 }); // 70 % × 60 %
    expect(kind('velocity').target).toBe(1 + 30 + 2 + 5 + 14 + 45);
    expect(kind('winRate')).toMatchObject({ stageId: 's-won', target: 25 });
    expect(kind('pipelineValue')).toMatchObject({ stageId: 's-opportunity', unit: 'EUR' });
    expect(kind('revenue')).toMatchObject({ stageId: 's-won', unit: 'EUR' });
    for (const m of metrics) expect(metricSchema.safeParse(m).success).toBe(true);
  });

  it('adds only what is missing, so a second prefill adds nothing', () => {
    expect(prefillMetrics(lp, NORTHWIND_COMMITMENTS, { existing: metrics })).toEqual([]);
    const withoutTwo = metrics.filter((m) => m.name !== 'SQL volume' && m.kind !== 'winRate');
    const added = prefillMetrics(lp, NORTHWIND_COMMITMENTS, { existing: withoutTwo, makeId: () => 'new' });
    expect(added.map((m) => m.name)).toEqual(['SQL volume', 'Win rate']);
    // A renamed or re-targeted metric still counts as present: it is recognised by kind and stage.
    const renamed = metrics.map((m) => ({ ...m, name: 'x', target: 1 }));
    expect(prefillMetrics(lp, NORTHWIND_COMMITMENTS, { existing: renamed })).toEqual([]);
  });

  it('with no lead process yet, offers only the whole-funnel metrics, none tied to a stage', () => {
    const bare = prefillMetrics(defaultLeadProcessStep(), [], { makeId: ids() });
    expect(bare.every((m) => m.stageId === null)).toBe(true);
    expect(bare.map((m) => m.kind)).toEqual(['mqlToSqlRate', 'acceptanceRate', 'timeToFirstTouch', 'velocity', 'pipelineValue', 'winRate', 'revenue']);
    expect(bare.every((m) => m.commitmentId === null)).toBe(true);
  });
});

describe('scoreboardWarnings', () => {
  it('names stages without a metric and metrics on a removed stage or commitment', () => {
    const metrics = prefillMetrics(lp, NORTHWIND_COMMITMENTS, { makeId: ids() }).filter((m) => m.stageId !== 's-nurture');
    const stages = lp.stages.filter((s) => s.id !== 's-lost');
    const w = scoreboardWarnings(metrics, stages, NORTHWIND_COMMITMENTS.filter((c) => c.id !== 'c-touch'));
    expect(w.stagesWithoutMetric.map((s) => s.name)).toEqual(['Nurture']);
    expect(w.metricsOnRemovedStage.map((m) => m.name)).toEqual(['Lost volume']);
    expect(w.metricsOnRemovedCommitment.map((m) => m.kind)).toEqual(['timeToFirstTouch']);
  });
});
