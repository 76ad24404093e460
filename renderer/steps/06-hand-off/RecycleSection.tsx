import { useTranslation } from 'react-i18next';
import { handOffSuggestions } from '../../../shared/handOff/defaults';
import { MAX_REASONS } from '../../../shared/workshop/steps/handOff';
import { useOpenWorkshop, useWorkshop } from '../../app/workshopStore';
import { TextField } from '../../ui/fields';
import { TextList } from './TextList';

export function RecycleSection() {
  const w = useOpenWorkshop();
  const h = w.handOff;
  const update = useWorkshop((s) => s.update);
  const { t } = useTranslation('handOff');
  return (
    <section className="card section" aria-labelledby="handoff-recycle-h">
      <h2 id="handoff-recycle-h">{t('recycle.title')}</h2>
      <div className="recycle-grid">
        <TextList
          label={t('recycle.reasons')}
          one={t('recycle.reason')}
          idBase="handoff-recycle"
          hint={t('recycle.reasonsHint')}
          items={h.recycleReasons}
          select={(d) => d.handOff.recycleReasons}
          maxItems={MAX_REASONS}
          suggestions={handOffSuggestions(w.language).recycleReasons}
        />
        <TextField
          id="handoff-reentry"
          label={t('recycle.reentry')}
          multiline
          maxLength={1000}
          value={h.reentryRule}
          onChange={(v) => update((d) => void (d.handOff.reentryRule = v))}
          hint={t('recycle.reentryHint')}
          placeholder={t('recycle.reentryPlaceholder')}
        />
      </div>
    </section>
  );
}
