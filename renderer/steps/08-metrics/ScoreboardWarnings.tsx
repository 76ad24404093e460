import { useState, type ReactNode } from 'react';
import { AlertTriangle } from 'lucide-react';
import type { ScoreboardWarnings as Warnings } from '../../../shared/metrics/warnings';
import { stageLabel } from '../../../shared/metrics/stageFlow';
import type { Metric } from '../../../shared/workshop/steps/metrics';

interface Props {
  warnings: Warnings;
  metrics: readonly Metric[];
  onMeasureStage(stageId: string): void;
  onUnlinkCommitment(metricId: string): void;
}

const focus = (id: string) => {
  const el = document.getElementById(id);
  el?.scrollIntoView({ block: 'center' });
  el?.focus();
};

const SHOWN = 6;

/** Where the scoreboard and the step-4 diagram (or the SLA) no longer line up, each with a fix. */
export function ScoreboardWarnings({ warnings, metrics, onMeasureStage, onUnlinkCommitment }: Props) {
  const [all, setAll] = useState(false);
  const nameOf = (m: Metric) => `Metric ${metrics.indexOf(m) + 1} (${m.name.trim() || 'unnamed'})`;
  const items: { key: string; node: ReactNode }[] = [
    ...warnings.stagesWithoutMetric.map((s) => ({
      key: s.id,
      node: <>Stage “{stageLabel(s)}” has no metric. <button className="link-btn" onClick={() => onMeasureStage(s.id)}>Add its volume and conversion</button></>,
    })),
    ...warnings.metricsOnRemovedStage.map((m) => ({
      key: m.id,
      node: <>{nameOf(m)} points at a stage that is no longer in the lead process. <button className="link-btn" onClick={() => focus(`metric-${m.id}-stage`)}>Choose another stage</button></>,
    })),
    ...warnings.metricsOnRemovedCommitment.map((m) => ({
      key: `c-${m.id}`,
      node: <>{nameOf(m)} measures an SLA commitment that was removed in step 7. <button className="link-btn" onClick={() => onUnlinkCommitment(m.id)}>Unlink it</button></>,
    })),
  ];
  const shown = all ? items : items.slice(0, SHOWN);
  return (
    <div className="callout callout-warn scoreboard-warnings" id="scoreboard-warnings" tabIndex={-1} role="status">
      <strong className="row"><AlertTriangle size={18} aria-hidden="true" /> The scoreboard does not follow the lead process everywhere</strong>
      <ul>
        {shown.map((i) => <li key={i.key}>{i.node}</li>)}
      </ul>
      {items.length > SHOWN && (
        <button className="link-btn" aria-expanded={all} onClick={() => setAll(!all)}>{all ? 'Show fewer' : `Show all ${items.length} warnings`}</button>
      )}
    </div>
  );
}
