import type { ComplianceRow, Thresholds } from '../../../shared/compliance/status';
import { useTranslation } from 'react-i18next';
import type { CompliancePeriod } from '../../../shared/workshop/steps/feedback';
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

/** % of target per period, with the 100 % line and the at-risk threshold, for the last periods. */
export function TrendChart({ row, periods, thresholds, title }: { row: ComplianceRow; periods: readonly CompliancePeriod[]; thresholds: Thresholds; title: string }) {
  const cells = row.cells.slice(-MAX_PERIODS);
  const { t } = useTranslation('feedback');
  const shown = periods.slice(-MAX_PERIODS);
  const values = cells.map((c) => c.percentOfTarget).filter((v): v is number => v !== null);
  // Just enough room around the data and both reference lines, so small changes stay visible.
  const lo = Math.max(0, Math.floor(Math.min(thresholds.atRisk - 5, ...values.map((v) => v - 4)) / 5) * 5);
  const hi = Math.ceil(Math.max(105, ...values.map((v) => v + 6)) / 5) * 5;
  // Each period sits in the middle of its own band, so edge labels are never cut off.
  const x = (i: number) => PAD.left + ((W - PAD.left - PAD.right) * (i + 0.5)) / cells.length;
  const y = (v: number) => PAD.top + (H - PAD.top - PAD.bottom) * (1 - (v - lo) / (hi - lo));
  const points = cells.flatMap((c, i) => (c.percentOfTarget === null ? [] : [`${x(i)},${y(c.percentOfTarget)}`]));
  const summary = cells
    .map((c, i) => `${shown[i]?.label}: ${c.percentOfTarget === null ? t('chart.notReported') : t('chart.point', { pct: formatPct(c.percentOfTarget), status: t(`status.${c.status!}`).toLowerCase() })}`)
    .join('; ');

  return (
    <svg className="trend-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('chart.label', { title, summary })}>
      <line x1={PAD.left} x2={W - PAD.right} y1={y(100)} y2={y(100)} className="line-target" />
      <text x={PAD.left - 6} y={y(100) + 4} textAnchor="end" className="axis-text">{formatPct(100)}</text>
      <line x1={PAD.left} x2={W - PAD.right} y1={y(thresholds.atRisk)} y2={y(thresholds.atRisk)} className="line-risk" />
      <text x={PAD.left - 6} y={y(thresholds.atRisk) + 4} textAnchor="end" className="axis-text">{formatPct(thresholds.atRisk)}</text>
      {points.length > 1 && <polyline points={points.join(' ')} className="trend-line" />}
      {cells.map((c, i) => (
        <g key={c.periodId}>
          {c.percentOfTarget !== null && c.status && (
            <>
              <Marker x={x(i)} y={y(c.percentOfTarget)} status={c.status} />
              <text x={x(i)} y={y(c.percentOfTarget) - 11} textAnchor="middle" className="value-text">{formatPct(c.percentOfTarget)}</text>
            </>
          )}
          <text x={x(i)} y={H - PAD.bottom + 18} textAnchor="middle" className="axis-text">{shown[i]?.label}</text>
          <text x={x(i)} y={H - PAD.bottom + 36} textAnchor="middle" className={`status-text status-text-${c.status ?? 'none'}`}>
            {c.status ? t(`status.${c.status}`) : t('chart.noData')}
          </text>
        </g>
      ))}
    </svg>
  );
}
