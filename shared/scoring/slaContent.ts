import type { Workshop } from '../workshop/schema';
import type { SlaDefinition, SlaMetric } from '../workshop/steps/slaDefinition';
import type { QualifiedLeadStep } from '../workshop/steps/qualifiedLead';
import { conditionValueError } from './conditions';

const trimmed = (s: string) => s.trim().replace(/\s+/g, ' ');
const complete = (c: { operator: Parameters<typeof conditionValueError>[0]; value: string; valueMax?: string | undefined }) =>
  conditionValueError(c.operator, c.value, c.valueMax) === null;
const condition = <T extends { value: string; valueMax?: string | undefined; operator: string }>(c: T) =>
  c.operator === 'between' ? { value: trimmed(c.value), valueMax: trimmed(c.valueMax ?? '') } : { value: trimmed(c.value) };

/**
 * Step 5's model as the SLA signs it: every criterion that scores (rows still being typed
 * score nothing and are left out, as in the definition text), with its points, caps and their
 * period, the decay, the threshold and both minimums, and the SQL confirmation criteria.
 */
export function definitionContent(q: QualifiedLeadStep): SlaDefinition {
  return {
    fit: q.fit.filter(complete).map((c) => ({ field: c.field, operator: c.operator, ...condition(c), points: c.points })),
    engagement: q.engagement
      .filter((c) => c.behaviour.trim() !== '')
      .map((c) => ({ behaviour: trimmed(c.behaviour), points: c.points, cap: c.capPerPeriod, capPeriod: c.capPeriod })),
    negative: q.negative
      .filter(complete)
      .map((c) => ({ kind: c.kind, field: c.field, operator: c.operator, ...condition(c), points: c.points, veto: c.veto })),
    decay: q.decay,
    threshold: q.mqlThreshold,
    minimumFit: q.minimumFit,
    minimumEngagement: q.minimumEngagement,
    sql: q.sqlCriteria
      .filter((c) => c.label.trim() !== '')
      .map((c) => ({ label: c.label.trim(), description: c.description.trim(), verifiedBy: c.verifiedBy })),
  };
}

/** Every metric of the step-8 scoreboard, in its order, with the commitment it measures by number. */
export function metricsContent(w: Pick<Workshop, 'metrics' | 'sla'>): SlaMetric[] {
  return w.metrics.metrics.map((m) => {
    const i = m.commitmentId === null ? -1 : w.sla.commitments.findIndex((c) => c.id === m.commitmentId);
    return {
      name: m.name.trim(),
      kind: m.kind,
      owner: m.owner,
      target: m.target,
      unit: m.unit.trim(),
      period: m.period ?? null,
      dataSource: m.dataSource.trim(),
      frequency: m.frequency,
      commitmentId: i >= 0 ? m.commitmentId : null,
      commitmentPosition: i >= 0 ? i + 1 : null,
    };
  });
}
