import type { Gap } from '../gaps';
import type { Workshop } from '../schema';
import { scoreboardWarnings } from '../../metrics/warnings';
import { stageLabel } from '../../metrics/stageFlow';
import { targetExpected } from '../../metrics/targets';

const label = (name: string, i: number) => `Metric ${i + 1}${name.trim() ? ` (${name.trim()})` : ''}`;

/**
 * What step "metrics" still needs: at least one metric, each with an owner and a target (where
 * a target means something: not for a loss stage's volume),
 * and a scoreboard that still lines up with the step-4 diagram (every stage measured, no
 * metric on a removed stage).
 */
export function metricsGaps(w: Workshop): Gap[] {
  const metrics = w.metrics.metrics;
  const gaps: Gap[] = [];
  if (metrics.length === 0) gaps.push({ field: 'metrics', message: 'Metrics: add at least one, or prefill the scoreboard from the lead process.' });
  metrics.forEach((m, i) => {
    if (m.owner === null) gaps.push({ field: `metric-${m.id}-owner`, message: `${label(m.name, i)}: choose an owner (marketing, sales or shared).` });
    if (m.target === null && targetExpected(m, w.leadProcess.stages)) gaps.push({ field: `metric-${m.id}-target`, message: `${label(m.name, i)}: target is required.` });
  });
  const warnings = scoreboardWarnings(metrics, w.leadProcess.stages, w.sla.commitments);
  for (const s of warnings.stagesWithoutMetric)
    gaps.push({ field: 'scoreboard-warnings', message: `Stage “${stageLabel(s)}” has no metric: add one (prefill adds its volume and conversion).` });
  for (const m of warnings.metricsOnRemovedStage)
    gaps.push({ field: `metric-${m.id}-stage`, message: `${label(m.name, metrics.indexOf(m))}: its stage is no longer in the lead process; choose another stage or none.` });
  return gaps;
}

/** Whether anything was entered in this step yet (drives "in progress"). */
export function metricsStarted(w: Workshop): boolean {
  return w.metrics.metrics.length > 0;
}
