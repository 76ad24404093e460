import { Plus, Trash2 } from 'lucide-react';
import type { SqlCriterion } from '../../../shared/workshop/steps/qualifiedLead';
import { bantCriteria, newSqlCriterion } from '../../../shared/scoring/starterModel';
import { QL_FIELD } from '../../../shared/workshop/stepChecks/qualifiedLead';
import { SelectField, TextField } from '../../ui/fields';
import { TeamBadge } from '../../ui/TeamBadge';
import { focusSoon, useModel } from './useModel';

const VERIFIER_OPTIONS = [
  { value: 'sdr', label: 'SDR' },
  { value: 'sales', label: 'Sales' },
] as const;

export function SqlCriteria() {
  const { q, edit, removeWithUndo } = useModel();

  const add = () => {
    const c = newSqlCriterion();
    edit((d) => void d.sqlCriteria.push(c));
    focusSoon(QL_FIELD.sqlLabel(c.id));
  };

  return (
    <section className="card section" aria-labelledby="ql-sql-h">
      <div className="section-head">
        <h2 id="ql-sql-h">Sales-qualified: what a person confirms</h2>
        <div className="row">
          {q.sqlCriteria.length === 0 && <button className="btn" onClick={() => edit((d) => void d.sqlCriteria.push(...bantCriteria()))}>Add budget, authority, need, timing</button>}
          <button className="btn" id={QL_FIELD.sql} onClick={add}><Plus size={18} aria-hidden="true" /> Add SQL criterion</button>
        </div>
      </div>
      <p className="muted">A score finds the lead; a conversation confirms it. Each criterion is verified by an SDR or by sales before the lead becomes an SQL.</p>
      {q.sqlCriteria.length === 0 ? (
        <p className="ql-empty">No SQL criteria yet. The classic set is BANT: budget, authority, need and timing.</p>
      ) : (
        <ol className="ql-sql-list">
          {q.sqlCriteria.map((c, i) => {
            const n = `SQL criterion ${i + 1}`;
            const set = (patch: Partial<SqlCriterion>) => edit((d) => void Object.assign(d.sqlCriteria[i]!, patch));
            return (
              <li key={c.id} className="ql-sql-row">
                <TextField id={QL_FIELD.sqlLabel(c.id)} label={`${n}`} value={c.label} maxLength={120} placeholder="e.g. Budget" onChange={(label) => set({ label })} />
                <TextField id={`ql-sql-${c.id}-description`} label="What counts as confirmed" value={c.description} maxLength={500} onChange={(description) => set({ description })} />
                <div className="ql-sql-verifier">
                  <SelectField id={`ql-sql-${c.id}-verifiedBy`} label="Verified by" value={c.verifiedBy} options={VERIFIER_OPTIONS} onChange={(verifiedBy) => set({ verifiedBy })} />
                  <TeamBadge team={c.verifiedBy} />
                </div>
                <button className="btn btn-ghost btn-sm icon-btn" aria-label={`Remove SQL criterion ${i + 1}`}
                  onClick={() => removeWithUndo((d) => void d.sqlCriteria.splice(i, 1), `Removed SQL criterion “${c.label || i + 1}”.`)}>
                  <Trash2 size={16} />
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
