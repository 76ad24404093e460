import { Plus, Trash2 } from 'lucide-react';
import { FIT_FIELDS, type FitCriterion, type FitField, type Operator } from '../../../shared/workshop/steps/qualifiedLead';
import { FIT_FIELD_LABEL, isNumericField } from '../../../shared/scoring/lead';
import { conditionValueError, describeCondition, OPERATOR_LABEL } from '../../../shared/scoring/conditions';
import { newFitCriterion } from '../../../shared/scoring/starterModel';
import { QL_FIELD } from '../../../shared/workshop/stepChecks/qualifiedLead';
import { NumberField, SelectField, TextField } from '../../ui/fields';
import { focusSoon, useModel } from './useModel';

const TEXT_OPERATORS: readonly Operator[] = ['contains', 'equals', 'oneOf'];
const NUMBER_OPERATORS: readonly Operator[] = ['gte', 'lte', 'equals', 'oneOf'];
export const operatorsFor = (f: FitField) => (isNumericField(f) ? NUMBER_OPERATORS : TEXT_OPERATORS);
export const FIELD_OPTIONS = FIT_FIELDS.map((f) => ({ value: f, label: FIT_FIELD_LABEL[f] }));
export const operatorOptions = (f: FitField) => operatorsFor(f).map((o) => ({ value: o, label: OPERATOR_LABEL[o] }));

const PLACEHOLDER: Record<Operator, string> = { equals: 'e.g. Director', contains: 'e.g. Head of', oneOf: 'e.g. Software, Retail', gte: 'e.g. 200', lte: 'e.g. 5000' };
export const valuePlaceholder = (f: FitField, o: Operator) => (f === 'emailDomain' && o === 'oneOf' ? 'e.g. rival.com, other.com' : PLACEHOLDER[o]);

/** The operator to keep when the field changes: numbers and text do not share every comparison. */
export const operatorAfterFieldChange = (f: FitField, current: Operator): Operator => (operatorsFor(f).includes(current) ? current : operatorsFor(f)[0]!);

/** An error for a value the room has typed that cannot be compared (empty is still being typed). */
export const valueError = (label: string, c: Pick<FitCriterion, 'operator' | 'value'>) => {
  const err = c.value.trim() === '' ? null : conditionValueError(c.operator, c.value);
  return err ? `${label}: ${err}.` : null;
};

export function FitCriteria() {
  const { q, edit, removeWithUndo } = useModel();

  const add = () => {
    const c = newFitCriterion();
    edit((d) => void d.fit.push(c));
    focusSoon(QL_FIELD.fitValue(c.id));
  };

  return (
    <section className="card section" aria-labelledby="ql-fit-h">
      <div className="section-head">
        <h2 id="ql-fit-h">Fit: who the lead is</h2>
        <button className="btn" id={QL_FIELD.fit} onClick={add}><Plus size={18} aria-hidden="true" /> Add fit criterion</button>
      </div>
      <p className="muted">Demographic and firmographic facts, each worth points when the lead matches. Text compares without case; “is one of” takes a comma-separated list.</p>
      {q.fit.length === 0 ? (
        <p className="ql-empty">No fit criteria yet. Example: <em>Industry is one of Software, Retail +15</em>, or <em>Company size is at least 200 employees +10</em>.</p>
      ) : (
        <table className="table ql-table" aria-labelledby="ql-fit-h">
          <thead>
            <tr>
              <th scope="col" className="ql-col-field">Field</th>
              <th scope="col" className="ql-col-op">Condition</th>
              <th scope="col">Value</th>
              <th scope="col" className="ql-col-points">Points</th>
              <th scope="col" className="ql-col-remove"><span className="sr-only">Remove</span></th>
            </tr>
          </thead>
          <tbody>
            {q.fit.map((c, i) => {
              const n = `Fit ${i + 1}`;
              const set = (patch: Partial<FitCriterion>) => edit((d) => void Object.assign(d.fit[i]!, patch));
              return (
                <tr key={c.id}>
                  <td><SelectField id={`ql-fit-${c.id}-field`} label={`${n} field`} value={c.field} options={FIELD_OPTIONS}
                    onChange={(field) => set({ field, operator: operatorAfterFieldChange(field, c.operator) })} /></td>
                  <td><SelectField id={`ql-fit-${c.id}-operator`} label={`${n} condition`} value={c.operator} options={operatorOptions(c.field)} onChange={(operator) => set({ operator })} /></td>
                  <td><TextField id={QL_FIELD.fitValue(c.id)} label={`${n} value`} value={c.value} maxLength={500} placeholder={valuePlaceholder(c.field, c.operator)}
                    error={valueError(`${n} value`, c)} onChange={(value) => set({ value })} /></td>
                  <td className="ql-num-cell"><NumberField id={`ql-fit-${c.id}-points`} label={`${n} points`} value={c.points} integer min={0} max={1000} onChange={(p) => p !== null && set({ points: p })} /></td>
                  <td>
                    <button className="btn btn-ghost btn-sm icon-btn" aria-label={`Remove fit criterion ${i + 1}`}
                      onClick={() => removeWithUndo((d) => void d.fit.splice(i, 1), `Removed fit criterion “${describeCondition(c.field, c.operator, c.value)}”.`)}>
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
