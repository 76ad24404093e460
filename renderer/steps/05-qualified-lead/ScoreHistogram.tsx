import { useId, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { histogramBins, mqlsAtThreshold, type ScoreDistribution } from '../../../shared/scoring/batch';
import { formatNumber, formatPercent } from '../../i18n/format';
import './scoreHistogram.css';

const W = 720;
const H = 220;
const PAD = { left: 48, right: 16, top: 16, bottom: 36 };
const MIN_THRESHOLD = 1;
const MAX_THRESHOLD = 10000;

/**
 * How the batch's scores spread, with the MQL threshold as a line and the share of MQLs it
 * implies. The line can be dragged (pointer, or arrow keys on it) to try another threshold:
 * the share follows live; the model changes only when the room applies it.
 */
export function ScoreHistogram({
  distribution,
  threshold,
  onApply,
}: {
  distribution: ScoreDistribution;
  threshold: number;
  onApply(threshold: number): void;
}) {
  const { t } = useTranslation('qualifiedLead');
  const [draft, setDraft] = useState<number | null>(null);
  const svg = useRef<SVGSVGElement>(null);
  const captionId = useId();
  const tried = draft ?? threshold;
  // Bins over the model's threshold (not the dragged one) so the axis holds still while dragging.
  const bins = histogramBins(distribution, threshold);
  if (bins.length === 0) return null;
  const lo = bins[0]!.from;
  const hi = bins[bins.length - 1]!.to;
  const maxLeads = Math.max(...bins.map((b) => b.leads), 1);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (v: number) => PAD.left + ((Math.min(Math.max(v, lo), hi) - lo) / (hi - lo)) * plotW;
  const y = (n: number) => PAD.top + plotH - (n / maxLeads) * plotH;
  const at = mqlsAtThreshold(distribution, tried);
  const current = mqlsAtThreshold(distribution, threshold);
  const clamp = (v: number) => Math.min(MAX_THRESHOLD, Math.max(MIN_THRESHOLD, Math.round(v)));
  const peak = bins.reduce((a, b) => (b.leads > a.leads ? b : a));
  const summary = t('batch.histogram.summary', {
    count: at.leads,
    n: formatNumber(at.leads),
    from: formatNumber(distribution[0]!.total),
    to: formatNumber(distribution[distribution.length - 1]!.total),
    peakFrom: formatNumber(peak.from),
    peakTo: formatNumber(peak.to),
  });

  const fromPointer = (e: PointerEvent) => {
    const box = svg.current?.getBoundingClientRect();
    if (!box || box.width === 0) return;
    const px = ((e.clientX - box.left) / box.width) * W;
    setDraft(clamp(lo + ((px - PAD.left) / plotW) * (hi - lo)));
  };
  const onKey = (e: KeyboardEvent) => {
    const step = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1, PageDown: -10, PageUp: 10 }[e.key];
    if (step !== undefined) setDraft(clamp(tried + step));
    else if (e.key === 'Home') setDraft(clamp(lo));
    else if (e.key === 'End') setDraft(clamp(hi));
    else if (e.key === 'Enter' && draft !== null && draft !== threshold) {
      onApply(draft);
      setDraft(null);
    } else if (e.key === 'Escape') setDraft(null);
    else return;
    e.preventDefault();
  };
  const ticks = bins.length <= 10 ? bins : bins.filter((_, i) => i % 2 === 0);
  const lineX = x(tried);

  return (
    <figure className="ql-histogram" aria-labelledby={captionId}>
      <figcaption id={captionId} className="ql-histogram-caption">
        {t('batch.histogram.title')}
      </figcaption>
      <svg ref={svg} viewBox={`0 0 ${W} ${H}`} className="ql-histogram-svg">
        <g role="img" aria-label={summary}>
          {bins.map((b) => (
            <rect
              key={b.from}
              className={b.from >= tried ? 'ql-bin ql-bin-above' : 'ql-bin'}
              x={x(b.from) + 1}
              y={y(b.leads)}
              width={Math.max(1, x(b.to) - x(b.from) - 2)}
              height={PAD.top + plotH - y(b.leads)}
            />
          ))}
          <line className="ql-axis" x1={PAD.left} x2={W - PAD.right} y1={PAD.top + plotH} y2={PAD.top + plotH} />
          {ticks.map((b) => (
            <text key={b.from} className="ql-tick" x={x(b.from)} y={H - 14} textAnchor="middle">
              {formatNumber(b.from)}
            </text>
          ))}
          <text className="ql-tick" x={PAD.left - 6} y={PAD.top + 4} textAnchor="end">
            {formatNumber(maxLeads)}
          </text>
          <text className="ql-tick" x={PAD.left - 6} y={PAD.top + plotH} textAnchor="end">
            {formatNumber(0)}
          </text>
        </g>
        <g
          className="ql-threshold"
          role="slider"
          tabIndex={0}
          aria-label={t('batch.histogram.handle')}
          aria-valuemin={MIN_THRESHOLD}
          aria-valuemax={MAX_THRESHOLD}
          aria-valuenow={tried}
          aria-valuetext={t('batch.histogram.valueText', { threshold: formatNumber(tried), pct: formatPercent(at.share) })}
          onKeyDown={onKey}
          onPointerDown={(e) => {
            (e.currentTarget as Element).setPointerCapture?.(e.pointerId);
            fromPointer(e);
          }}
          onPointerMove={(e) => e.buttons === 1 && fromPointer(e)}
          data-testid="ql-threshold-handle"
        >
          {/* A wide transparent strip: easy to grab with a mouse or a finger. */}
          <rect x={lineX - 12} y={PAD.top - 8} width={24} height={plotH + 8} className="ql-threshold-grip" />
          <line x1={lineX} x2={lineX} y1={PAD.top - 8} y2={PAD.top + plotH} className="ql-threshold-line" />
          <text x={lineX + 6} y={PAD.top + 4} className="ql-threshold-label">
            {formatNumber(tried)}
          </text>
        </g>
      </svg>
      <p className="ql-histogram-share" aria-live="polite" data-testid="ql-histogram-share">
        {t('batch.histogram.share', {
          threshold: formatNumber(tried),
          mqls: formatNumber(at.mqls),
          count: at.leads,
          n: formatNumber(at.leads),
          pct: formatPercent(at.share),
        })}
        {draft !== null && draft !== threshold && (
          <> {t('batch.histogram.versus', { threshold: formatNumber(threshold), pct: formatPercent(current.share) })}</>
        )}
      </p>
      <p className="muted ql-histogram-hint">{t('batch.histogram.hint')}</p>
      {draft !== null && draft !== threshold && (
        <div className="ql-histogram-actions">
          <button
            className="btn btn-primary btn-sm"
            onClick={() => {
              onApply(draft);
              setDraft(null);
            }}
          >
            {t('batch.histogram.apply', { threshold: formatNumber(draft) })}
          </button>
          <button className="btn btn-sm" onClick={() => setDraft(null)}>
            {t('batch.histogram.reset')}
          </button>
        </div>
      )}
    </figure>
  );
}
