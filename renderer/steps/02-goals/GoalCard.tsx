import { Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { GOAL_KINDS, GOAL_UNITS, type Goal } from '../../../shared/workshop/schema';
import { OWNERS } from '../../../shared/workshop/teams';
import { useOpenWorkshop, useWorkshop } from '../../app/workshopStore';
import { showUndoToast } from '../../app/undoToast';
import { DateField, NumberField, SelectField, TextField } from '../../ui/fields';
import { TeamBadge, useTeamLabel } from '../../ui/TeamBadge';
import { goalDefaults } from './goalCatalogue';

export function GoalCard({ index }: { index: number }) {
  const w = useOpenWorkshop();
  const update = useWorkshop((s) => s.update);
  const { t } = useTranslation(['goals', 'app']);
  const teamLabel = useTeamLabel();
  const g = w.goals.goals[index]!;
  const set = (patch: Partial<Goal>) => update((d) => void Object.assign(d.goals.goals[index]!, patch));
  const unit = g.unit === 'currency' ? w.goals.currency : g.unit === 'percent' ? '%' : undefined;
  const name = g.title || t(`kind.${g.kind}.label`);

  return (
    <article className="goal-card" aria-label={t('card.label', { n: index + 1, name })}>
      <header className="row">
        <span className="goal-num">{index + 1}</span>
        <h3 className="spacer">{name}</h3>
        <TeamBadge team={g.owner} />
        <button
          className="btn btn-ghost btn-sm icon-btn"
          aria-label={t('card.remove', { n: index + 1 })}
          onClick={() => {
            const undoId = update((d) => void d.goals.goals.splice(index, 1));
            showUndoToast(t('card.removed', { name }), undoId);
          }}
        >
          <Trash2 size={16} />
        </button>
      </header>
      <div className="grid-3">
        <SelectField
          id={`goal-${g.id}-kind`}
          label={t('card.objective')}
          value={g.kind}
          options={GOAL_KINDS.map((k) => ({ value: k, label: t(`kind.${k}.label`) }))}
          onChange={(kind) => set({ kind, ...(kind !== 'custom' && { title: goalDefaults(kind, w.language).title }) })}
        />
        <TextField id={`goal-${g.id}-title`} label={t('card.name')} value={g.title} onChange={(title) => set({ title })} maxLength={200} />
        <TextField
          id={`goal-${g.id}-metric`}
          label={t('card.metric')}
          value={g.metric}
          onChange={(metric) => set({ metric })}
          maxLength={200}
          hint={t('card.metricHint')}
        />
        <SelectField
          id={`goal-${g.id}-unit`}
          label={t('card.unit')}
          value={g.unit}
          options={GOAL_UNITS.map((u) => ({ value: u, label: t(`unit.${u}`) }))}
          onChange={(u) => set({ unit: u })}
        />
        <NumberField
          id={`goal-${g.id}-baseline`}
          label={t('card.baseline')}
          unit={unit}
          value={g.baseline}
          onChange={(baseline) => set({ baseline })}
          min={0}
          max={g.unit === 'percent' ? 100 : undefined}
          hint={t('card.baselineHint')}
        />
        <NumberField
          id={`goal-${g.id}-target`}
          label={t('card.target')}
          unit={unit}
          value={g.target}
          onChange={(target) => set({ target })}
          min={0}
          max={g.unit === 'percent' ? 100 : undefined}
        />
        <DateField id={`goal-${g.id}-deadline`} label={t('card.deadline')} value={g.deadline} onChange={(deadline) => set({ deadline })} />
        <SelectField
          id={`goal-${g.id}-owner`}
          label={t('card.owner')}
          value={g.owner}
          options={OWNERS.map((o) => ({ value: o, label: teamLabel(o) }))}
          onChange={(owner) => set({ owner })}
        />
      </div>
    </article>
  );
}
