import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { formatNumber } from '../../i18n/format';
import { cellKey, ENGAGEMENT_BANDS, FIT_BANDS, type BandLimits, type GridBands, type GridCell } from '../../../shared/scoring/grid';

const fmt = (n: number) => formatNumber(n, 0);

function range(t: TFunction<'qualifiedLead'>, l: BandLimits | null, i: number): string {
  if (l === null) return i === 2 ? t('grid.allLeads') : t('grid.noPoints');
  if (i === 0) return `${fmt(l.high)}+`;
  if (i === 1) return l.high - 1 > l.medium ? `${fmt(l.medium)}–${fmt(l.high - 1)}` : `${fmt(l.medium)}`;
  return t('grid.below', { n: fmt(l.medium) });
}

interface Props {
  bands: GridBands;
  /** The one lead of the single-lead simulator. */
  highlight?: GridCell;
  /** Leads per cell in the batch simulator. */
  counts?: Record<string, { leads: number; mqls: number }>;
  caption: string;
}

/** Fit A–C down, engagement 1–3 across; colour always comes with text. */
export function ScoreGrid({ bands, highlight, counts, caption }: Props) {
  const max = counts ? Math.max(1, ...Object.values(counts).map((c) => c.leads)) : 1;
  const { t } = useTranslation('qualifiedLead');
  return (
    <div className="ql-grid-wrap">
      <table className="ql-grid">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <td />
            {ENGAGEMENT_BANDS.map((e, i) => (
              <th scope="col" key={e}>
                {e} · {t(`grid.engagementBand.${e}`)}
                <span className="ql-band-range">{t('grid.pts', { range: range(t, bands.engagement, i) })}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {FIT_BANDS.map((f, fi) => (
            <tr key={f}>
              <th scope="row">
                {f} · {t(`grid.fitBand.${f}`)}
                <span className="ql-band-range">{t('grid.pts', { range: range(t, bands.fit, fi) })}</span>
              </th>
              {ENGAGEMENT_BANDS.map((e) => {
                const key = cellKey({ fit: f, engagement: e });
                const here = highlight && cellKey(highlight) === key;
                const c = counts?.[key];
                const share = c ? c.leads / max : 0;
                return (
                  <td
                    key={e}
                    className={`ql-cell${here ? ' ql-cell-here' : ''}${counts ? ' ql-cell-batch' : ''}`}
                    data-cell={key}
                    style={
                      counts ? { background: `color-mix(in srgb, var(--accent) ${Math.round(share * 32)}%, var(--surface))` } : undefined
                    }
                    aria-current={here ? 'true' : undefined}
                  >
                    <span className="ql-cell-key">{key}</span>
                    {here && <strong className="ql-cell-mark">{t('grid.thisLead')}</strong>}
                    {counts && (
                      <span className="ql-cell-count">
                        {c ? t('grid.leads', { count: c.leads }) : '—'}
                        {c && <small>{t('grid.mqls', { count: c.mqls })}</small>}
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** How the bands were drawn, in words (the boundaries come from the model, not from a setting). */
export function BandNote({ bands }: { bands: GridBands }) {
  const { t } = useTranslation('qualifiedLead');
  return (
    <p className="muted ql-small">
      {t('grid.bands', {
        fit: bands.fit ? t('grid.bandsFit', { n: fmt(bands.fit.reference) }) : t('grid.bandsFitNone'),
        engagement: bands.engagement ? t('grid.bandsEngagement', { n: fmt(bands.engagement.reference) }) : t('grid.bandsEngagementNone'),
      })}
    </p>
  );
}
