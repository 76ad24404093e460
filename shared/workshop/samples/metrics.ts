import { defaultMetricsStep, type MetricsStep } from '../steps/metrics';

/** Northwind Analytics' metrics step in the built-in sample workshop. */
export function sampleMetrics(): MetricsStep {
  return defaultMetricsStep();
}
