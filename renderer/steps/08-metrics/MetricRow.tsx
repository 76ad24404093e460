import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { i18n } from '../../i18n';
import type { TFunction } from 'i18next';
import { ArrowDown, ArrowUp, ChevronDown, ChevronRight, Trash2 } from 'lucide-react';
import { FREQUENCIES, METRIC_KINDS, type Metric } from '../../../shared/workshop/steps/metrics';
import { PERIODS, type Period, type SlaCommitment } from '../../../shared/workshop/schema';
import type { Stage } from '../../../shared/workshop/steps/leadProcess';
import { OWNERS } from '../../../shared/workshop/teams';
import { NumberField, SelectField, TextField } from '../../ui/fields';
import { useTeamLabel } from '../../ui/TeamBadge';

interface Props {
  metric: Metric;
  index: number;
  count: number;
  stages: readonly Stage[];
  commitments: readonly SlaCommitment[];
  onChange(patch: Partial<Metric>): void;
  onMove(delta: -1 | 1): void;
  onRemove(): void;
}

const commitmentOptionLabel = (t: TFunction<['metrics', 'app']>, c: SlaCommitment, i: number) =>
  t('commitmentOption', { kind: t(`commitment.${c.kind}`), party: t(`app:teamInSentence.${c.party}`), n: i + 1 });

/**
 * One line of the scoreboard: name, owner, target, source and frequency at a glance (labels
 * are in the list's header and read out per field); what it measures, its stage, unit and SLA
 * commitment in a details row, open by itself when the stage no longer exists.
 */
export function MetricRow({ metric: m, index, count, stages, commitments, onChange, onMove, onRemove }: Props) {
  const n = index + 1;
  const { t } = useTranslation(['metrics', 'app']);
  const stageLabel = (s: Stage) => s.name.trim() || i18n.t('leadProcess:unnamedStage');
  const name = m.name.trim() || t('row.fallbackName', { n });
  const stage = m.stageId === null ? null : stages.find((s) => s.id === m.stageId);
  const stageMissing = m.stageId !== null && !stage;
  const commitmentIndex = commitments.findIndex((c) => c.id === m.commitmentId);
  const [open, setOpen] = useState(false);
  const teamLabel = useTeamLabel();
  const expanded = open || stageMissing;
  const percent = m.unit.trim().startsWith('%');
  const about = [
    stageMissing ? t('row.stageRemoved') : stage ? t('row.stage', { name: stageLabel(stage) }) : t('row.wholeFunnel'),
    t(`kind.${m.kind}`),
    commitmentIndex >= 0 ? t('row.sla', { kind: t(`commitment.${commitments[commitmentIndex]!.kind}`) }) : null,
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <article className="metric-row" aria-label={t('row.label', { n, name })} data-testid="metric-row">
      <div className="metric-line">
        <span className="metric-num" aria-hidden="true">
          {n}
        </span>
        <div className="metric-main">
          <TextField
            id={`metric-${m.id}-name`}
            label={t('row.name', { n })}
            value={m.name}
            maxLength={120}
            placeholder={t('row.namePlaceholder')}
            onChange={(v) => onChange({ name: v })}
          />
          <span className={`metric-about ${stageMissing ? 'metric-about-warn' : ''}`}>{about}</span>
        </div>
        <SelectField
          id={`metric-${m.id}-owner`}
          label={t('row.owner', { n })}
          value={m.owner ?? ''}
          options={[{ value: '', label: t('app:common.choose') }, ...OWNERS.map((o) => ({ value: o, label: teamLabel(o) }))]}
          onChange={(v) => onChange({ owner: v === '' ? null : v })}
        />
        <div className="metric-target">
          <NumberField
            id={`metric-${m.id}-target`}
            label={t('row.target', { n })}
            unit={m.unit.trim() || undefined}
            value={m.target}
            min={0}
            max={percent ? 100 : undefined}
            onChange={(target) => onChange({ target })}
          />
          <span className="metric-unit" aria-hidden="true">
            {m.unit.trim() || t('row.noUnit')}
          </span>
        </div>
        <TextField
          id={`metric-${m.id}-source`}
          label={t('row.source', { n })}
          value={m.dataSource}
          maxLength={200}
          placeholder={t('row.sourcePlaceholder')}
          onChange={(dataSource) => onChange({ dataSource })}
        />
        <SelectField
          id={`metric-${m.id}-frequency`}
          label={t('row.frequency', { n })}
          value={m.frequency}
          options={FREQUENCIES.map((f) => ({ value: f, label: t(`frequency.${f}`) }))}
          onChange={(frequency) => onChange({ frequency })}
        />
        <div className="metric-tools">
          <button
            className="btn btn-ghost btn-sm icon-btn"
            aria-label={t('row.details', { n })}
            aria-expanded={expanded}
            disabled={stageMissing}
            onClick={() => setOpen(!open)}
          >
            {expanded ? <ChevronDown size={16} /> : <ChevronRight size={16} />}
          </button>
          <button
            className="btn btn-ghost btn-sm icon-btn"
            aria-label={t('row.moveUp', { n })}
            disabled={index === 0}
            onClick={() => onMove(-1)}
          >
            <ArrowUp size={16} />
          </button>
          <button
            className="btn btn-ghost btn-sm icon-btn"
            aria-label={t('row.moveDown', { n })}
            disabled={index === count - 1}
            onClick={() => onMove(1)}
          >
            <ArrowDown size={16} />
          </button>
          <button className="btn btn-ghost btn-sm icon-btn" aria-label={t('row.remove', { n, name })} onClick={onRemove}>
            <Trash2 size={16} />
          </button>
        </div>
      </div>
      {expanded && (
        <div className="metric-details">
          <SelectField
            id={`metric-${m.id}-kind`}
            label={t('row.measures')}
            value={m.kind}
            options={METRIC_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
            onChange={(kind) => onChange({ kind })}
          />
          <SelectField
            id={`metric-${m.id}-stage`}
            label={t('row.stageField')}
            value={m.stageId ?? ''}
            options={[
              { value: '', label: t('row.noStage') },
              ...(stageMissing ? [{ value: m.stageId!, label: t('row.removedStage') }] : []),
              ...stages.map((s) => ({ value: s.id, label: stageLabel(s) })),
            ]}
            onChange={(v) => onChange({ stageId: v || null })}
          />
          <TextField
            id={`metric-${m.id}-unit`}
            label={t('row.unit')}
            value={m.unit}
            maxLength={40}
            placeholder={t('row.unitPlaceholder')}
            onChange={(unit) => onChange({ unit })}
          />
          <SelectField
            id={`metric-${m.id}-period`}
            label={t('row.period')}
            value={m.period ?? ''}
            hint={t('row.periodHint')}
            options={[{ value: '' as const, label: t('row.noPeriod') }, ...PERIODS.map((p) => ({ value: p, label: t(`period.${p}`) }))]}
            onChange={(v: Period | '') => onChange({ period: v === '' ? null : v })}
          />
          <SelectField
            id={`metric-${m.id}-commitment`}
            label={t('row.commitmentField')}
            value={m.commitmentId ?? ''}
            options={[
              { value: '', label: t('row.none') },
              ...(m.commitmentId !== null && commitmentIndex < 0 ? [{ value: m.commitmentId, label: t('row.removedCommitment') }] : []),
              ...commitments.map((c, i) => ({ value: c.id, label: commitmentOptionLabel(t, c, i) })),
            ]}
            onChange={(v) => onChange({ commitmentId: v || null })}
          />
        </div>
      )}
    </article>
  );
}
