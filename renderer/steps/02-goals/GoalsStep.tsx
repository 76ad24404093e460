import { Plus } from 'lucide-react';
import { GOAL_KINDS } from '../../../shared/workshop/schema';
import { newId } from '../../../shared/workshop/factory';
import { useOpenWorkshop, useWorkshop } from '../../app/workshopStore';
import { SelectField } from '../../ui/fields';
import { CURRENCIES, GOAL_CATALOGUE } from './goalCatalogue';
import { GoalCard } from './GoalCard';
import { TeamAgreement } from './TeamAgreement';
import './goals.css';

export function GoalsStep() {
  const w = useOpenWorkshop();
  const update = useWorkshop((s) => s.update);
  const goals = w.goals.goals;

  const add = (kind: (typeof GOAL_KINDS)[number]) => {
    const id = newId();
    const c = GOAL_CATALOGUE[kind];
    update((d) =>
      void d.goals.goals.push({ id, kind, title: kind === 'custom' ? '' : c.label, metric: c.metric, unit: c.unit, baseline: null, target: null, deadline: '', owner: 'shared' }),
    );
    requestAnimationFrame(() => document.getElementById(`goal-${id}-${kind === 'custom' ? 'title' : 'baseline'}`)?.focus());
  };

  return (
    <>
      <section className="card section" aria-labelledby="goals-h">
        <div className="section-head">
          <h2 id="goals-h">Business objectives</h2>
          <div style={{ width: 200 }}>
            <SelectField id="currency" label="Currency" value={w.goals.currency} options={CURRENCIES.map((c) => ({ value: c, label: c }))}
              onChange={(v) => update((d) => void (d.goals.currency = v))} />
          </div>
        </div>
        <div className="goal-catalogue" id="goals" tabIndex={-1} role="group" aria-label="Add a goal from the catalogue">
          {GOAL_KINDS.map((k) => (
            <button key={k} className="btn btn-sm" onClick={() => add(k)}>
              <Plus size={16} aria-hidden="true" /> {GOAL_CATALOGUE[k].label}
            </button>
          ))}
        </div>
        {goals.length === 0 && (
          <p className="muted">
            Pick the two or three objectives both teams will answer for. Shared goals matter: 87 % of leaders say collaboration
            between sales and marketing enables critical growth.
          </p>
        )}
        <div className="goal-list">
          {goals.map((g, i) => <GoalCard key={g.id} index={i} />)}
        </div>
      </section>
      <TeamAgreement />
    </>
  );
}
