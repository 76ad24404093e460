import { Plus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { NEGATIVE_KINDS, type NegativeCriterion } from '../../../shared/workshop/steps/qualifiedLead';
import { NEGATIVE_PRESET, newNegativeCriterion } from '../../../shared/scoring/starterModel';
import { QL_FIELD } from '../../../shared/workshop/stepChecks/qualifiedLead';
import { NumberField, SelectField } from '../../ui/fields';
import { ConditionValue, operatorAfterFieldChange, useCriterionText } from './FitCriteria';
import { EditableTable, type EditableColumn } from '../../ui/EditableTable';
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

  const set = (i: number, patch: Partial<NegativeCriterion>) => edit((d) => void Object.assign(d.negative[i]!, patch));
  const columns: EditableColumn<NegativeCriterion>[] = [
    {
      key: 'kind',
      header: t('col.kind'),
      className: 'ql-col-kind',
      id: (c) => `ql-neg-${c.id}-kind`,
      render: (c, i, cell) => (
        <SelectField
          id={cell.id}
          label={t('negative.rowKind', { n: i + 1 })}
          value={c.kind}
          options={KIND_OPTIONS}
          onChange={(kind) => set(i, withKind(c, kind))}
        />
      ),
    },
    {
      key: 'field',
      header: t('col.field'),
      className: 'ql-col-field',
      id: (c) => `ql-neg-${c.id}-field`,
      render: (c, i, cell) => (
        <SelectField
          id={cell.id}
          label={t('negative.rowField', { n: i + 1 })}
          value={c.field}
          options={fieldOptions}
          onChange={(field) => set(i, { field, operator: operatorAfterFieldChange(field, c.operator) })}
        />
      ),
    },
    {
      key: 'operator',
      header: t('col.condition'),
      className: 'ql-col-op',
      id: (c) => `ql-neg-${c.id}-operator`,
      render: (c, i, cell) => (
        <SelectField
          id={cell.id}
          label={t('negative.rowCondition', { n: i + 1 })}
          value={c.operator}
          options={operatorOptions(c.field)}
          onChange={(operator) => set(i, { operator })}
        />
      ),
    },
    {
      key: 'value',
      header: t('col.value'),
      id: (c) => QL_FIELD.negativeValue(c.id),
      render: (c, i, cell) => (
        <ConditionValue
          c={c}
          idBase={`ql-neg-${c.id}`}
          valueId={cell.id}
          label={t('negative.rowValue', { n: i + 1 })}
          onChange={(p) => set(i, p)}
        />
      ),
    },
    {
      key: 'points',
      header: t('col.pointsOff'),
      className: 'ql-col-points ql-num-cell',
      id: (c) => `ql-neg-${c.id}-points`,
      render: (c, i, cell) => (
        <NumberField
          id={cell.id}
          label={t('negative.rowPoints', { n: i + 1 })}
          value={c.points}
          integer
          min={0}
          max={1000}
          onChange={(p) => p !== null && set(i, { points: p })}
        />
      ),
    },
    {
      key: 'veto',
      header: t('col.veto'),
      className: 'ql-col-veto ql-veto-cell',
      id: (c) => `ql-neg-${c.id}-veto`,
      render: (c, i, cell) => (
        <label className="ql-veto">
          <input type="checkbox" id={cell.id} checked={c.veto} onChange={(e) => set(i, { veto: e.target.checked })} />
          <span className="sr-only">{t('negative.rowVeto', { n: i + 1 })}</span>
          {t('negative.veto')}
        </label>
      ),
    },
  ];

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
        <EditableTable
          rows={q.negative}
          columns={columns}
          labelledBy="ql-neg-h"
          className="ql-table"
          removeHeader={t('col.remove')}
          removeLabel={(_, n) => t('negative.remove', { n })}
          onRemove={(c, i) =>
            removeWithUndo((d) => void d.negative.splice(i, 1), t('negative.removed', { what: t(`negative.kind.${c.kind}`) }))
          }
          onAdd={add}
        />
      )}
    </section>
  );
}
