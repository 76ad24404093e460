import {
  cellKey,
  ENGAGEMENT_BAND_LABEL,
  ENGAGEMENT_BANDS,
  FIT_BAND_LABEL,
  FIT_BANDS,
  type BandLimits,
  type GridBands,
  type GridCell,
} from '../../../shared/scoring/grid';

const fmt = new Intl.NumberFormat(undefined);

function range(l: BandLimits | null, i: number): string {
  if (l === null) return i === 2 ? 'all leads' : 'no points yet';
  if (i === 0) return `${fmt.format(l.high)}+`;
  if (i === 1) return l.high - 1 > l.medium ? `${fmt.format(l.medium)}–${fmt.format(l.high - 1)}` : `${fmt.format(l.medium)}`;
  return `below ${fmt.format(l.medium)}`;
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
  return (
    <div className="ql-grid-wrap">
      <table className="ql-grid">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <td />
            {ENGAGEMENT_BANDS.map((e, i) => (
              <th scope="col" key={e}>
                {e} · {ENGAGEMENT_BAND_LABEL[e]}
                <span className="ql-band-range">{range(bands.engagement, i)} pts</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {FIT_BANDS.map((f, fi) => (
            <tr key={f}>
              <th scope="row">
                {f} · {FIT_BAND_LABEL[f]}
                <span className="ql-band-range">{range(bands.fit, fi)} pts</span>
              </th>
              {ENGAGEMENT_BANDS.map((e) => {
                const key = cellKey({ fit: f, engagement: e });
                const here = highlight && cellKey(highlight) === key;
                const c = counts?.[key];
                const share = c ? c.leads / max : 0;
                return (
                  <td key={e} className={`ql-cell${here ? ' ql-cell-here' : ''}${counts ? ' ql-cell-batch' : ''}`} data-cell={key}
                    style={counts ? { background: `color-mix(in srgb, var(--accent) ${Math.round(share * 32)}%, var(--surface))` } : undefined}
                    aria-current={here ? 'true' : undefined}>
                    <span className="ql-cell-key">{key}</span>
                    {here && <strong className="ql-cell-mark">This lead</strong>}
                    {counts && (
                      <span className="ql-cell-count">
                        {c ? `${c.leads} lead${c.leads === 1 ? '' : 's'}` : '—'}
                        {c && <small>{c.mqls} MQL{c.mqls === 1 ? '' : 's'}</small>}
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
  return (
    <p className="muted ql-small">
      Bands are thirds of what the model can give: high from ⅔, medium from ⅓ of{' '}
      {bands.fit ? `the most fit points a lead can collect (${fmt.format(bands.fit.reference)})` : 'the fit points (none yet)'} and of{' '}
      {bands.engagement ? `the engagement of a very active lead (${fmt.format(bands.engagement.reference)}: every behaviour at its cap, uncapped ones once)` : 'the engagement points (none yet)'}.
    </p>
  );
}
