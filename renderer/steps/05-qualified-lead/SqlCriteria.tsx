import { Plus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useTeamLabel } from '../../ui/TeamBadge';
import type { SqlCriterion } from '../../../shared/workshop/steps/qualifiedLead';
import { bantCriteria, newSqlCriterion } from '../../../shared/scoring/starterModel';
import { QL_FIELD } from '../../../shared/workshop/stepChecks/qualifiedLead';
import { SelectField, TextField } from '../../ui/fields';
import { EditableTable, type EditableColumn } from '../../ui/EditableTable';
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

  const set = (i: number, patch: Partial<SqlCriterion>) => edit((d) => void Object.assign(d.sqlCriteria[i]!, patch));
  // The verifier column is the select alone: its choice is the team's full name (a badge beside it said it again).
  const columns: EditableColumn<SqlCriterion>[] = [
    {
      key: 'label',
      header: t('sql.colCriterion'),
      className: 'ql-col-field',
      id: (c) => QL_FIELD.sqlLabel(c.id),
      render: (c, i, cell) => (
        <TextField
          id={cell.id}
          label={t('sql.row', { n: i + 1 })}
          value={c.label}
          maxLength={120}
          placeholder={t('sql.placeholder')}
          onChange={(label) => set(i, { label })}
        />
      ),
    },
    {
      key: 'description',
      header: t('sql.confirmed'),
      id: (c) => `ql-sql-${c.id}-description`,
      render: (c, i, cell) => (
        <TextField
          id={cell.id}
          label={t('sql.rowConfirmed', { n: i + 1 })}
          value={c.description}
          maxLength={500}
          onChange={(description) => set(i, { description })}
        />
      ),
    },
    {
      key: 'verifiedBy',
      header: t('sql.verifiedBy'),
      className: 'ql-col-field',
      id: (c) => `ql-sql-${c.id}-verifiedBy`,
      render: (c, i, cell) => (
        <SelectField
          id={cell.id}
          label={t('sql.rowVerifiedBy', { n: i + 1 })}
          value={c.verifiedBy}
          options={VERIFIER_OPTIONS}
          onChange={(verifiedBy) => set(i, { verifiedBy })}
        />
      ),
    },
  ];

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
        <EditableTable
          rows={q.sqlCriteria}
          columns={columns}
          labelledBy="ql-sql-h"
          className="ql-table"
          removeHeader={t('col.remove')}
          removeLabel={(_, n) => t('sql.remove', { n })}
          onRemove={(c, i) => removeWithUndo((d) => void d.sqlCriteria.splice(i, 1), t('sql.removed', { what: c.label || i + 1 }))}
          onAdd={add}
        />
      )}
    </section>
  );
}
