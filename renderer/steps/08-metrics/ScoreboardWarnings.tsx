import { useState, type ReactNode } from 'react';
import { AlertTriangle } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { i18n } from '../../i18n';
import type { ScoreboardWarnings as Warnings } from '../../../shared/metrics/warnings';
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
  const { t } = useTranslation('metrics');
  const nameOf = (m: Metric) => t('warnings.metric', { n: metrics.indexOf(m) + 1, name: m.name.trim() || t('warnings.unnamed') });
  const stageLabel = (s: { name: string }) => s.name.trim() || i18n.t('leadProcess:unnamedStage');
  const items: { key: string; node: ReactNode }[] = [
    ...warnings.stagesWithoutMetric.map((s) => ({
      key: s.id,
      node: (
        <>
          {t('warnings.noMetric', { stage: stageLabel(s) })}{' '}
          <button className="link-btn" onClick={() => onMeasureStage(s.id)}>
            {t('warnings.addVolume')}
          </button>
        </>
      ),
    })),
    ...warnings.metricsOnRemovedStage.map((m) => ({
      key: m.id,
      node: (
        <>
          {t('warnings.removedStage', { metric: nameOf(m) })}{' '}
          <button className="link-btn" onClick={() => focus(`metric-${m.id}-stage`)}>
            {t('warnings.chooseStage')}
          </button>
        </>
      ),
    })),
    ...warnings.metricsOnRemovedCommitment.map((m) => ({
      key: `c-${m.id}`,
      node: (
        <>
          {t('warnings.removedCommitment', { metric: nameOf(m) })}{' '}
          <button className="link-btn" onClick={() => onUnlinkCommitment(m.id)}>
            {t('warnings.unlink')}
          </button>
        </>
      ),
    })),
  ];
  const shown = all ? items : items.slice(0, SHOWN);
  return (
    <div className="callout callout-warn scoreboard-warnings" id="scoreboard-warnings" tabIndex={-1} role="status">
      <strong className="row">
        <AlertTriangle size={18} aria-hidden="true" /> {t('warnings.title')}
      </strong>
      <ul>
        {shown.map((i) => (
          <li key={i.key}>{i.node}</li>
        ))}
      </ul>
      {items.length > SHOWN && (
        <button className="link-btn" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t('warnings.fewer') : t('warnings.all', { n: items.length })}
        </button>
      )}
    </div>
  );
}
