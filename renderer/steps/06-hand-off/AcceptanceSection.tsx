import { useTranslation } from 'react-i18next';
import { handOffSuggestions } from '../../../shared/handOff/defaults';
import { MAX_REASONS } from '../../../shared/workshop/steps/handOff';
import { useOpenWorkshop, useWorkshop } from '../../app/workshopStore';
import { NumberField } from '../../ui/fields';
import { TextList } from './TextList';

export function AcceptanceSection() {
  const w = useOpenWorkshop();
  const update = useWorkshop((s) => s.update);
  const firstTouch = w.sla.commitments.find((c) => c.kind === 'firstTouch')?.target;
  const { t } = useTranslation('handOff');
  return (
    <section className="card section" aria-labelledby="handoff-accept-h">
      <h2 id="handoff-accept-h">{t('acceptance.title')}</h2>
      <div className="acceptance-grid">
        <NumberField
          id="handoff-acceptance"
          label={t('acceptance.window')}
          unit={t('acceptance.hours')}
          integer
          min={1}
          max={720}
          value={w.handOff.acceptanceWindowHours}
          onChange={(v) => update((d) => void (d.handOff.acceptanceWindowHours = v))}
          hint={firstTouch ? t('acceptance.hintWithSla', { hours: firstTouch }) : t('acceptance.hint')}
        />
        <TextList
          label={t('acceptance.reasons')}
          one={t('acceptance.reason')}
          idBase="handoff-rejection"
          hint={t('acceptance.reasonsHint')}
          items={w.handOff.rejectionReasons}
          select={(d) => d.handOff.rejectionReasons}
          maxItems={MAX_REASONS}
          suggestions={handOffSuggestions(w.language).rejectionReasons}
        />
      </div>
    </section>
  );
}
