import { useTranslation } from 'react-i18next';
import { useOpenWorkshop, useWorkshop } from '../../app/workshopStore';
import { DateField, SelectField, TextField } from '../../ui/fields';
import { DECISION_RULES, LANGUAGES, MEETING_CADENCES } from '../../../shared/workshop/schema';
import { LANGUAGE_NAMES } from '../../i18n/languages';
import { ParticipantsSection } from './ParticipantsSection';
import { AgreementSection } from './AgreementSection';
import { GroundRules } from './GroundRules';
import { TimeZoneField } from './TimeZoneField';
import { setReviewCadence } from '../../../shared/calendar/cadence';
import './commitment.css';

export function CommitmentStep() {
  const w = useOpenWorkshop();
  const update = useWorkshop((s) => s.update);
  const { t } = useTranslation(['commitment', 'app']);
  const c = w.commitment;
  return (
    <>
      <section className="card section" aria-labelledby="details-h">
        <h2 id="details-h">{t('details.title')}</h2>
        <div className="grid-3">
          <TextField
            id="clientCompany"
            label={t('details.client')}
            value={w.clientCompany}
            onChange={(v) => update((d) => void (d.clientCompany = v))}
            maxLength={200}
          />
          <TextField
            id="title"
            label={t('details.workshopTitle')}
            value={w.title}
            onChange={(v) => update((d) => void (d.title = v))}
            maxLength={200}
          />
          <TextField
            id="facilitator"
            label={t('details.facilitator')}
            value={w.facilitator}
            onChange={(v) => update((d) => void (d.facilitator = v))}
            maxLength={120}
          />
          <DateField
            id="workshopDate"
            label={t('details.date')}
            value={c.workshopDate}
            onChange={(v) => update((d) => void (d.commitment.workshopDate = v))}
          />
          <TextField
            id="place"
            label={t('details.place')}
            value={c.place}
            onChange={(v) => update((d) => void (d.commitment.place = v))}
            maxLength={200}
            placeholder={t('details.placePlaceholder')}
          />
          {/* The room's language for the PDFs, which may differ from the facilitator's UI language. */}
          <SelectField
            id="documentLanguage"
            label={t('app:documentLanguage.label')}
            hint={t('app:documentLanguage.hint')}
            value={w.language}
            options={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
            onChange={(v) => update((d) => void (d.language = v))}
          />
        </div>
      </section>
      <ParticipantsSection />
      <section className="card section" aria-labelledby="process-h">
        <h2 id="process-h">{t('process.title')}</h2>
        <div className="grid-2">
          <SelectField
            id="decisionRule"
            label={t('process.decisionRule')}
            value={c.decisionRule}
            options={DECISION_RULES.map((r) => ({ value: r, label: t(`decision.${r}`) }))}
            onChange={(v) => update((d) => void (d.commitment.decisionRule = v))}
          />
          {/* The one review cadence: the SLA's review clause and step 10's triage follow it. */}
          <SelectField
            id="meetingCadence"
            label={t('process.cadence')}
            hint={t('process.cadenceHint')}
            value={c.meetingCadence}
            options={MEETING_CADENCES.map((r) => ({ value: r, label: t(`cadence.${r}`) }))}
            onChange={(v) => update((d) => setReviewCadence(d, v))}
          />
        </div>
        <TimeZoneField />
        <GroundRules />
      </section>
      <AgreementSection />
    </>
  );
}
