import { useTranslation } from 'react-i18next';
import { RESPONSE_ACTIONS, RESPONSE_REPORTS, WEEKDAYS, type Rhythm, type SlaCommitment } from '../../../shared/workshop/steps/sla';
import { SelectField } from '../../ui/fields';

type Day = Rhythm['day'];
type Action = NonNullable<Rhythm['response']>['action'];

/**
 * A weekly commitment's rhythm: "every Monday; sales qualifies them by Wednesday and reports
 * the MQL→SQL rate" — a delivery day and, optionally, what the other team does by when.
 */
export function RhythmFields({ c, locked, set }: { c: SlaCommitment; locked: boolean; set: (patch: Partial<SlaCommitment>) => void }) {
  const { t } = useTranslation('sla');
  const other = c.party === 'marketing' ? 'sales' : 'marketing';
  const r = c.rhythm;
  const dayOptions = [{ value: 'none' as const, label: t('rhythm.anyDay') }, ...WEEKDAYS.map((d) => ({ value: d, label: t(`rhythm.every.${d}`) }))];
  return (
    <div className="rhythm-fields" role="group" aria-label={t('rhythm.group', { id: c.id })}>
      <SelectField<Day | 'none'> id={`commitment-${c.id}-day`} label={t('rhythm.deliveryDay')} value={r?.day ?? 'none'} disabled={locked} options={dayOptions}
        onChange={(day) => set({ rhythm: day === 'none' ? null : { day, response: r?.response ?? null } })} />
      {r && (
        <>
          <SelectField<Action | 'none'> id={`commitment-${c.id}-response`} label={t(`rhythm.then.${other}`)} value={r.response?.action ?? 'none'} disabled={locked}
            options={[{ value: 'none', label: t('rhythm.nothingAgreed') }, ...RESPONSE_ACTIONS.map((a) => ({ value: a, label: t(`rhythm.action.${a}`) }))]}
            onChange={(action) => set({ rhythm: { ...r, response: action === 'none' ? null : { action, by: r.response?.by ?? 'wednesday', report: r.response?.report ?? 'none' } } })} />
          {r.response && (
            <>
              <SelectField<Day> id={`commitment-${c.id}-by`} label={t('rhythm.by')} value={r.response.by} disabled={locked}
                options={WEEKDAYS.map((d) => ({ value: d, label: t(`rhythm.weekday.${d}`) }))} onChange={(by) => set({ rhythm: { ...r, response: { ...r.response!, by } } })} />
              <SelectField id={`commitment-${c.id}-report`} label={t('rhythm.reports')} value={r.response.report} disabled={locked}
                options={RESPONSE_REPORTS.map((x) => ({ value: x, label: t(`rhythm.report.${x}`) }))} onChange={(report) => set({ rhythm: { ...r, response: { ...r.response!, report } } })} />
            </>
          )}
        </>
      )}
    </div>
  );
}
