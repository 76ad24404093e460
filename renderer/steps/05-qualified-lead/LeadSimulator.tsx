import { useMemo } from 'react';
import { RotateCcw } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { emptyLead, type LeadActivity, type LeadTextField } from '../../../shared/scoring/lead';
import { scoreLead } from '../../../shared/scoring/score';
import { gridBands, gridCell } from '../../../shared/scoring/grid';
import { NumberField, TextField } from '../../ui/fields';
import { BandNote, ScoreGrid } from './ScoreGrid';
import { ScoreCard } from './ScoreCard';
import { useSimulator } from './simulatorStore';
import { useModel } from './useModel';

const TEXT_INPUTS: readonly LeadTextField[] = ['title', 'seniority', 'department', 'industry', 'region', 'country', 'technology', 'email'];

/**
 * The simulator holds one activity per behaviour: how many times, and how many days ago. An
 * emptied count means "did not happen", so the field stays empty rather than showing 0.
 */
function withActivity(
  activities: readonly LeadActivity[],
  id: string,
  patch: Partial<Pick<LeadActivity, 'times' | 'daysAgo'>>,
): LeadActivity[] {
  const before = activities.find((a) => a.behaviour === id) ?? { behaviour: id, times: 0, daysAgo: 0 };
  const next = { ...before, ...patch };
  const rest = activities.filter((a) => a.behaviour !== id);
  return next.times > 0 || next.daysAgo > 0 ? [...rest, next] : rest;
}

/** Type one lead, see its fit and engagement, whether it is an MQL, and why. */
export function LeadSimulator() {
  const { w, q } = useModel();
  const { lead, patch } = useSimulator(w.id);
  const score = useMemo(() => scoreLead(q, lead), [q, lead]);
  const bands = useMemo(() => gridBands(q), [q]);
  const cell = gridCell(bands, score.fit, score.engagement);
  const { t } = useTranslation('qualifiedLead');

  return (
    <section className="card section" aria-labelledby="ql-sim-h">
      <div className="section-head">
        <h2 id="ql-sim-h">{t('sim.title')}</h2>
        <button className="btn btn-sm" onClick={() => patch({ lead: emptyLead() })}>
          <RotateCcw size={16} aria-hidden="true" /> {t('sim.clear')}
        </button>
      </div>
      <p className="muted">{t('sim.intro')}</p>
      <div className="ql-sim">
        <div className="ql-sim-form">
          <fieldset className="ql-fieldset">
            <legend>{t('sim.who')}</legend>
            <div className="grid-2">
              {TEXT_INPUTS.map((field) => (
                <TextField
                  key={field}
                  id={`ql-sim-${field}`}
                  label={field === 'email' ? t('sim.email') : t(`field.${field}`)}
                  value={lead[field]}
                  placeholder={t(`sim.example.${field}`)}
                  maxLength={200}
                  onChange={(v) => patch({ lead: { ...lead, [field]: v } })}
                />
              ))}
              <NumberField
                id="ql-sim-companySize"
                label={t('field.companySize')}
                unit={t('sim.employees')}
                value={lead.companySize}
                integer
                min={0}
                max={10_000_000}
                onChange={(companySize) => patch({ lead: { ...lead, companySize } })}
              />
              <NumberField
                id="ql-sim-annualRevenue"
                label={t('field.annualRevenue')}
                unit={w.goals.currency}
                value={lead.annualRevenue}
                min={0}
                onChange={(annualRevenue) => patch({ lead: { ...lead, annualRevenue } })}
              />
            </div>
          </fieldset>
          <fieldset className="ql-fieldset">
            <legend>{t('sim.did')}</legend>
            {q.engagement.length === 0 && <p className="muted">{t('sim.noBehaviours')}</p>}
            <div className="grid-2">
              {q.engagement.map((c, i) => {
                const a = lead.activities.find((x) => x.behaviour === c.id);
                const name = c.behaviour.trim() || t('sim.behaviourN', { n: i + 1 });
                const set = (p: Partial<Pick<LeadActivity, 'times' | 'daysAgo'>>) =>
                  patch({ lead: { ...lead, activities: withActivity(lead.activities, c.id, p) } });
                return (
                  <div key={c.id} className="ql-sim-behaviour">
                    <NumberField
                      id={`ql-sim-b-${c.id}`}
                      label={name}
                      unit={t('sim.times')}
                      value={a && a.times > 0 ? a.times : null}
                      integer
                      min={0}
                      max={10_000}
                      onChange={(n) => set({ times: n ?? 0 })}
                    />
                    <NumberField
                      id={`ql-sim-b-${c.id}-days`}
                      label={name}
                      unit={t('sim.daysAgo')}
                      value={a && a.daysAgo > 0 ? a.daysAgo : null}
                      integer
                      min={0}
                      max={3650}
                      onChange={(d) => set({ daysAgo: d ?? 0 })}
                    />
                  </div>
                );
              })}
            </div>
            {q.engagement.length > 0 && <p className="muted ql-small">{t('sim.daysHint')}</p>}
          </fieldset>
        </div>
        <ScoreCard score={score} threshold={q.mqlThreshold} />
      </div>
      <ScoreGrid bands={bands} highlight={cell} caption={t('sim.where', { cell: `${cell.fit}${cell.engagement}` })} />
      <BandNote bands={bands} />
    </section>
  );
}
