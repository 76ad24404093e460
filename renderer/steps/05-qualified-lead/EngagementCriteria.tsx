import { Plus } from 'lucide-react';
import { Trans, useTranslation } from 'react-i18next';
import type { EngagementCriterion } from '../../../shared/workshop/steps/qualifiedLead';
import { PERIODS } from '../../../shared/workshop/steps/sla';
import { newEngagementCriterion } from '../../../shared/scoring/starterModel';
import { QL_FIELD } from '../../../shared/workshop/stepChecks/qualifiedLead';
import { NumberField, SelectField, TextField } from '../../ui/fields';
import { EditableTable, type EditableColumn } from '../../ui/EditableTable';
import { focusSoon, useModel } from './useModel';

export function EngagementCriteria() {
  const { q, edit, removeWithUndo } = useModel();
  const { t } = useTranslation('qualifiedLead');
  const periodOptions = PERIODS.map((p) => ({ value: p, label: t(`engagement.per.${p}`) }));

  const add = () => {
    const c = newEngagementCriterion();
    edit((d) => void d.engagement.push(c));
    focusSoon(QL_FIELD.behaviour(c.id));
  };

  const set = (i: number, patch: Partial<EngagementCriterion>) => edit((d) => void Object.assign(d.engagement[i]!, patch));
  const columns: EditableColumn<EngagementCriterion>[] = [
    {
      key: 'behaviour',
      header: t('col.behaviour'),
      id: (c) => QL_FIELD.behaviour(c.id),
      render: (c, i, cell) => (
        <TextField
          id={cell.id}
          label={t('engagement.rowName', { n: i + 1 })}
          value={c.behaviour}
          maxLength={200}
          placeholder={t('engagement.placeholder')}
          onChange={(behaviour) => set(i, { behaviour })}
        />
      ),
    },
    {
      key: 'points',
      header: t('col.pointsEach'),
      className: 'ql-col-points ql-num-cell',
      id: (c) => `ql-eng-${c.id}-points`,
      render: (c, i, cell) => (
        <NumberField
          id={cell.id}
          label={t('engagement.rowPoints', { n: i + 1 })}
          value={c.points}
          integer
          min={0}
          max={1000}
          onChange={(p) => p !== null && set(i, { points: p })}
        />
      ),
    },
    {
      key: 'cap',
      header: t('col.cap'),
      className: 'ql-col-cap ql-num-cell',
      id: (c) => `ql-eng-${c.id}-cap`,
      render: (c, i, cell) => (
        <NumberField
          id={cell.id}
          label={t('engagement.rowCap', { n: i + 1 })}
          value={c.capPerPeriod}
          integer
          min={0}
          max={10000}
          onChange={(capPerPeriod) => set(i, { capPerPeriod })}
        />
      ),
    },
    {
      key: 'capPeriod',
      header: t('col.capPeriod'),
      className: 'ql-col-op',
      id: (c) => `ql-eng-${c.id}-cap-period`,
      render: (c, i, cell) => (
        <SelectField
          id={cell.id}
          label={t('engagement.rowCapPeriod', { n: i + 1 })}
          value={c.capPeriod}
          options={periodOptions}
          onChange={(capPeriod) => set(i, { capPeriod })}
        />
      ),
    },
  ];

  return (
    <section className="card section" aria-labelledby="ql-eng-h">
      <div className="section-head">
        <h2 id="ql-eng-h">{t('engagement.title')}</h2>
        <button className="btn" id={QL_FIELD.engagement} onClick={add}>
          <Plus size={18} aria-hidden="true" /> {t('engagement.add')}
        </button>
      </div>
      <p className="muted">{t('engagement.intro')}</p>
      {q.engagement.length === 0 ? (
        <p className="ql-empty">
          <Trans t={t} i18nKey="engagement.empty" components={{ em: <em /> }} />
        </p>
      ) : (
        <EditableTable
          rows={q.engagement}
          columns={columns}
          labelledBy="ql-eng-h"
          className="ql-table"
          removeHeader={t('col.remove')}
          removeLabel={(_, n) => t('engagement.remove', { n })}
          onRemove={(c, i) =>
            removeWithUndo(
              (d) => void d.engagement.splice(i, 1),
              t('engagement.removed', { what: c.behaviour || t('engagement.fallback', { n: i + 1 }) }),
            )
          }
          onAdd={add}
        />
      )}
    </section>
  );
}
