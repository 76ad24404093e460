import { describe, expect, it } from 'vitest';
import { metricsGaps, metricsStarted } from './metrics';
import { sampleWorkshop } from '../sample';
import { newWorkshop } from '../factory';

describe('step 8 checks', () => {
  it('passes for the sample scoreboard, built from the sample lead process', () => {
    const w = sampleWorkshop();
    expect(w.leadProcess.stages.length).toBeGreaterThan(0);
    expect(metricsGaps(w)).toEqual([]);
    expect(metricsStarted(w)).toBe(true);
  });

  it('asks for a metric, then an owner and a target on each, naming the metric', () => {
    const w = newWorkshop();
    expect(metricsStarted(w)).toBe(false);
    expect(metricsGaps(w).map((g) => g.field)).toEqual(['metrics']);
    w.metrics.metrics.push({
      id: 'x',
      kind: 'custom',
      name: 'Demo requests',
      stageId: null,
      owner: null,
      target: null,
      unit: '',
      dataSource: '',
      frequency: 'weekly',
      commitmentId: null,
    });
    const n = { code: 'named', values: { n: 1, name: 'Demo requests' } };
    expect(metricsGaps(w)).toEqual([
      { field: 'metric-x-owner', code: 'metricOwner', values: { n } },
      { field: 'metric-x-target', code: 'metricTarget', values: { n } },
    ]);
  });

  it('lists stages without a metric and metrics on a removed stage', () => {
    const w = sampleWorkshop();
    const nurture = w.leadProcess.stages.find((s) => s.name === 'Nurture')!;
    const lost = w.leadProcess.stages.find((s) => s.kind === 'lost')!;
    w.metrics.metrics = w.metrics.metrics.filter((m) => m.stageId !== nurture.id);
    w.leadProcess.stages = w.leadProcess.stages.filter((s) => s.id !== lost.id);
    expect(metricsGaps(w).map((g) => [g.code, g.values])).toEqual([
      ['stageNoMetric', { stage: 'Nurture' }],
      ['metricRemovedStage', { n: { code: 'named', values: { n: expect.any(Number), name: 'Lost volume' } } }],
    ]);
  });
});
