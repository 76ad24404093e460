import { z } from 'zod';
import { id, text } from './common';
import { countingPeriodSchema } from './period';
import { decaySchema, fitFieldSchema, NEGATIVE_KINDS, operatorSchema } from './qualifiedLead';
import { FREQUENCIES, metricKindSchema } from './metrics';
import { ownerSchema } from '../teams';

/**
 * The MQL definition and the scoreboard as an SLA version signs them (optional fields of
 * `slaContentSchema`, added in schemaVersion 5: versions signed before lack them and keep
 * their fingerprint). Criteria are copied without their ids: what was agreed is the rule, not
 * the row it was typed in. Rows still being typed are left out, as they score nothing.
 */
const condition = { field: fitFieldSchema, operator: operatorSchema, value: text(500), valueMax: text(100).optional() };
const points = z.number().int().min(0).max(1000);

export const slaDefinitionSchema = z.object({
  fit: z.array(z.object({ ...condition, points })).max(100),
  engagement: z
    .array(z.object({ behaviour: text(200), points, cap: z.number().int().min(0).max(10000).nullable(), capPeriod: countingPeriodSchema }))
    .max(100),
  negative: z.array(z.object({ kind: z.enum(NEGATIVE_KINDS), ...condition, points, veto: z.boolean() })).max(100),
  decay: decaySchema,
  threshold: z.number().int().min(1).max(10000),
  minimumFit: z.number().int().min(0).max(10000).nullable(),
  minimumEngagement: z.number().int().min(0).max(10000).nullable(),
  sql: z.array(z.object({ label: text(120), description: text(500), verifiedBy: z.enum(['sdr', 'sales']) })).max(20),
});
export type SlaDefinition = z.infer<typeof slaDefinitionSchema>;

export const slaMetricSchema = z.object({
  name: text(120),
  kind: metricKindSchema,
  owner: ownerSchema.nullable(),
  target: z.number().finite().nullable(),
  unit: text(40),
  period: countingPeriodSchema.nullable(),
  dataSource: text(200),
  frequency: z.enum(FREQUENCIES),
  /** The commitment it measures, by id and by its number in the SLA (1-based), or null. */
  commitmentId: id.nullable(),
  commitmentPosition: z.number().int().min(1).nullable(),
});
export type SlaMetric = z.infer<typeof slaMetricSchema>;
