import { useTranslation } from 'react-i18next';
import { REVIEW_CADENCES } from '../../../shared/workshop/steps/sla';
import { useOpenWorkshop, useWorkshop } from '../../app/workshopStore';
import { DateField, NumberField, SelectField, TextField } from '../../ui/fields';

export function TermSection({ locked }: { locked: boolean }) {
  const w = useOpenWorkshop();
  const update = useWorkshop((s) => s.update);
  const { t } = useTranslation('sla');
  return (
    <section className="card section" aria-labelledby="term-h">
      <h2 id="term-h">{t('term.title')}</h2>
      <div className="grid-3">
        <DateField id="effectiveDate" label={t('term.effectiveDate')} value={w.sla.effectiveDate} disabled={locked} onChange={(v) => update((d) => void (d.sla.effectiveDate = v))} />
        <NumberField id="termMonths" label={t('term.pilotTerm')} unit={t('term.months')} value={w.sla.termMonths} disabled={locked} integer min={1} max={60}
          onChange={(v) => update((d) => void (d.sla.termMonths = v))} hint={t('term.pilotHint')} />
        <SelectField id="reviewCadence" label={t('term.review')} value={w.sla.reviewCadence} disabled={locked}
          options={REVIEW_CADENCES.map((c) => ({ value: c, label: t(`term.cadence.${c}`) }))} onChange={(v) => update((d) => void (d.sla.reviewCadence = v))} />
      </div>
      <TextField id="escalation" label={t('term.escalation')} value={w.sla.escalation} maxLength={1000} disabled={locked}
        placeholder={t('term.escalationPlaceholder')}
        hint={t('term.escalationHint')} onChange={(v) => update((d) => void (d.sla.escalation = v))} />
    </section>
  );
}
