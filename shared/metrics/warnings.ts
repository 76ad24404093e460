import type { SlaCommitment } from '../workshop/schema';
import type { Stage } from '../workshop/steps/leadProcess';
import type { Metric } from '../workshop/steps/metrics';

export interface ScoreboardWarnings {
  /** Stages in the step-4 diagram that nothing on the scoreboard measures. */
  stagesWithoutMetric: Stage[];
  /** Metrics that point at a stage no longer in the diagram. */
  metricsOnRemovedStage: Metric[];
  /** Metrics that say they measure an SLA commitment no longer in step 7. */
  metricsOnRemovedCommitment: Metric[];
}

/** What no longer lines up between the scoreboard, the diagram and the SLA. */
export function scoreboardWarnings(
  metrics: readonly Metric[],
  stages: readonly Stage[],
  commitments: readonly SlaCommitment[],
): ScoreboardWarnings {
  const stageIds = new Set(stages.map((s) => s.id));
  const measured = new Set(metrics.map((m) => m.stageId));
  const commitmentIds = new Set(commitments.map((c) => c.id));
  return {
    stagesWithoutMetric: stages.filter((s) => !measured.has(s.id)),
    metricsOnRemovedStage: metrics.filter((m) => m.stageId !== null && !stageIds.has(m.stageId)),
    metricsOnRemovedCommitment: metrics.filter((m) => m.commitmentId !== null && !commitmentIds.has(m.commitmentId)),
  };
}

export const hasWarnings = (w: ScoreboardWarnings): boolean =>
  w.stagesWithoutMetric.length + w.metricsOnRemovedStage.length + w.metricsOnRemovedCommitment.length > 0;
