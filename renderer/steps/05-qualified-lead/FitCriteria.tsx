import { Plus } from 'lucide-react';
import { Trans, useTranslation } from 'react-i18next';
import { useCheckMessage } from '../../i18n/checks';
import { FIT_FIELDS, type FitCriterion, type FitField, type Operator } from '../../../shared/workshop/steps/qualifiedLead';
import { isNumericField } from '../../../shared/scoring/lead';
import { conditionProblemMessage, conditionValueError, describeCondition } from '../../../shared/scoring/conditions';
import { newFitCriterion } from '../../../shared/scoring/starterModel';
import { QL_FIELD } from '../../../shared/workshop/stepChecks/qualifiedLead';
import { NumberField, SelectField, TextField } from '../../ui/fields';
import { EditableTable, type EditableColumn } from '../../ui/EditableTable';
import { focusSoon, useModel } from './useModel';

// Whole words first: what a marketer means by "the title has Director"; "contains" is the explicit substring.
const TEXT_OPERATORS: readonly Operator[] = ['word', 'oneOf', 'equals', 'startsWith', 'contains'];
const NUMBER_OPERATORS: readonly Operator[] = ['between', 'gte', 'lte', 'equals', 'oneOf'];
export const operatorsFor = (f: FitField) => (isNumericField(f) ? NUMBER_OPERATORS : TEXT_OPERATORS);
/** Field and operator names, placeholders and value errors in the UI language, for fit and negative rows. */
export function useCriterionText() {
  const { t } = useTranslation('qualifiedLead');
  const say = useCheckMessage();
  return {
    fieldOptions: FIT_FIELDS.map((f) => ({ value: f, label: t(`field.${f}`) })),
    operatorOptions: (f: FitField) => operatorsFor(f).map((o) => ({ value: o, label: t(`operator.${o}`) })),
    valuePlaceholder: (f: FitField, o: Operator) =>
      f === 'emailDomain' && o === 'oneOf' ? t('placeholder.domains') : t(`placeholder.${o}`),
    /** An error for a value the room has typed that cannot be compared (empty is still being typed). */
    valueError: (label: string, c: Pick<FitCriterion, 'operator' | 'value' | 'valueMax'>) => {
      const typed = c.value.trim() !== '' && (c.operator !== 'between' || (c.valueMax ?? '').trim() !== '');
      const err = typed ? conditionValueError(c.operator, c.value, c.valueMax) : null;
      return err ? `${label}: ${say(conditionProblemMessage(c.operator, err))}.` : null;
    },
  };
}

/** The value of a criterion: one field, or "from … to" for a range. */
export function ConditionValue({
  c,
  idBase,
  valueId,
  label,
  onChange,
}: {
  c: Pick<FitCriterion, 'field' | 'operator' | 'value' | 'valueMax'>;
  idBase: string;
  valueId: string;
  label: string;
  onChange: (patch: Partial<Pick<FitCriterion, 'value' | 'valueMax'>>) => void;
}) {
  const { t } = useTranslation('qualifiedLead');
  const { valuePlaceholder, valueError } = useCriterionText();
  if (c.operator !== 'between')
    return (
      <TextField
        id={valueId}
        label={label}
        value={c.value}
        maxLength={500}
        placeholder={valuePlaceholder(c.field, c.operator)}
        error={valueError(label, c)}
        onChange={(value) => onChange({ value })}
      />
    );
  return (
    <div className="ql-range">
      <TextField
        id={valueId}
        label={t('range.from', { label })}
        value={c.value}
        maxLength={100}
        placeholder={t('placeholder.gte')}
        error={valueError(label, c)}
        onChange={(value) => onChange({ value })}
      />
      <span className="ql-range-to" aria-hidden="true">
        {t('range.to')}
      </span>
      <TextField
        id={`${idBase}-max`}
        label={t('range.upTo', { label })}
        value={c.valueMax ?? ''}
        maxLength={100}
        placeholder={t('placeholder.lte')}
        onChange={(valueMax) => onChange({ valueMax })}
      />
    </div>
  );
}

/** The operator to keep when the field changes: numbers and text do not share every comparison. */
export const operatorAfterFieldChange = (f: FitField, current: Operator): Operator =>
  operatorsFor(f).includes(current) ? current : operatorsFor(f)[0]!;

export function FitCriteria() {
  const { q, edit, removeWithUndo } = useModel();
  const { t } = useTranslation('qualifiedLead');
  const { fieldOptions, operatorOptions } = useCriterionText();

  const add = () => {
    const c = newFitCriterion();
    edit((d) => void d.fit.push(c));
    focusSoon(QL_FIELD.fitValue(c.id));
  };

  const set = (i: number, patch: Partial<FitCriterion>) => edit((d) => void Object.assign(d.fit[i]!, patch));
  // Each field labels itself ("Fit 2 points"), so its error can name the row.
  const columns: EditableColumn<FitCriterion>[] = [
    {
      key: 'field',
      header: t('col.field'),
      className: 'ql-col-field',
      id: (c) => `ql-fit-${c.id}-field`,
      render: (c, i, cell) => (
        <SelectField
          id={cell.id}
          label={t('fit.rowField', { n: i + 1 })}
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
      id: (c) => `ql-fit-${c.id}-operator`,
      render: (c, i, cell) => (
        <SelectField
          id={cell.id}
          label={t('fit.rowCondition', { n: i + 1 })}
          value={c.operator}
          options={operatorOptions(c.field)}
          onChange={(operator) => set(i, { operator })}
        />
      ),
    },
    {
      key: 'value',
      header: t('col.value'),
      id: (c) => QL_FIELD.fitValue(c.id),
      render: (c, i, cell) => (
        <ConditionValue
          c={c}
          idBase={`ql-fit-${c.id}`}
          valueId={cell.id}
          label={t('fit.rowValue', { n: i + 1 })}
          onChange={(p) => set(i, p)}
        />
      ),
    },
    {
      key: 'points',
      header: t('col.points'),
      className: 'ql-col-points ql-num-cell',
      id: (c) => `ql-fit-${c.id}-points`,
      render: (c, i, cell) => (
        <NumberField
          id={cell.id}
          label={t('fit.rowPoints', { n: i + 1 })}
          value={c.points}
          integer
          min={0}
          max={1000}
          onChange={(p) => p !== null && set(i, { points: p })}
        />
      ),
    },
  ];

  return (
    <section className="card section" aria-labelledby="ql-fit-h">
      <div className="section-head">
        <h2 id="ql-fit-h">{t('fit.title')}</h2>
        <button className="btn" id={QL_FIELD.fit} onClick={add}>
          <Plus size={18} aria-hidden="true" /> {t('fit.add')}
        </button>
      </div>
      <p className="muted">{t('fit.intro')}</p>
      {q.fit.length === 0 ? (
        <p className="ql-empty">
          <Trans t={t} i18nKey="fit.empty" components={{ em: <em /> }} />
        </p>
      ) : (
        <EditableTable
          rows={q.fit}
          columns={columns}
          labelledBy="ql-fit-h"
          className="ql-table"
          removeHeader={t('col.remove')}
          removeLabel={(_, n) => t('fit.remove', { n })}
          onRemove={(c, i) =>
            removeWithUndo(
              (d) => void d.fit.splice(i, 1),
              t('fit.removed', { what: describeCondition(c.field, c.operator, c.value, c.valueMax) }),
            )
          }
          onAdd={add}
        />
      )}
    </section>
  );
}
