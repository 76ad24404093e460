import { useTranslation } from 'react-i18next';
import { Plus, Trash2 } from 'lucide-react';
import { COMMITMENT_KINDS, PERIODS, type SlaCommitment } from '../../../shared/workshop/schema';
import { COMMITMENT_SHAPE, describeCommitment } from '../../../shared/sla/commitmentText';
import { newId } from '../../../shared/workshop/factory';
import { useOpenWorkshop, useWorkshop } from '../../app/workshopStore';
import { showToast } from '../../app/toastStore';
import { NumberField, SelectField } from '../../ui/fields';
import { TeamBadge } from '../../ui/TeamBadge';
import { RhythmFields } from './RhythmFields';
import { useUiLanguage } from './slaWords';

const MARKETING_KINDS = ['mqlVolume', 'leadQuality'] as const;

export function CommitmentsTable({ locked }: { locked: boolean }) {
  const w = useOpenWorkshop();
  const update = useWorkshop((s) => s.update);
  const replace = useWorkshop((s) => s.replace);
  const rows = w.sla.commitments;
  const { t } = useTranslation('sla');
  const language = useUiLanguage();

  const add = (party: SlaCommitment['party']) =>
    update((d) => void d.sla.commitments.push({ id: newId(), party, kind: party === 'marketing' ? 'mqlVolume' : 'firstTouch', target: null, withinDays: null, period: 'month', note: '', rhythm: null }));

  return (
    <section className="card section" aria-labelledby="commitments-h">
      <div className="section-head">
        <h2 id="commitments-h">{t('commitments.title')}</h2>
        {!locked && (
          <div className="row" id="commitments" tabIndex={-1}>
            <button className="btn btn-sm" onClick={() => add('marketing')}><Plus size={16} aria-hidden="true" /> {t('commitments.addMarketing')}</button>
            <button className="btn btn-sm" onClick={() => add('sales')}><Plus size={16} aria-hidden="true" /> {t('commitments.addSales')}</button>
          </div>
        )}
      </div>
      <p className="muted">{t('commitments.intro')}</p>
      <div className="commitment-list">
        {rows.map((c, i) => {
          const shape = COMMITMENT_SHAPE[c.kind];
          const text = describeCommitment(c, language);
          const set = (patch: Partial<SlaCommitment>) => update((d) => void Object.assign(d.sla.commitments[i]!, patch));
          const kinds = COMMITMENT_KINDS.filter((k) => (MARKETING_KINDS as readonly string[]).includes(k) === (c.party === 'marketing'));
          return (
            <article key={c.id} className="commitment-row" aria-label={t('commitments.row', { n: i + 1, what: text.what })}>
              <div className="commitment-head">
                <TeamBadge team={c.party} />
                <strong className="commitment-text" data-testid="commitment-text">{text.what}</strong>
                {!locked && (
                  <button className="btn btn-ghost btn-sm icon-btn" aria-label={t('commitments.remove', { n: i + 1 })} onClick={() => {
                    const before = w;
                    update((d) => void d.sla.commitments.splice(i, 1));
                    showToast({ message: t('commitments.removed'), action: { label: t('commitments.undo'), run: () => replace(before) } });
                  }}>
                    <Trash2 size={16} />
                  </button>
                )}
              </div>
              <div className="commitment-fields">
                <SelectField id={`commitment-${c.id}-kind`} label={t('commitments.kindField')} value={c.kind} disabled={locked}
                  options={kinds.map((k) => ({ value: k, label: t(`commitments.kind.${k}`) }))} onChange={(kind) => set({ kind, withinDays: COMMITMENT_SHAPE[kind].needsWithinDays ? c.withinDays : null })} />
                <NumberField id={`commitment-${c.id}-target`} label={t('commitments.target')} unit={t(`commitments.unit.${c.kind}`)} value={c.target} disabled={locked}
                  onChange={(target) => set({ target })} allowZero={false} min={0} max={shape.targetIsPercent ? 100 : 1_000_000} integer={c.kind === 'mqlVolume' || c.kind === 'followUpAttempts'} />
                {shape.needsWithinDays && (
                  <NumberField id={`commitment-${c.id}-withinDays`} label={t('commitments.within')} unit={t('commitments.days')} value={c.withinDays} disabled={locked}
                    onChange={(withinDays) => set({ withinDays })} allowZero={false} min={0} max={365} />
                )}
                <SelectField id={`commitment-${c.id}-period`} label={t('commitments.measured')} value={c.period} disabled={locked}
                  options={PERIODS.map((p) => ({ value: p, label: t(`commitments.period.${p}`) }))} onChange={(period) => set(period === 'week' ? { period } : { period, rhythm: null })} />
                <div className="field commitment-note">
                  <label htmlFor={`commitment-${c.id}-note`}>{t('commitments.note')}</label>
                  <input id={`commitment-${c.id}-note`} className="input" value={c.note} maxLength={500} disabled={locked} onChange={(e) => set({ note: e.target.value })} />
                </div>
              </div>
              {c.period === 'week' && <RhythmFields c={c} locked={locked} set={set} />}
            </article>
          );
        })}
      </div>
    </section>
  );
}
