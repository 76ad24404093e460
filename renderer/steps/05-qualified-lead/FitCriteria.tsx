import { Plus, Trash2 } from 'lucide-react';
import { Trans, useTranslation } from 'react-i18next';
import { useCheckMessage } from '../../i18n/gaps';
import { FIT_FIELDS, type FitCriterion, type FitField, type Operator } from '../../../shared/workshop/steps/qualifiedLead';
import { isNumericField } from '../../../shared/scoring/lead';
import { conditionValueError, describeCondition } from '../../../shared/scoring/conditions';
import { newFitCriterion } from '../../../shared/scoring/starterModel';
import { QL_FIELD } from '../../../shared/workshop/stepChecks/qualifiedLead';
import { NumberField, SelectField, TextField } from '../../ui/fields';
import { focusSoon, useModel } from './useModel';

const TEXT_OPERATORS: readonly Operator[] = ['contains', 'equals', 'oneOf'];
const NUMBER_OPERATORS: readonly Operator[] = ['gte', 'lte', 'equals', 'oneOf'];
export const operatorsFor = (f: FitField) => (isNumericField(f) ? NUMBER_OPERATORS : TEXT_OPERATORS);
/** Field and operator names, placeholders and value errors in the UI language, for fit and negative rows. */
export function useCriterionText() {
  const { t } = useTranslation('qualifiedLead');
  const say = useCheckMessage();
  return {
    fieldOptions: FIT_FIELDS.map((f) => ({ value: f, label: t(`field.${f}`) })),
    operatorOptions: (f: FitField) => operatorsFor(f).map((o) => ({ value: o, label: t(`operator.${o}`) })),
    valuePlaceholder: (f: FitField, o: Operator) => (f === 'emailDomain' && o === 'oneOf' ? t('placeholder.domains') : t(`placeholder.${o}`)),
    /** An error for a value the room has typed that cannot be compared (empty is still being typed). */
    valueError: (label: string, c: Pick<FitCriterion, 'operator' | 'value'>) => {
      const err = c.value.trim() === '' ? null : conditionValueError(c.operator, c.value);
      return err ? `${label}: ${say(err)}.` : null;
    },
  };
}

/** The operator to keep when the field changes: numbers and text do not share every comparison. */
export const operatorAfterFieldChange = (f: FitField, current: Operator): Operator => (operatorsFor(f).includes(current) ? current : operatorsFor(f)[0]!);

export function FitCriteria() {
  const { q, edit, removeWithUndo } = useModel();
  const { t } = useTranslation('qualifiedLead');
  const { fieldOptions, operatorOptions, valuePlaceholder, valueError } = useCriterionText();

  const add = () => {
    const c = newFitCriterion();
    edit((d) => void d.fit.push(c));
    focusSoon(QL_FIELD.fitValue(c.id));
  };

  return (
    <section className="card section" aria-labelledby="ql-fit-h">
      <div className="section-head">
        <h2 id="ql-fit-h">{t('fit.title')}</h2>
        <button className="btn" id={QL_FIELD.fit} onClick={add}><Plus size={18} aria-hidden="true" /> {t('fit.add')}</button>
      </div>
      <p className="muted">{t('fit.intro')}</p>
      {q.fit.length === 0 ? (
        <p className="ql-empty"><Trans t={t} i18nKey="fit.empty" components={{ em: <em /> }} /></p>
      ) : (
        <table className="table ql-table" aria-labelledby="ql-fit-h">
          <thead>
            <tr>
              <th scope="col" className="ql-col-field">{t('col.field')}</th>
              <th scope="col" className="ql-col-op">{t('col.condition')}</th>
              <th scope="col">{t('col.value')}</th>
              <th scope="col" className="ql-col-points">{t('col.points')}</th>
              <th scope="col" className="ql-col-remove"><span className="sr-only">{t('col.remove')}</span></th>
            </tr>
          </thead>
          <tbody>
            {q.fit.map((c, i) => {
              const n = i + 1;
              const set = (patch: Partial<FitCriterion>) => edit((d) => void Object.assign(d.fit[i]!, patch));
              return (
                <tr key={c.id}>
                  <td><SelectField id={`ql-fit-${c.id}-field`} label={t('fit.rowField', { n })} value={c.field} options={fieldOptions}
                    onChange={(field) => set({ field, operator: operatorAfterFieldChange(field, c.operator) })} /></td>
                  <td><SelectField id={`ql-fit-${c.id}-operator`} label={t('fit.rowCondition', { n })} value={c.operator} options={operatorOptions(c.field)} onChange={(operator) => set({ operator })} /></td>
                  <td><TextField id={QL_FIELD.fitValue(c.id)} label={t('fit.rowValue', { n })} value={c.value} maxLength={500} placeholder={valuePlaceholder(c.field, c.operator)}
                    error={valueError(t('fit.rowValue', { n }), c)} onChange={(value) => set({ value })} /></td>
                  <td className="ql-num-cell"><NumberField id={`ql-fit-${c.id}-points`} label={t('fit.rowPoints', { n })} value={c.points} integer min={0} max={1000} onChange={(p) => p !== null && set({ points: p })} /></td>
                  <td>
                    <button className="btn btn-ghost btn-sm icon-btn" aria-label={t('fit.remove', { n })}
                      onClick={() => removeWithUndo((d) => void d.fit.splice(i, 1), t('fit.removed', { what: describeCondition(c.field, c.operator, c.value) }))}>
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
