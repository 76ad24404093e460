import { Plus, X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useOpenWorkshop, useWorkshop } from '../../app/workshopStore';

export function GroundRules() {
  const rules = useOpenWorkshop().commitment.groundRules;
  const update = useWorkshop((s) => s.update);
  const { t } = useTranslation('commitment');
  return (
    <fieldset className="stack" style={{ border: 'none', padding: 0, margin: 0, gap: 'var(--space-2)' }}>
      <legend className="field-label" id="groundRules" tabIndex={-1}>
        {t('process.groundRules')}
      </legend>
      {rules.map((r, i) => (
        <div className="row" key={i} style={{ flexWrap: 'nowrap' }}>
          <label className="sr-only" htmlFor={`rule-${i}`}>
            {t('process.groundRule', { n: i + 1 })}
          </label>
          <input
            className="input"
            id={`rule-${i}`}
            value={r}
            maxLength={300}
            onChange={(e) =>
              update((d) => void (d.commitment.groundRules[i] = e.target.value), { coalesceKey: `field:commitment.groundRules.${i}` })
            }
          />
          <button
            className="btn btn-ghost btn-sm icon-btn"
            aria-label={t('process.removeRule', { n: i + 1 })}
            onClick={() => update((d) => void d.commitment.groundRules.splice(i, 1))}
          >
            <X size={16} />
          </button>
        </div>
      ))}
      <div>
        <button
          className="btn btn-sm"
          onClick={() => {
            update((d) => void d.commitment.groundRules.push(''));
            requestAnimationFrame(() => document.getElementById(`rule-${rules.length}`)?.focus());
          }}
        >
          <Plus size={16} aria-hidden="true" /> {t('process.addRule')}
        </button>
      </div>
    </fieldset>
  );
}
