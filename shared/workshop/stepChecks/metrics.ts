import type { Gap } from '../gaps';
import type { Workshop } from '../schema';
import { scoreboardWarnings } from '../../metrics/warnings';
import { targetExpected } from '../../metrics/targets';
import { rowRef, say } from '../checkMessage';

/**
 * What step "metrics" still needs: at least one metric, each with an owner and a target (where
 * a target means something: not for a loss stage's volume),
 * and a scoreboard that still lines up with the step-4 diagram (every stage measured, no
 * metric on a removed stage).
 */
export function metricsGaps(w: Workshop): Gap[] {
  const metrics = w.metrics.metrics;
  const gaps: Gap[] = [];
  if (metrics.length === 0) gaps.push({ field: 'metrics', ...say('metricsNone') });
  metrics.forEach((m, i) => {
    if (m.owner === null) gaps.push({ field: `metric-${m.id}-owner`, ...say('metricOwner', { n: rowRef(i + 1, m.name) }) });
    if (m.target === null && targetExpected(m, w.leadProcess.stages))
      gaps.push({ field: `metric-${m.id}-target`, ...say('metricTarget', { n: rowRef(i + 1, m.name) }) });
  });
  const warnings = scoreboardWarnings(metrics, w.leadProcess.stages, w.sla.commitments);
  for (const s of warnings.stagesWithoutMetric)
    gaps.push({ field: 'scoreboard-warnings', ...say('stageNoMetric', { stage: s.name.trim() || say('unnamedStage') }) });
  for (const m of warnings.metricsOnRemovedStage)
    gaps.push({ field: `metric-${m.id}-stage`, ...say('metricRemovedStage', { n: rowRef(metrics.indexOf(m) + 1, m.name) }) });
  return gaps;
}

/** Whether anything was entered in this step yet (drives "in progress"). */
export function metricsStarted(w: Workshop): boolean {
  return w.metrics.metrics.length > 0;
}
