import type { MetricKind } from '../workshop/steps/metrics';

/** Plain names for the scoreboard's metric kinds (English only until the translations land). */
export const METRIC_KIND_LABEL: Record<MetricKind, string> = {
  stageVolume: 'Volume in a stage',
  stageConversion: 'Conversion to the next stage',
  mqlToSqlRate: 'MQL → SQL rate',
  acceptanceRate: 'Acceptance rate',
  timeToFirstTouch: 'Time to first touch',
  followUpCompletion: 'Follow-up completion',
  dispositionInTime: 'Disposition in time',
  velocity: 'Velocity (days in funnel)',
  pipelineValue: 'Pipeline value',
  winRate: 'Win rate',
  revenue: 'Revenue',
  custom: 'Custom',
};
