import { useTranslation } from 'react-i18next';
import type { CadenceSummary } from '../../../shared/handOff/cadence';
import { CHANNEL_ICON } from './channels';

/**
 * The cadence on a day axis: one column per day, attempts stacked in their day. Past about
 * two weeks the columns get too narrow for words, so labels move to the accessible text only
 * and the icons (distinct per channel) carry it, with a legend.
 */
export function CadenceTimeline({ summary, sentence }: { summary: CadenceSummary; sentence: string }) {
  const days = Math.max(7, summary.lastDay ?? 0);
  const dense = days > 16;
  const every = days <= 16 ? 1 : days <= 35 ? 5 : 10;
  const cols = { gridTemplateColumns: `repeat(${days}, minmax(0, 1fr))` };
  const channels = [...new Set(summary.sorted.map((a) => a.channel))];
  const { t } = useTranslation('handOff');
  return (
    <figure className={`cadence-figure ${dense ? 'dense' : ''}`} aria-labelledby="cadence-summary">
      <figcaption id="cadence-summary" className="cadence-summary" data-testid="cadence-summary">
        {sentence}
      </figcaption>
      {summary.attempts > 0 && (
        <>
          <ol className="timeline" style={cols} aria-label={t('cadence.byDay')}>
            {summary.byDay.map((d) => (
              <li key={d.day} className="timeline-day" style={{ gridColumn: d.day }}>
                <span className="sr-only">{t('cadence.day', { n: d.day })}</span>
                {d.attempts.map((a) => {
                  const Icon = CHANNEL_ICON[a.channel];
                  const label = t(`cadence.channel.${a.channel}`);
                  return (
                    <span key={a.id} className={`attempt attempt-${a.channel}`} title={t('cadence.dayTitle', { n: d.day, channel: label })}>
                      <Icon size={dense ? 16 : 18} aria-hidden="true" />
                      <span className={dense ? 'sr-only' : 'attempt-label'}>{label}</span>
                    </span>
                  );
                })}
              </li>
            ))}
          </ol>
          <div className="timeline-axis" style={cols} aria-hidden="true">
            {Array.from({ length: days }, (_, i) => i + 1).map((day) => (
              <span key={day} className={`tick ${summary.byDay.some((d) => d.day === day) ? 'tick-on' : ''}`}>
                {(day === 1 || day % every === 0 || day === days) && <span className="tick-label">{day}</span>}
              </span>
            ))}
          </div>
          <div className="timeline-foot muted">
            <span>{t('cadence.axis')}</span>
            {dense && (
              <span className="legend">
                {channels.map((c) => {
                  const Icon = CHANNEL_ICON[c];
                  return (
                    <span key={c}>
                      <Icon size={16} aria-hidden="true" /> {t(`cadence.channel.${c}`)}
                    </span>
                  );
                })}
              </span>
            )}
          </div>
        </>
      )}
    </figure>
  );
}
