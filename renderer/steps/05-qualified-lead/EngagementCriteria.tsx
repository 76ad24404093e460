import { Plus, Trash2 } from 'lucide-react';
import { Trans, useTranslation } from 'react-i18next';
import type { EngagementCriterion } from '../../../shared/workshop/steps/qualifiedLead';
import { PERIODS } from '../../../shared/workshop/steps/sla';
import { newEngagementCriterion } from '../../../shared/scoring/starterModel';
import { QL_FIELD } from '../../../shared/workshop/stepChecks/qualifiedLead';
import { NumberField, SelectField, TextField } from '../../ui/fields';
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
        <table className="table ql-table" aria-labelledby="ql-eng-h">
          <thead>
            <tr>
              <th scope="col">{t('col.behaviour')}</th>
              <th scope="col" className="ql-col-points">
                {t('col.pointsEach')}
              </th>
              <th scope="col" className="ql-col-cap">
                {t('col.cap')}
              </th>
              <th scope="col" className="ql-col-op">
                {t('col.capPeriod')}
              </th>
              <th scope="col" className="ql-col-remove">
                <span className="sr-only">{t('col.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {q.engagement.map((c, i) => {
              const n = i + 1;
              const set = (patch: Partial<EngagementCriterion>) => edit((d) => void Object.assign(d.engagement[i]!, patch));
              return (
                <tr key={c.id}>
                  <td>
                    <TextField
                      id={QL_FIELD.behaviour(c.id)}
                      label={t('engagement.rowName', { n })}
                      value={c.behaviour}
                      maxLength={200}
                      placeholder={t('engagement.placeholder')}
                      onChange={(behaviour) => set({ behaviour })}
                    />
                  </td>
                  <td className="ql-num-cell">
                    <NumberField
                      id={`ql-eng-${c.id}-points`}
                      label={t('engagement.rowPoints', { n })}
                      value={c.points}
                      integer
                      min={0}
                      max={1000}
                      onChange={(p) => p !== null && set({ points: p })}
                    />
                  </td>
                  <td className="ql-num-cell">
                    <NumberField
                      id={`ql-eng-${c.id}-cap`}
                      label={t('engagement.rowCap', { n })}
                      value={c.capPerPeriod}
                      integer
                      min={0}
                      max={10000}
                      onChange={(capPerPeriod) => set({ capPerPeriod })}
                    />
                  </td>
                  <td>
                    <SelectField
                      id={`ql-eng-${c.id}-cap-period`}
                      label={t('engagement.rowCapPeriod', { n })}
                      value={c.capPeriod}
                      options={periodOptions}
                      onChange={(capPeriod) => set({ capPeriod })}
                    />
                  </td>
                  <td>
                    <button
                      className="btn btn-ghost btn-sm icon-btn"
                      aria-label={t('engagement.remove', { n })}
                      onClick={() =>
                        removeWithUndo(
                          (d) => void d.engagement.splice(i, 1),
                          t('engagement.removed', { what: c.behaviour || t('engagement.fallback', { n }) }),
                        )
                      }
                    >
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
