import { useMemo } from 'react';
import { ArrowRight, Plus, Wand2 } from 'lucide-react';
import { Trans, useTranslation } from 'react-i18next';
import { prefillMetrics } from '../../../shared/metrics/prefill';
import { revenueGoal } from '../../../shared/funnel/defaults';
import { hasWarnings, scoreboardWarnings } from '../../../shared/metrics/warnings';
import { stagesInFlowOrder } from '../../../shared/metrics/stageFlow';
import { newId } from '../../../shared/workshop/factory';
import type { Metric } from '../../../shared/workshop/steps/metrics';
import { useOpenWorkshop, useWorkshop } from '../../app/workshopStore';
import { useRoute } from '../../app/route';
import { showToast } from '../../app/toastStore';
import { showUndoToast } from '../../app/undoToast';
import { MetricRow } from './MetricRow';
import { ScoreboardWarnings } from './ScoreboardWarnings';
import { MetricsEmptyState } from './MetricsEmptyState';
import './metrics.css';

export function MetricsStep() {
  const w = useOpenWorkshop();
  const update = useWorkshop((s) => s.update);
  const navigate = useRoute((s) => s.navigate);
  const metrics = w.metrics.metrics;
  const stages = useMemo(() => stagesInFlowOrder(w.leadProcess), [w.leadProcess]);
  const warnings = useMemo(
    () => scoreboardWarnings(metrics, w.leadProcess.stages, w.sla.commitments),
    [metrics, w.leadProcess.stages, w.sla.commitments],
  );
  const noProcess = w.leadProcess.stages.length === 0;
  const { t } = useTranslation(['metrics', 'app']);

  const addMetrics = (added: Metric[], message: string) => {
    const undoId = update((d) => void d.metrics.metrics.push(...added));
    showUndoToast(message, undoId);
    requestAnimationFrame(() => document.getElementById(`metric-${added[0]!.id}-name`)?.focus());
  };

  const prefill = () => {
    const added = prefillMetrics(w.leadProcess, w.sla.commitments, {
      existing: metrics,
      currency: w.goals.currency,
      yearlyRevenueGoal: revenueGoal(w)?.target ?? null,
      language: w.language,
    });
    if (added.length === 0) showToast({ message: t('step.alreadyAll') });
    else addMetrics(added, t('step.added', { count: added.length }));
  };

  const measureStage = (stageId: string) => {
    const added = prefillMetrics(w.leadProcess, w.sla.commitments, {
      existing: metrics,
      currency: w.goals.currency,
      yearlyRevenueGoal: revenueGoal(w)?.target ?? null,
      language: w.language,
    }).filter((m) => m.stageId === stageId);
    if (added.length > 0) addMetrics(added, t('step.addedNames', { names: added.map((m) => `“${m.name}”`).join(t('step.and')) }));
  };

  const addCustom = () => {
    const id = newId();
    update(
      (d) =>
        void d.metrics.metrics.push({
          id,
          kind: 'custom',
          name: '',
          stageId: null,
          owner: null,
          target: null,
          unit: '',
          dataSource: '',
          frequency: 'monthly',
          commitmentId: null,
        }),
    );
    requestAnimationFrame(() => document.getElementById(`metric-${id}-name`)?.focus());
  };

  const setMetric = (i: number, patch: Partial<Metric>) => update((d) => void Object.assign(d.metrics.metrics[i]!, patch));
  const move = (i: number, delta: -1 | 1) =>
    update((d) => {
      const list = d.metrics.metrics;
      const [m] = list.splice(i, 1);
      list.splice(i + delta, 0, m!);
    });
  const remove = (i: number) => {
    const name = metrics[i]!.name.trim() || t('step.fallbackName', { n: i + 1 });
    const undoId = update((d) => void d.metrics.metrics.splice(i, 1));
    showUndoToast(t('step.removed', { name }), undoId);
  };

  const toolbar = (
    <div className="row">
      <button className="btn btn-primary" onClick={prefill}>
        <Wand2 size={18} aria-hidden="true" /> {t('step.prefill')}
      </button>
      <button className="btn" onClick={addCustom}>
        <Plus size={18} aria-hidden="true" /> {t('step.add')}
      </button>
    </div>
  );

  return (
    <>
      {noProcess && (
        <div className="callout callout-info metrics-no-process" role="note">
          <p>
            <Trans t={t} i18nKey="step.noProcess" components={{ strong: <strong /> }} />
          </p>
          <button className="btn btn-sm" onClick={() => navigate({ name: 'workshop', workshopId: w.id, step: 'leadProcess' })}>
            {t('step.toStep4')} <ArrowRight size={16} aria-hidden="true" />
          </button>
        </div>
      )}
      {metrics.length === 0 ? (
        <MetricsEmptyState toolbar={toolbar} />
      ) : (
        <section className="card section" aria-labelledby="scoreboard-h">
          <div className="section-head">
            <h2 id="scoreboard-h">
              {t('step.scoreboard')} <span className="muted metric-count">{t('step.count', { count: metrics.length })}</span>
            </h2>
            {toolbar}
          </div>
          {hasWarnings(warnings) && (
            <ScoreboardWarnings
              warnings={warnings}
              metrics={metrics}
              onMeasureStage={measureStage}
              onUnlinkCommitment={(id) => update((d) => void (d.metrics.metrics.find((m) => m.id === id)!.commitmentId = null))}
            />
          )}
          <div className="metric-list" id="metrics" tabIndex={-1}>
            <div className="metric-columns" aria-hidden="true">
              <span>{t('step.colMetric')}</span>
              <span>{t('step.colOwner')}</span>
              <span>{t('step.colTarget')}</span>
              <span>{t('step.colSource')}</span>
              <span>{t('step.colFrequency')}</span>
              <span />
            </div>
            {metrics.map((m, i) => (
              <MetricRow
                key={m.id}
                metric={m}
                index={i}
                count={metrics.length}
                stages={stages}
                commitments={w.sla.commitments}
                onChange={(patch) => setMetric(i, patch)}
                onMove={(delta) => move(i, delta)}
                onRemove={() => remove(i)}
              />
            ))}
          </div>
        </section>
      )}
    </>
  );
}
