import type { MetricsStep, Metric } from '../steps/metrics';
import { prefillMetrics } from '../../metrics/prefill';
import { sampleLeadProcess } from './leadProcess';
import { sampleSla } from './sla';

/** Where Northwind reads each number: its own tools (step 9) instead of the generic names. */
function northwindSource(m: Metric): string {
  if (m.kind === 'pipelineValue' || m.kind === 'revenue' || m.kind === 'velocity' || m.kind === 'winRate')
    return 'Salesforce, via the Looker dashboard';
  if (m.kind === 'timeToFirstTouch' || m.kind === 'followUpCompletion' || m.kind === 'dispositionInTime' || m.kind === 'custom')
    return 'Salesforce activity history';
  return m.dataSource === 'Marketing automation' ? 'HubSpot' : 'Salesforce';
}

/**
 * Northwind Analytics' scoreboard: exactly what "Prefill from the lead process" makes of its
 * step-4 stages, its step-7 commitments (read from the sample's own step 7, so every metric
 * target agrees with the commitment it measures, in the same period) and its step-2 revenue
 * goal of EUR 6 M a year, with its data sources filled in.
 */
export function sampleMetrics(): MetricsStep {
  let n = 0;
  const metrics = prefillMetrics(sampleLeadProcess(), sampleSla().commitments, {
    currency: 'EUR',
    yearlyRevenueGoal: 6_000_000,
    makeId: () => `m-${++n}`,
  });
  return { metrics: metrics.map((m) => ({ ...m, dataSource: northwindSource(m) })) };
}
