import { useTranslation } from 'react-i18next';
import type { ComplianceRow } from '../../../shared/compliance/status';
import { formatPct } from './StatusChip';

const W = 440;
const H = 180;
const PAD = { left: 52, right: 8, top: 22, bottom: 46 };
const MAX_PERIODS = 8;

/** One marker shape per status (circle, diamond, square), so colour is never the only cue. */
function Marker({ x, y, status }: { x: number; y: number; status: string }) {
  if (status === 'atRisk') return <path d={`M${x} ${y - 7} L${x + 7} ${y} L${x} ${y + 7} L${x - 7} ${y} Z`} className="mark mark-atRisk" />;
  if (status === 'missed') return <rect x={x - 6} y={y - 6} width={12} height={12} className="mark mark-missed" />;
  return <circle cx={x} cy={y} r={6} className="mark mark-met" />;
}

/**
 * The score per judged period (% of target, or % of MQLs in time for a time limit), with the
 * commitment's own "met" line and "at risk" line, for the last periods.
 */
export function TrendChart({ row, labels, title }: { row: ComplianceRow; labels: string[]; title: string }) {
  const cells = row.evaluations.slice(-MAX_PERIODS);
  const shown = labels.slice(-MAX_PERIODS);
  const { t } = useTranslation('feedback');
  const met = row.measure.metAt ?? 100;
  const risk = row.measure.atRiskAt;
  const values = cells.map((c) => c.score).filter((v): v is number => v !== null);
  // Just enough room around the data and both reference lines, so small changes stay visible.
  const lo = Math.max(0, Math.floor(Math.min(risk - 5, ...values.map((v) => v - 4)) / 5) * 5);
  const hi = Math.ceil(Math.max(met + 5, ...values.map((v) => v + 6)) / 5) * 5;
  // Each period sits in the middle of its own band, so edge labels are never cut off.
  const x = (i: number) => PAD.left + ((W - PAD.left - PAD.right) * (i + 0.5)) / cells.length;
  const y = (v: number) => PAD.top + (H - PAD.top - PAD.bottom) * (1 - (v - lo) / (hi - lo));
  const points = cells.flatMap((c, i) => (c.score === null ? [] : [`${x(i)},${y(c.score)}`]));
  const unit = t(`chart.unit.${row.measure.scoreUnit}`);
  const summary = cells
    .map(
      (c, i) =>
        `${shown[i]}: ${c.score === null || !c.status ? t('chart.notReported') : t('chart.point', { pct: formatPct(c.score), unit, status: t(`status.${c.status}`).toLowerCase() })}`,
    )
    .join('; ');

  return (
    <svg className="trend-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('chart.label', { title, summary })}>
      <line x1={PAD.left} x2={W - PAD.right} y1={y(met)} y2={y(met)} className="line-target" />
      <text x={PAD.left - 6} y={y(met) + 4} textAnchor="end" className="axis-text">
        {formatPct(met)}
      </text>
      <line x1={PAD.left} x2={W - PAD.right} y1={y(risk)} y2={y(risk)} className="line-risk" />
      <text x={PAD.left - 6} y={y(risk) + 4} textAnchor="end" className="axis-text">
        {formatPct(risk)}
      </text>
      {points.length > 1 && <polyline points={points.join(' ')} className="trend-line" />}
      {cells.map((c, i) => (
        <g key={c.periodIds.join('|')}>
          {c.score !== null && c.status && (
            <>
              <Marker x={x(i)} y={y(c.score)} status={c.status} />
              <text x={x(i)} y={y(c.score) - 11} textAnchor="middle" className="value-text">
                {formatPct(c.score)}
              </text>
            </>
          )}
          <text x={x(i)} y={H - PAD.bottom + 18} textAnchor="middle" className="axis-text">
            {shown[i]}
          </text>
          <text x={x(i)} y={H - PAD.bottom + 36} textAnchor="middle" className={`status-text status-text-${c.status ?? 'none'}`}>
            {c.status ? t(`status.${c.status}`) : t('chart.noData')}
          </text>
        </g>
      ))}
    </svg>
  );
}
