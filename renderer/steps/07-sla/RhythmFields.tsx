import { useTranslation } from 'react-i18next';
import { WEEKDAYS, type Weekday, type SlaCommitment } from '../../../shared/workshop/steps/sla';
import { SelectField } from '../../ui/fields';

/**
 * A weekly delivery's day: "marketing delivers 36 MQLs every Monday". What sales does with each
 * delivery is a sales commitment of its own that answers this one (see CommitmentRow).
 */
export function RhythmFields({ c, locked, set }: { c: SlaCommitment; locked: boolean; set: (patch: Partial<SlaCommitment>) => void }) {
  const { t } = useTranslation('sla');
  const dayOptions = [
    { value: 'none' as const, label: t('rhythm.anyDay') },
    ...WEEKDAYS.map((d) => ({ value: d, label: t(`rhythm.every.${d}`) })),
  ];
  return (
    <div className="rhythm-fields" role="group" aria-label={t('rhythm.group', { id: c.id })}>
      <SelectField<Weekday | 'none'>
        id={`commitment-${c.id}-day`}
        label={t('rhythm.deliveryDay')}
        value={c.rhythm?.day ?? 'none'}
        disabled={locked}
        options={dayOptions}
        onChange={(day) => set({ rhythm: day === 'none' ? null : { day } })}
      />
    </div>
  );
}
