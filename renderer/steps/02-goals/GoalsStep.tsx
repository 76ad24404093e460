import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Plus } from 'lucide-react';
import { GOAL_KINDS } from '../../../shared/workshop/schema';
import { newId } from '../../../shared/workshop/factory';
import { useOpenWorkshop, useWorkshop } from '../../app/workshopStore';
import { preloadLanguage } from '../../i18n';
import { SelectField } from '../../ui/fields';
import { CURRENCIES, GOAL_UNIT, goalDefaults } from './goalCatalogue';
import { GoalCard } from './GoalCard';
import { TeamAgreement } from './TeamAgreement';
import './goals.css';

export function GoalsStep() {
  const w = useOpenWorkshop();
  const update = useWorkshop((s) => s.update);
  const { t } = useTranslation('goals');
  const goals = w.goals.goals;
  useEffect(() => preloadLanguage(w.language), [w.language]);

  const add = (kind: (typeof GOAL_KINDS)[number]) => {
    const id = newId();
    const { title, metric } = goalDefaults(kind, w.language);
    update(
      (d) =>
        void d.goals.goals.push({
          id,
          kind,
          title,
          metric,
          unit: GOAL_UNIT[kind],
          baseline: null,
          target: null,
          deadline: '',
          owner: 'shared',
        }),
    );
    requestAnimationFrame(() => document.getElementById(`goal-${id}-${kind === 'custom' ? 'title' : 'baseline'}`)?.focus());
  };

  return (
    <>
      <section className="card section" aria-labelledby="goals-h">
        <div className="section-head">
          <h2 id="goals-h">{t('objectives')}</h2>
          <div style={{ width: 200 }}>
            <SelectField
              id="currency"
              label={t('currency')}
              value={w.goals.currency}
              options={CURRENCIES.map((c) => ({ value: c, label: c }))}
              onChange={(v) => update((d) => void (d.goals.currency = v))}
            />
          </div>
        </div>
        <div className="goal-catalogue" id="goals" tabIndex={-1} role="group" aria-label={t('catalogue')}>
          {GOAL_KINDS.map((k) => (
            <button key={k} className="btn btn-sm" onClick={() => add(k)}>
              <Plus size={16} aria-hidden="true" /> {t(`kind.${k}.label`)}
            </button>
          ))}
        </div>
        {goals.length === 0 && <p className="muted">{t('empty')}</p>}
        <div className="goal-list">
          {goals.map((g, i) => (
            <GoalCard key={g.id} index={i} />
          ))}
        </div>
      </section>
      <TeamAgreement />
    </>
  );
}
