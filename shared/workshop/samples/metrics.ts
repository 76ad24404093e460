import type { SlaCommitment } from '../schema';
import type { MetricsStep, Metric } from '../steps/metrics';
import { prefillMetrics } from '../../metrics/prefill';
import { sampleLeadProcess } from './leadProcess';

/** The sample's step-7 commitments as sample.ts has them (ids and targets), which the scoreboard measures. */
const NORTHWIND_COMMITMENTS: SlaCommitment[] = [
  { id: 'c-volume', party: 'marketing', kind: 'mqlVolume', target: 180, withinDays: null, period: 'month', note: '', rhythm: null },
  { id: 'c-quality', party: 'marketing', kind: 'leadQuality', target: 70, withinDays: null, period: 'month', note: '', rhythm: null },
  { id: 'c-touch', party: 'sales', kind: 'firstTouch', target: 24, withinDays: null, period: 'month', note: '', rhythm: null },
  { id: 'c-attempts', party: 'sales', kind: 'followUpAttempts', target: 6, withinDays: 10, period: 'month', note: '', rhythm: null },
  { id: 'c-disposition', party: 'sales', kind: 'disposition', target: 14, withinDays: null, period: 'month', note: '', rhythm: null },
];

/** Where Northwind reads each number: its own tools (step 9) instead of the generic names. */
function northwindSource(m: Metric): string {
  if (m.kind === 'pipelineValue' || m.kind === 'revenue' || m.kind === 'velocity' || m.kind === 'winRate') return 'Salesforce, via the Looker dashboard';
  if (m.kind === 'timeToFirstTouch' || m.kind === 'followUpCompletion' || m.kind === 'dispositionInTime') return 'Salesforce activity history';
  return m.dataSource === 'Marketing automation' ? 'HubSpot' : 'Salesforce';
}

/** Targets the prefill cannot know: money comes from the step-2 revenue goal (EUR 6 M a year). */
const MONEY_TARGETS: Partial<Record<Metric['kind'], number>> = { revenue: 500_000, pipelineValue: 1_500_000 };

/**
 * Northwind Analytics' scoreboard: exactly what "Prefill from the lead process" makes of its
 * step-4 stages and step-7 commitments, with its data sources and money targets filled in.
 */
export function sampleMetrics(): MetricsStep {
  let n = 0;
  const metrics = prefillMetrics(sampleLeadProcess(), NORTHWIND_COMMITMENTS, { currency: 'EUR', makeId: () => `m-${++n}` });
  return {
    metrics: metrics.map((m) => ({
      ...m,
      owner: m.owner ?? 'shared',
      dataSource: northwindSource(m),
      target: m.target ?? MONEY_TARGETS[m.kind] ?? null,
    })),
  };
}
