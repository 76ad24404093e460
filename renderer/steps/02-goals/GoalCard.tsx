import { Trash2 } from 'lucide-react';
import { GOAL_KINDS, GOAL_UNITS, type Goal } from '../../../shared/workshop/schema';
import { OWNERS } from '../../../shared/workshop/teams';
import { useOpenWorkshop, useWorkshop } from '../../app/workshopStore';
import { showToast } from '../../app/toastStore';
import { DateField, NumberField, SelectField, TextField } from '../../ui/fields';
import { TEAM_LABEL, TeamBadge } from '../../ui/TeamBadge';
import { GOAL_CATALOGUE } from './goalCatalogue';

const UNIT_LABEL: Record<Goal['unit'], string> = { currency: 'Money', percent: 'Percent', count: 'Count' };

export function GoalCard({ index }: { index: number }) {
  const w = useOpenWorkshop();
  const update = useWorkshop((s) => s.update);
  const replace = useWorkshop((s) => s.replace);
  const g = w.goals.goals[index]!;
  const set = (patch: Partial<Goal>) => update((d) => void Object.assign(d.goals.goals[index]!, patch));
  const unit = g.unit === 'currency' ? w.goals.currency : g.unit === 'percent' ? '%' : undefined;
  const name = g.title || GOAL_CATALOGUE[g.kind].label;

  return (
    <article className="goal-card" aria-label={`Goal ${index + 1}: ${name}`}>
      <header className="row">
        <span className="goal-num">{index + 1}</span>
        <h3 className="spacer">{name}</h3>
        <TeamBadge team={g.owner} />
        <button className="btn btn-ghost btn-sm icon-btn" aria-label={`Remove goal ${index + 1}`} onClick={() => {
          const before = w;
          update((d) => void d.goals.goals.splice(index, 1));
          showToast({ message: `Removed goal “${name}”.`, action: { label: 'Undo', run: () => replace(before) } });
        }}>
          <Trash2 size={16} />
        </button>
      </header>
      <div className="grid-3">
        <SelectField id={`goal-${g.id}-kind`} label="Objective" value={g.kind} options={GOAL_KINDS.map((k) => ({ value: k, label: GOAL_CATALOGUE[k].label }))}
          onChange={(kind) => set({ kind, ...(kind !== 'custom' && { title: GOAL_CATALOGUE[kind].label }) })} />
        <TextField id={`goal-${g.id}-title`} label="Name" value={g.title} onChange={(title) => set({ title })} maxLength={200} />
        <TextField id={`goal-${g.id}-metric`} label="Metric" value={g.metric} onChange={(metric) => set({ metric })} maxLength={200} hint="How it is measured" />
        <SelectField id={`goal-${g.id}-unit`} label="Unit" value={g.unit} options={GOAL_UNITS.map((u) => ({ value: u, label: UNIT_LABEL[u] }))} onChange={(u) => set({ unit: u })} />
        <NumberField id={`goal-${g.id}-baseline`} label="Baseline" unit={unit} value={g.baseline} onChange={(baseline) => set({ baseline })} min={0} max={g.unit === 'percent' ? 100 : undefined} hint="Today's value" />
        <NumberField id={`goal-${g.id}-target`} label="Target" unit={unit} value={g.target} onChange={(target) => set({ target })} min={0} max={g.unit === 'percent' ? 100 : undefined} />
        <DateField id={`goal-${g.id}-deadline`} label="Deadline" value={g.deadline} onChange={(deadline) => set({ deadline })} />
        <SelectField id={`goal-${g.id}-owner`} label="Owner" value={g.owner} options={OWNERS.map((o) => ({ value: o, label: TEAM_LABEL[o] }))} onChange={(owner) => set({ owner })} />
      </div>
    </article>
  );
}
