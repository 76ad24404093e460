import { useState } from 'react';
import { ArrowDown, ArrowUp, ChevronDown, ChevronRight, Trash2 } from 'lucide-react';
import { FREQUENCIES, METRIC_KINDS, type Metric } from '../../../shared/workshop/steps/metrics';
import type { SlaCommitment } from '../../../shared/workshop/schema';
import type { Stage } from '../../../shared/workshop/steps/leadProcess';
import { OWNERS } from '../../../shared/workshop/teams';
import { COMMITMENT_LABEL } from '../../../shared/sla/commitmentText';
import { FREQUENCY_LABEL, METRIC_KIND_LABEL } from '../../../shared/metrics/labels';
import { stageLabel } from '../../../shared/metrics/stageFlow';
import { NumberField, SelectField, TextField } from '../../ui/fields';
import { TEAM_LABEL } from '../../ui/TeamBadge';

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

export const commitmentOptionLabel = (c: SlaCommitment, i: number) => `${COMMITMENT_LABEL[c.kind]} (${c.party}, commitment ${i + 1})`;

/**
 * One line of the scoreboard: name, owner, target, source and frequency at a glance (labels
 * are in the list's header and read out per field); what it measures, its stage, unit and SLA
 * commitment in a details row, open by itself when the stage no longer exists.
 */
export function MetricRow({ metric: m, index, count, stages, commitments, onChange, onMove, onRemove }: Props) {
  const n = index + 1;
  const name = m.name.trim() || `Metric ${n}`;
  const stage = m.stageId === null ? null : stages.find((s) => s.id === m.stageId);
  const stageMissing = m.stageId !== null && !stage;
  const commitmentIndex = commitments.findIndex((c) => c.id === m.commitmentId);
  const [open, setOpen] = useState(false);
  const expanded = open || stageMissing;
  const percent = m.unit.trim().startsWith('%');
  const about = [
    stageMissing ? '⚠ stage removed' : stage ? `Stage: ${stageLabel(stage)}` : 'Whole funnel',
    METRIC_KIND_LABEL[m.kind],
    commitmentIndex >= 0 ? `SLA: ${COMMITMENT_LABEL[commitments[commitmentIndex]!.kind]}` : null,
  ].filter(Boolean).join(' · ');

  return (
    <article className="metric-row" aria-label={`Metric ${n}: ${name}`} data-testid="metric-row">
      <div className="metric-line">
        <span className="metric-num" aria-hidden="true">{n}</span>
        <div className="metric-main">
          <TextField id={`metric-${m.id}-name`} label={`Metric ${n} name`} value={m.name} maxLength={120} placeholder="e.g. MQL volume" onChange={(v) => onChange({ name: v })} />
          <span className={`metric-about ${stageMissing ? 'metric-about-warn' : ''}`}>{about}</span>
        </div>
        <SelectField id={`metric-${m.id}-owner`} label={`Metric ${n} owner`} value={m.owner ?? ''}
          options={[{ value: '', label: 'Choose…' }, ...OWNERS.map((o) => ({ value: o, label: TEAM_LABEL[o] }))]}
          onChange={(v) => onChange({ owner: v === '' ? null : v })} />
        <div className="metric-target">
          <NumberField id={`metric-${m.id}-target`} label={`Metric ${n} target`} unit={m.unit.trim() || undefined} value={m.target}
            min={0} max={percent ? 100 : undefined} onChange={(target) => onChange({ target })} />
          <span className="metric-unit" aria-hidden="true">{m.unit.trim() || 'no unit'}</span>
        </div>
        <TextField id={`metric-${m.id}-source`} label={`Metric ${n} data source`} value={m.dataSource} maxLength={200} placeholder="e.g. CRM report" onChange={(dataSource) => onChange({ dataSource })} />
        <SelectField id={`metric-${m.id}-frequency`} label={`Metric ${n} frequency`} value={m.frequency}
          options={FREQUENCIES.map((f) => ({ value: f, label: FREQUENCY_LABEL[f] }))} onChange={(frequency) => onChange({ frequency })} />
        <div className="metric-tools">
          <button className="btn btn-ghost btn-sm icon-btn" aria-label={`Details of metric ${n}`} aria-expanded={expanded} disabled={stageMissing} onClick={() => setOpen(!open)}>
            {expanded ? <ChevronDown size={16} /> : <ChevronRight size={16} />}
          </button>
          <button className="btn btn-ghost btn-sm icon-btn" aria-label={`Move metric ${n} up`} disabled={index === 0} onClick={() => onMove(-1)}><ArrowUp size={16} /></button>
          <button className="btn btn-ghost btn-sm icon-btn" aria-label={`Move metric ${n} down`} disabled={index === count - 1} onClick={() => onMove(1)}><ArrowDown size={16} /></button>
          <button className="btn btn-ghost btn-sm icon-btn" aria-label={`Remove metric ${n} (${name})`} onClick={onRemove}><Trash2 size={16} /></button>
        </div>
      </div>
      {expanded && (
        <div className="metric-details">
          <SelectField id={`metric-${m.id}-kind`} label="Measures" value={m.kind}
            options={METRIC_KINDS.map((k) => ({ value: k, label: METRIC_KIND_LABEL[k] }))} onChange={(kind) => onChange({ kind })} />
          <SelectField id={`metric-${m.id}-stage`} label="Stage (step 4)" value={m.stageId ?? ''}
            options={[
              { value: '', label: 'Whole funnel (no stage)' },
              ...(stageMissing ? [{ value: m.stageId!, label: '⚠ Removed stage — choose another' }] : []),
              ...stages.map((s) => ({ value: s.id, label: stageLabel(s) })),
            ]}
            onChange={(v) => onChange({ stageId: v || null })} />
          <TextField id={`metric-${m.id}-unit`} label="Unit" value={m.unit} maxLength={40} placeholder="e.g. MQLs / month, %, hours" onChange={(unit) => onChange({ unit })} />
          <SelectField id={`metric-${m.id}-commitment`} label="Measures SLA commitment" value={m.commitmentId ?? ''}
            options={[
              { value: '', label: 'None' },
              ...(m.commitmentId !== null && commitmentIndex < 0 ? [{ value: m.commitmentId, label: '⚠ Removed commitment' }] : []),
              ...commitments.map((c, i) => ({ value: c.id, label: commitmentOptionLabel(c, i) })),
            ]}
            onChange={(v) => onChange({ commitmentId: v || null })} />
        </div>
      )}
    </article>
  );
}
