import { STAGE_OWNERS, TRANSITION_KINDS } from '../../../shared/workshop/steps/leadProcess';
import { EDGE_COLORS, EDGE_DASH } from '../../../shared/leadProcess/svg';
import { useTranslation } from 'react-i18next';
import { TeamBadge } from '../../ui/TeamBadge';

/** What colours and lines mean, for the people at the back of the room. */
export function Legend() {
  const { t } = useTranslation('leadProcess');
  return (
    <div className="lp-legend" aria-label={t('legend.label')}>
      <span className="lp-legend-title">{t('legend.owners')}</span>
      {STAGE_OWNERS.map((o) => (
        <TeamBadge key={o} team={o} />
      ))}
      <span className="lp-toolbar-sep" aria-hidden="true" />
      {TRANSITION_KINDS.map((k) => (
        <span key={k} className="lp-legend-line">
          <svg width="36" height="12" aria-hidden="true">
            <line x1="2" y1="6" x2="34" y2="6" stroke={EDGE_COLORS[k]} strokeWidth="3" strokeDasharray={EDGE_DASH[k] ?? undefined} />
          </svg>
          <span>
            <strong>{t(`transitionKind.${k}`)}</strong> {t(`legend.${k}`)}
          </span>
        </span>
      ))}
    </div>
  );
}
