import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { setWorkshopTimeZone } from '../../../shared/calendar/cadence';
import { isKnownTimeZone, knownTimeZones, workshopTimeZone } from '../../../shared/calendar/timeZones';
import { useOpenWorkshop, useWorkshop } from '../../app/workshopStore';
import { RequiredInput } from '../10-feedback/RequiredInput';
import { systemTimeZone } from '../10-feedback/local';

/**
 * The workshop's time zone: where the room is. Until someone picks one it is this computer's
 * (never UTC by default); the review meetings and their calendar file carry it.
 */
export function TimeZoneField() {
  const w = useOpenWorkshop();
  const update = useWorkshop((s) => s.update);
  const { t } = useTranslation('commitment');
  const zones = useMemo(() => knownTimeZones(), []);
  const system = systemTimeZone();
  return (
    <div className="grid-2">
      <RequiredInput
        id="workshopTimeZone"
        label={t('process.timeZone')}
        type="text"
        list="workshop-time-zones"
        value={workshopTimeZone(w.commitment.timeZone, system)}
        isValid={isKnownTimeZone}
        error={t('process.timeZoneError')}
        hint={w.commitment.timeZone ? t('process.timeZoneHint') : t('process.timeZoneSystem')}
        onChange={(zone) => update((d) => setWorkshopTimeZone(d, zone, system))}
      />
      <datalist id="workshop-time-zones">
        {zones.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
    </div>
  );
}
