import { z } from 'zod';
import { ownerSchema } from '../teams';
import { id, text } from './common';
import { countingPeriodSchema as periodSchema } from './period';

/** The shared scoreboard follows the lead process (step 4); a metric may point at a stage. */
export const METRIC_KINDS = [
  'stageVolume',
  'stageConversion',
  'mqlToSqlRate',
  'acceptanceRate',
  'timeToFirstTouch',
  'followUpCompletion',
  'dispositionInTime',
  'velocity',
  'pipelineValue',
  'winRate',
  'revenue',
  'custom',
] as const;
export const metricKindSchema = z.enum(METRIC_KINDS);
export type MetricKind = z.infer<typeof metricKindSchema>;
export const FREQUENCIES = ['daily', 'weekly', 'monthly', 'quarterly'] as const;
export type MetricFrequency = (typeof FREQUENCIES)[number];

export const metricSchema = z.object({
  id,
  kind: metricKindSchema,
  name: text(120),
  /** The step-4 stage this metric measures, when it is per stage. */
  stageId: id.nullable(),
  /** Who answers for the number; null until the room says (a new custom metric). */
  owner: ownerSchema.nullable(),
  target: z.number().finite().nullable(),
  unit: text(40),
  /**
   * The period a counted target is per ("180 MQLs a month"); null for a rate, a share or a
   * time, which hold in any period. Absent in scoreboards made before schemaVersion 5.
   */
  period: periodSchema.nullable().optional(),
  dataSource: text(200),
  frequency: z.enum(FREQUENCIES),
  /** The SLA commitment (step 7) this metric measures, if any. */
  commitmentId: id.nullable(),
});
export type Metric = z.infer<typeof metricSchema>;

export const metricsStepSchema = z.object({ metrics: z.array(metricSchema).max(200) });
export type MetricsStep = z.infer<typeof metricsStepSchema>;
export const defaultMetricsStep = (): MetricsStep => ({ metrics: [] });
