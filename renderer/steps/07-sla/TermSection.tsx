import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { setReviewCadence } from '../../../shared/calendar/cadence';
import { pilotLastDay } from '../../../shared/calendar/term';
import { currentDocument } from '../../../shared/sla/content';
import { MEETING_CADENCES } from '../../../shared/workshop/schema';
import { useOpenWorkshop, useWorkshop } from '../../app/workshopStore';
import { formatDay } from '../../i18n/format';
import { DateField, NumberField, SelectField, TextField } from '../../ui/fields';

/**
 * When the SLA starts and ends, how often both teams review it and who a miss goes to. While a
 * version is frozen the fields show that version as signed; the review cadence is the workshop's
 * one cadence (step 1), so changing it here changes step 1 and step 10's triage too.
 */
export function TermSection({ locked }: { locked: boolean }) {
  const w = useOpenWorkshop();
  const update = useWorkshop((s) => s.update);
  const { t } = useTranslation('sla');
  const signed = useMemo(() => (locked ? currentDocument(w).content : null), [locked, w]);
  const effectiveDate = signed ? signed.effectiveDate : w.sla.effectiveDate;
  const termMonths = signed ? signed.termMonths : w.sla.termMonths;
  // Versions frozen before the cadence was part of the content said it only in the review clause.
  const cadence = signed?.reviewCadence ?? w.commitment.meetingCadence;
  const last = pilotLastDay(effectiveDate, termMonths);
  return (
    <section className="card section" aria-labelledby="term-h">
      <h2 id="term-h">{t('term.title')}</h2>
      <div className="grid-3">
        <DateField
          id="effectiveDate"
          label={t('term.effectiveDate')}
          value={effectiveDate}
          disabled={locked}
          onChange={(v) => update((d) => void (d.sla.effectiveDate = v))}
        />
        <NumberField
          id="termMonths"
          label={t('term.pilotTerm')}
          unit={t('term.months')}
          value={termMonths}
          disabled={locked}
          integer
          min={1}
          max={60}
          onChange={(v) => update((d) => void (d.sla.termMonths = v))}
          hint={last ? t('term.endsOn', { date: formatDay(last) }) : t('term.pilotHint')}
        />
        <SelectField
          id="reviewCadence"
          label={t('term.review')}
          value={cadence}
          disabled={locked}
          hint={t('term.reviewHint')}
          options={MEETING_CADENCES.map((c) => ({ value: c, label: t(`term.cadence.${c}`) }))}
          onChange={(v) => update((d) => setReviewCadence(d, v))}
        />
      </div>
      <TextField
        id="escalation"
        label={t('term.escalation')}
        value={w.sla.escalation}
        maxLength={1000}
        disabled={locked}
        placeholder={t('term.escalationPlaceholder')}
        hint={t('term.escalationHint')}
        onChange={(v) => update((d) => void (d.sla.escalation = v))}
      />
    </section>
  );
}
