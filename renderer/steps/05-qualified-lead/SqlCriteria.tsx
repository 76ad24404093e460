import { Plus, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useTeamLabel } from '../../ui/TeamBadge';
import type { SqlCriterion } from '../../../shared/workshop/steps/qualifiedLead';
import { bantCriteria, newSqlCriterion } from '../../../shared/scoring/starterModel';
import { QL_FIELD } from '../../../shared/workshop/stepChecks/qualifiedLead';
import { SelectField, TextField } from '../../ui/fields';
import { TeamBadge } from '../../ui/TeamBadge';
import { focusSoon, useModel } from './useModel';

export function SqlCriteria() {
  const { q, edit, removeWithUndo } = useModel();
  const { t } = useTranslation('qualifiedLead');
  const teamLabel = useTeamLabel();
  const VERIFIER_OPTIONS = (['sdr', 'sales'] as const).map((v) => ({ value: v, label: teamLabel(v) }));

  const add = () => {
    const c = newSqlCriterion();
    edit((d) => void d.sqlCriteria.push(c));
    focusSoon(QL_FIELD.sqlLabel(c.id));
  };

  return (
    <section className="card section" aria-labelledby="ql-sql-h">
      <div className="section-head">
        <h2 id="ql-sql-h">{t('sql.title')}</h2>
        <div className="row">
          {q.sqlCriteria.length === 0 && (
            <button className="btn" onClick={() => edit((d) => void d.sqlCriteria.push(...bantCriteria()))}>
              {t('sql.bant')}
            </button>
          )}
          <button className="btn" id={QL_FIELD.sql} onClick={add}>
            <Plus size={18} aria-hidden="true" /> {t('sql.add')}
          </button>
        </div>
      </div>
      <p className="muted">{t('sql.intro')}</p>
      {q.sqlCriteria.length === 0 ? (
        <p className="ql-empty">{t('sql.empty')}</p>
      ) : (
        <ol className="ql-sql-list">
          {q.sqlCriteria.map((c, i) => {
            const n = t('sql.row', { n: i + 1 });
            const set = (patch: Partial<SqlCriterion>) => edit((d) => void Object.assign(d.sqlCriteria[i]!, patch));
            return (
              <li key={c.id} className="ql-sql-row">
                <TextField
                  id={QL_FIELD.sqlLabel(c.id)}
                  label={`${n}`}
                  value={c.label}
                  maxLength={120}
                  placeholder={t('sql.placeholder')}
                  onChange={(label) => set({ label })}
                />
                <TextField
                  id={`ql-sql-${c.id}-description`}
                  label={t('sql.confirmed')}
                  value={c.description}
                  maxLength={500}
                  onChange={(description) => set({ description })}
                />
                <div className="ql-sql-verifier">
                  <SelectField
                    id={`ql-sql-${c.id}-verifiedBy`}
                    label={t('sql.verifiedBy')}
                    value={c.verifiedBy}
                    options={VERIFIER_OPTIONS}
                    onChange={(verifiedBy) => set({ verifiedBy })}
                  />
                  <TeamBadge team={c.verifiedBy} />
                </div>
                <button
                  className="btn btn-ghost btn-sm icon-btn"
                  aria-label={t('sql.remove', { n: i + 1 })}
                  onClick={() => removeWithUndo((d) => void d.sqlCriteria.splice(i, 1), t('sql.removed', { what: c.label || i + 1 }))}
                >
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
