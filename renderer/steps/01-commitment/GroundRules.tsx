import { Plus, X } from 'lucide-react';
import { useOpenWorkshop, useWorkshop } from '../../app/workshopStore';

export function GroundRules() {
  const rules = useOpenWorkshop().commitment.groundRules;
  const update = useWorkshop((s) => s.update);
  return (
    <fieldset className="stack" style={{ border: 'none', padding: 0, margin: 0, gap: 'var(--space-2)' }}>
      <legend className="field-label" id="groundRules" tabIndex={-1}>Ground rules</legend>
      {rules.map((r, i) => (
        <div className="row" key={i} style={{ flexWrap: 'nowrap' }}>
          <label className="sr-only" htmlFor={`rule-${i}`}>Ground rule {i + 1}</label>
          <input className="input" id={`rule-${i}`} value={r} maxLength={300} onChange={(e) => update((d) => void (d.commitment.groundRules[i] = e.target.value))} />
          <button className="btn btn-ghost btn-sm icon-btn" aria-label={`Remove ground rule ${i + 1}`} onClick={() => update((d) => void d.commitment.groundRules.splice(i, 1))}>
            <X size={16} />
          </button>
        </div>
      ))}
      <div>
        <button className="btn btn-sm" onClick={() => {
          update((d) => void d.commitment.groundRules.push(''));
          requestAnimationFrame(() => document.getElementById(`rule-${rules.length}`)?.focus());
        }}>
          <Plus size={16} aria-hidden="true" /> Add ground rule
        </button>
      </div>
    </fieldset>
  );
}
