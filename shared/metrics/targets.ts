import type { Stage } from '../workshop/steps/leadProcess';
import type { Metric } from '../workshop/steps/metrics';

/**
 * Whether a target means something for a metric. A loss stage's volume or conversion is
 * watched, not aimed at: nobody commits to losing 22 deals a month, so such a metric may stay
 * without a target and the step can still be marked done.
 */
export function targetExpected(m: Pick<Metric, 'kind' | 'stageId'>, stages: readonly Stage[]): boolean {
  if (m.kind !== 'stageVolume' && m.kind !== 'stageConversion') return true;
  const stage = stages.find((s) => s.id === m.stageId);
  // A metric whose stage was removed is asked for another stage first; its target follows from that.
  return stage !== undefined && stage.kind !== 'lost';
}
