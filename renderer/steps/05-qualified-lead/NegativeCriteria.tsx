import { Plus, Trash2 } from 'lucide-react';
import { NEGATIVE_KINDS, type NegativeCriterion } from '../../../shared/workshop/steps/qualifiedLead';
import { NEGATIVE_PRESET, newNegativeCriterion } from '../../../shared/scoring/starterModel';
import { QL_FIELD } from '../../../shared/workshop/stepChecks/qualifiedLead';
import { NumberField, SelectField, TextField } from '../../ui/fields';
import { FIELD_OPTIONS, operatorAfterFieldChange, operatorOptions, valueError, valuePlaceholder } from './FitCriteria';
import { focusSoon, useModel } from './useModel';

export const NEGATIVE_KIND_LABEL: Record<NegativeCriterion['kind'], string> = {
  competitor: 'Competitor',
  student: 'Student',
  freeEmailDomain: 'Free e-mail domain',
  custom: 'Custom',
};
const KIND_OPTIONS = NEGATIVE_KINDS.map((k) => ({ value: k, label: NEGATIVE_KIND_LABEL[k] }));

/** Picking a kind fills the row from its preset, but never throws away a value the room typed for an empty preset. */
function withKind(c: NegativeCriterion, kind: NegativeCriterion['kind']): NegativeCriterion {
  const preset = NEGATIVE_PRESET[kind];
  const typed = c.value.trim() !== '' && c.value !== NEGATIVE_PRESET[c.kind].value;
  return { ...c, kind, ...preset, value: preset.value === '' && typed ? c.value : preset.value };
}

export function NegativeCriteria() {
  const { q, edit, removeWithUndo } = useModel();

  const add = () => {
    const c = newNegativeCriterion('custom');
    edit((d) => void d.negative.push(c));
    focusSoon(`ql-neg-${c.id}-kind`);
  };

  return (
    <section className="card section" aria-labelledby="ql-neg-h">
      <div className="section-head">
        <h2 id="ql-neg-h">Negative criteria</h2>
        <button className="btn" id={QL_FIELD.negative} onClick={add}><Plus size={18} aria-hidden="true" /> Add negative criterion</button>
      </div>
      <p className="muted">Points subtracted when the lead matches. A veto disqualifies the lead whatever its score.</p>
      {q.negative.length === 0 ? (
        <p className="ql-empty">No negative criteria yet. Typical ones: competitors, students, and free e-mail addresses such as gmail.com.</p>
      ) : (
        <table className="table ql-table" aria-labelledby="ql-neg-h">
          <thead>
            <tr>
              <th scope="col" className="ql-col-kind">Kind</th>
              <th scope="col" className="ql-col-field">Field</th>
              <th scope="col" className="ql-col-op">Condition</th>
              <th scope="col">Value</th>
              <th scope="col" className="ql-col-points">Points off</th>
              <th scope="col" className="ql-col-veto">Veto</th>
              <th scope="col" className="ql-col-remove"><span className="sr-only">Remove</span></th>
            </tr>
          </thead>
          <tbody>
            {q.negative.map((c, i) => {
              const n = `Negative ${i + 1}`;
              const set = (patch: Partial<NegativeCriterion>) => edit((d) => void Object.assign(d.negative[i]!, patch));
              return (
                <tr key={c.id}>
                  <td><SelectField id={`ql-neg-${c.id}-kind`} label={`${n} kind`} value={c.kind} options={KIND_OPTIONS} onChange={(kind) => set(withKind(c, kind))} /></td>
                  <td><SelectField id={`ql-neg-${c.id}-field`} label={`${n} field`} value={c.field} options={FIELD_OPTIONS}
                    onChange={(field) => set({ field, operator: operatorAfterFieldChange(field, c.operator) })} /></td>
                  <td><SelectField id={`ql-neg-${c.id}-operator`} label={`${n} condition`} value={c.operator} options={operatorOptions(c.field)} onChange={(operator) => set({ operator })} /></td>
                  <td><TextField id={QL_FIELD.negativeValue(c.id)} label={`${n} value`} value={c.value} maxLength={500} placeholder={valuePlaceholder(c.field, c.operator)}
                    error={valueError(`${n} value`, c)} onChange={(value) => set({ value })} /></td>
                  <td className="ql-num-cell"><NumberField id={`ql-neg-${c.id}-points`} label={`${n} points`} value={c.points} integer min={0} max={1000} onChange={(p) => p !== null && set({ points: p })} /></td>
                  <td className="ql-veto-cell">
                    <label className="ql-veto">
                      <input type="checkbox" id={`ql-neg-${c.id}-veto`} checked={c.veto} onChange={(e) => set({ veto: e.target.checked })} />
                      <span className="sr-only">{n}: </span>Veto
                    </label>
                  </td>
                  <td>
                    <button className="btn btn-ghost btn-sm icon-btn" aria-label={`Remove negative criterion ${i + 1}`}
                      onClick={() => removeWithUndo((d) => void d.negative.splice(i, 1), `Removed negative criterion “${NEGATIVE_KIND_LABEL[c.kind]}”.`)}>
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
