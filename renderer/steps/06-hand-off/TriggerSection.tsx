import { ArrowRight } from 'lucide-react';
import { Trans, useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { handOffSuggestions } from '../../../shared/handOff/defaults';
import { MAX_CONDITIONS } from '../../../shared/workshop/steps/handOff';
import { useOpenWorkshop } from '../../app/workshopStore';
import { useRoute } from '../../app/route';
import { TextList } from './TextList';

export function TriggerSection() {
  const w = useOpenWorkshop();
  const q = w.qualifiedLead;
  const { t } = useTranslation('handOff');
  return (
    <section className="card section" aria-labelledby="handoff-trigger-h">
      <h2 id="handoff-trigger-h">{t('trigger.title')}</h2>
      <div className="threshold-box">
        <p className="threshold-text">
          <Trans
            t={t}
            i18nKey={q.minimumFit !== null ? 'trigger.textWithFit' : 'trigger.text'}
            values={{ threshold: formatNumber(q.mqlThreshold), fit: formatNumber(q.minimumFit ?? 0) }}
            components={{ strong: <strong className="threshold-value" />, b: <strong /> }}
          />
        </p>
        <p className="muted">{q.started ? t('trigger.fromStep5') : t('trigger.notStarted')}</p>
        <div>
          <button
            className="btn btn-sm"
            onClick={() => useRoute.getState().navigate({ name: 'workshop', workshopId: w.id, step: 'qualifiedLead' })}
          >
            {t('trigger.change')} <ArrowRight size={16} aria-hidden="true" />
          </button>
        </div>
      </div>
      <TextList
        label={t('trigger.conditions')}
        one={t('trigger.condition')}
        idBase="handoff-condition"
        hint={t('trigger.conditionsHint')}
        items={w.handOff.triggerConditions}
        select={(d) => d.handOff.triggerConditions}
        maxItems={MAX_CONDITIONS}
        suggestions={handOffSuggestions(w.language).triggerConditions}
        maxLength={300}
      />
    </section>
  );
}
