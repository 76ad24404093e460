import { Plus, Trash2 } from 'lucide-react';
import type { EngagementCriterion } from '../../../shared/workshop/steps/qualifiedLead';
import { newEngagementCriterion } from '../../../shared/scoring/starterModel';
import { QL_FIELD } from '../../../shared/workshop/stepChecks/qualifiedLead';
import { NumberField, TextField } from '../../ui/fields';
import { focusSoon, useModel } from './useModel';

export function EngagementCriteria() {
  const { q, edit, removeWithUndo } = useModel();

  const add = () => {
    const c = newEngagementCriterion();
    edit((d) => void d.engagement.push(c));
    focusSoon(QL_FIELD.behaviour(c.id));
  };

  return (
    <section className="card section" aria-labelledby="ql-eng-h">
      <div className="section-head">
        <h2 id="ql-eng-h">Engagement: what the lead does</h2>
        <button className="btn" id={QL_FIELD.engagement} onClick={add}><Plus size={18} aria-hidden="true" /> Add behaviour</button>
      </div>
      <p className="muted">
        Each time the lead does it, it earns the points, up to the cap per period (a month), so one busy afternoon cannot make a
        lead qualified. Leave the cap empty for no cap.
      </p>
      {q.engagement.length === 0 ? (
        <p className="ql-empty">No behaviours yet. Example: <em>Requested a demo +30, cap 30</em>, or <em>Visited the pricing page +10, cap 20</em>.</p>
      ) : (
        <table className="table ql-table" aria-labelledby="ql-eng-h">
          <thead>
            <tr>
              <th scope="col">Behaviour</th>
              <th scope="col" className="ql-col-points">Points each time</th>
              <th scope="col" className="ql-col-cap">Cap per period</th>
              <th scope="col" className="ql-col-remove"><span className="sr-only">Remove</span></th>
            </tr>
          </thead>
          <tbody>
            {q.engagement.map((c, i) => {
              const n = `Behaviour ${i + 1}`;
              const set = (patch: Partial<EngagementCriterion>) => edit((d) => void Object.assign(d.engagement[i]!, patch));
              return (
                <tr key={c.id}>
                  <td><TextField id={QL_FIELD.behaviour(c.id)} label={`${n} name`} value={c.behaviour} maxLength={200} placeholder="e.g. Requested a demo" onChange={(behaviour) => set({ behaviour })} /></td>
                  <td className="ql-num-cell"><NumberField id={`ql-eng-${c.id}-points`} label={`${n} points`} value={c.points} integer min={0} max={1000} onChange={(p) => p !== null && set({ points: p })} /></td>
                  <td className="ql-num-cell"><NumberField id={`ql-eng-${c.id}-cap`} label={`${n} cap`} value={c.capPerPeriod} integer min={0} max={10000} onChange={(capPerPeriod) => set({ capPerPeriod })} /></td>
                  <td>
                    <button className="btn btn-ghost btn-sm icon-btn" aria-label={`Remove behaviour ${i + 1}`}
                      onClick={() => removeWithUndo((d) => void d.engagement.splice(i, 1), `Removed behaviour “${c.behaviour || `behaviour ${i + 1}`}”.`)}>
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
