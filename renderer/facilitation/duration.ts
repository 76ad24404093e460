import { useTranslation } from 'react-i18next';
import { MINUTE_MS } from '../../shared/facilitation/timer';

/** "1 h 05 min", "45 min", "−12 min": durations a facilitator reads at a glance. */
export function useDuration() {
  const { t } = useTranslation('facilitation');
  return (ms: number) => {
    const sign = ms < 0 ? '−' : '';
    const total = Math.round(Math.abs(ms) / MINUTE_MS);
    const h = Math.floor(total / 60);
    const m = total % 60;
    return sign + (h > 0 ? t('agenda.hoursMinutes', { h, m: String(m).padStart(2, '0') }) : t('agenda.minutes', { m }));
  };
}
