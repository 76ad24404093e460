import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deliveryRhythmCommitments, type DeliveryRhythm } from '../../../shared/sla/commitmentRules';
import { RESPONSE_ACTIONS, WEEKDAYS, type ResponseAction, type SlaCommitment, type Weekday } from '../../../shared/workshop/steps/sla';
import { newId } from '../../../shared/workshop/factory';
import { NumberField, SelectField } from '../../ui/fields';
import { TARGET_LIMITS } from '../../../shared/sla/commitmentLimits';

/**
 * "Marketing delivers N every <day>, sales qualifies them by <day>" in one go: the source
 * material's rhythm becomes a weekly MQL-volume commitment and the sales commitment that answers
 * it (and, if the room wants it, an MQL→SQL rate), linked, each measured on its own.
 */
export function CommitmentRhythmForm({
  onAdd,
  onCancel,
  room,
}: {
  onAdd: (rows: SlaCommitment[]) => void;
  onCancel: () => void;
  room: number;
}) {
  const { t } = useTranslation('sla');
  const [r, setR] = useState<DeliveryRhythm>({
    volume: null,
    day: 'monday',
    action: 'qualify',
    by: 'wednesday',
    measureSqlRate: false,
    sqlRate: null,
  });
  const set = (patch: Partial<DeliveryRhythm>) => setR({ ...r, ...patch });
  const rows = deliveryRhythmCommitments(r, newId);
  return (
    <section className="rhythm-form" aria-labelledby="rhythm-form-h">
      <h3 id="rhythm-form-h">{t('commitments.rhythmForm.title')}</h3>
      <p className="muted">{t('commitments.rhythmForm.intro')}</p>
      <div className="rhythm-form-fields">
        <NumberField
          id="rhythm-volume"
          label={t('commitments.rhythmForm.volume')}
          unit={t('commitments.rhythmForm.volumeUnit')}
          value={r.volume}
          {...TARGET_LIMITS.mqlVolume}
          onChange={(volume) => set({ volume })}
        />
        <SelectField<Weekday>
          id="rhythm-day"
          label={t('commitments.rhythmForm.day')}
          value={r.day}
          options={WEEKDAYS.map((d) => ({ value: d, label: t(`rhythm.weekday.${d}`) }))}
          onChange={(day) => set({ day })}
        />
        <SelectField<ResponseAction>
          id="rhythm-action"
          label={t('commitments.rhythmForm.action')}
          value={r.action}
          options={RESPONSE_ACTIONS.map((a) => ({ value: a, label: t(`commitments.actionOption.${a}`) }))}
          onChange={(action) => set({ action })}
        />
        <SelectField<Weekday>
          id="rhythm-by"
          label={t('commitments.rhythmForm.by')}
          value={r.by}
          options={WEEKDAYS.map((d) => ({ value: d, label: t(`rhythm.weekday.${d}`) }))}
          onChange={(by) => set({ by })}
        />
      </div>
      <label className="rhythm-form-check">
        <input type="checkbox" checked={r.measureSqlRate} onChange={(e) => set({ measureSqlRate: e.target.checked })} />
        {t('commitments.rhythmForm.measureRate')}
      </label>
      {r.measureSqlRate && (
        <div className="rhythm-form-fields">
          <NumberField
            id="rhythm-sqlRate"
            label={t('commitments.rhythmForm.rate')}
            unit="%"
            value={r.sqlRate}
            {...TARGET_LIMITS.mqlToSqlRate}
            onChange={(sqlRate) => set({ sqlRate })}
          />
        </div>
      )}
      <div className="row">
        <button className="btn btn-primary" disabled={rows.length > room} onClick={() => onAdd(rows)}>
          {t('commitments.rhythmForm.add')}
        </button>
        <button className="btn" onClick={onCancel}>
          {t('commitments.rhythmForm.cancel')}
        </button>
      </div>
    </section>
  );
}
