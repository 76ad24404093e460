import { Plus, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { NEGATIVE_KINDS, type NegativeCriterion } from '../../../shared/workshop/steps/qualifiedLead';
import { NEGATIVE_PRESET, newNegativeCriterion } from '../../../shared/scoring/starterModel';
import { QL_FIELD } from '../../../shared/workshop/stepChecks/qualifiedLead';
import { NumberField, SelectField } from '../../ui/fields';
import { ConditionValue, operatorAfterFieldChange, useCriterionText } from './FitCriteria';
import { focusSoon, useModel } from './useModel';

/** Picking a kind fills the row from its preset, but never throws away a value the room typed for an empty preset. */
function withKind(c: NegativeCriterion, kind: NegativeCriterion['kind']): NegativeCriterion {
  const preset = NEGATIVE_PRESET[kind];
  const typed = c.value.trim() !== '' && c.value !== NEGATIVE_PRESET[c.kind].value;
  return { ...c, kind, ...preset, value: preset.value === '' && typed ? c.value : preset.value };
}

export function NegativeCriteria() {
  const { q, edit, removeWithUndo } = useModel();
  const { t } = useTranslation('qualifiedLead');
  const { fieldOptions, operatorOptions } = useCriterionText();
  const KIND_OPTIONS = NEGATIVE_KINDS.map((k) => ({ value: k, label: t(`negative.kind.${k}`) }));

  const add = () => {
    const c = newNegativeCriterion('custom');
    edit((d) => void d.negative.push(c));
    focusSoon(`ql-neg-${c.id}-kind`);
  };

  return (
    <section className="card section" aria-labelledby="ql-neg-h">
      <div className="section-head">
        <h2 id="ql-neg-h">{t('negative.title')}</h2>
        <button className="btn" id={QL_FIELD.negative} onClick={add}>
          <Plus size={18} aria-hidden="true" /> {t('negative.add')}
        </button>
      </div>
      <p className="muted">{t('negative.intro')}</p>
      {q.negative.length === 0 ? (
        <p className="ql-empty">{t('negative.empty')}</p>
      ) : (
        <table className="table ql-table" aria-labelledby="ql-neg-h">
          <thead>
            <tr>
              <th scope="col" className="ql-col-kind">
                {t('col.kind')}
              </th>
              <th scope="col" className="ql-col-field">
                {t('col.field')}
              </th>
              <th scope="col" className="ql-col-op">
                {t('col.condition')}
              </th>
              <th scope="col">{t('col.value')}</th>
              <th scope="col" className="ql-col-points">
                {t('col.pointsOff')}
              </th>
              <th scope="col" className="ql-col-veto">
                {t('col.veto')}
              </th>
              <th scope="col" className="ql-col-remove">
                <span className="sr-only">{t('col.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {q.negative.map((c, i) => {
              const n = i + 1;
              const set = (patch: Partial<NegativeCriterion>) => edit((d) => void Object.assign(d.negative[i]!, patch));
              return (
                <tr key={c.id}>
                  <td>
                    <SelectField
                      id={`ql-neg-${c.id}-kind`}
                      label={t('negative.rowKind', { n })}
                      value={c.kind}
                      options={KIND_OPTIONS}
                      onChange={(kind) => set(withKind(c, kind))}
                    />
                  </td>
                  <td>
                    <SelectField
                      id={`ql-neg-${c.id}-field`}
                      label={t('negative.rowField', { n })}
                      value={c.field}
                      options={fieldOptions}
                      onChange={(field) => set({ field, operator: operatorAfterFieldChange(field, c.operator) })}
                    />
                  </td>
                  <td>
                    <SelectField
                      id={`ql-neg-${c.id}-operator`}
                      label={t('negative.rowCondition', { n })}
                      value={c.operator}
                      options={operatorOptions(c.field)}
                      onChange={(operator) => set({ operator })}
                    />
                  </td>
                  <td>
                    <ConditionValue
                      c={c}
                      idBase={`ql-neg-${c.id}`}
                      valueId={QL_FIELD.negativeValue(c.id)}
                      label={t('negative.rowValue', { n })}
                      onChange={set}
                    />
                  </td>
                  <td className="ql-num-cell">
                    <NumberField
                      id={`ql-neg-${c.id}-points`}
                      label={t('negative.rowPoints', { n })}
                      value={c.points}
                      integer
                      min={0}
                      max={1000}
                      onChange={(p) => p !== null && set({ points: p })}
                    />
                  </td>
                  <td className="ql-veto-cell">
                    <label className="ql-veto">
                      <input
                        type="checkbox"
                        id={`ql-neg-${c.id}-veto`}
                        checked={c.veto}
                        onChange={(e) => set({ veto: e.target.checked })}
                      />
                      <span className="sr-only">{t('negative.rowVeto', { n })}</span>
                      {t('negative.veto')}
                    </label>
                  </td>
                  <td>
                    <button
                      className="btn btn-ghost btn-sm icon-btn"
                      aria-label={t('negative.remove', { n })}
                      onClick={() =>
                        removeWithUndo((d) => void d.negative.splice(i, 1), t('negative.removed', { what: t(`negative.kind.${c.kind}`) }))
                      }
                    >
                      <Trash2 size={16} />
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
