import { ArrowRight, Minus, TrendingDown, TrendingUp } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { AMEND_AFTER_MISSES, type ComplianceRow, type Thresholds } from '../../../shared/compliance/status';
import type { Trend } from '../../../shared/compliance/trend';
import { describeCommitment } from '../../../shared/sla/commitmentText';
import type { CompliancePeriod } from '../../../shared/workshop/steps/feedback';
import { useOpenWorkshop } from '../../app/workshopStore';
import { useRoute } from '../../app/route';
import { showToast } from '../../app/toastStore';
import { TeamBadge } from '../../ui/TeamBadge';
import { StatusChip } from './StatusChip';
import { TrendChart } from './TrendChart';

const TREND_ICON: Record<Trend, typeof TrendingUp> = { improving: TrendingUp, worsening: TrendingDown, flat: Minus, notEnoughData: Minus };

/** Per commitment: latest status, trend, the chart, and an amendment proposal after repeated misses. */
export function CommitmentCards({ rows, periods, thresholds }: { rows: ComplianceRow[]; periods: CompliancePeriod[]; thresholds: Thresholds }) {
  const w = useOpenWorkshop();
  const navigate = useRoute((s) => s.navigate);
  const { t } = useTranslation(['feedback', 'metrics']);

  const proposeAmendment = (row: ComplianceRow) => {
    // For now this opens step 7 with the reason; SLA versioning will turn it into a draft amendment.
    navigate({ name: 'workshop', workshopId: w.id, step: 'sla' });
    showToast({ message: t('cards.review', { label: t(`metrics:commitment.${row.commitment.kind}`), n: row.missedInARow }) });
  };

  return (
    <div className="commitment-cards">
      {rows.map((row) => {
        const latest = [...row.cells].reverse().find((c) => c.status !== null);
        const TrendIcon = TREND_ICON[row.trend];
        const label = t(`metrics:commitment.${row.commitment.kind}`);
        return (
          <article key={row.commitment.id} className="trend-card" aria-label={t('cards.compliance', { label })} data-testid="trend-card">
            <header className="trend-head">
              <h3>{label}</h3>
              <TeamBadge team={row.commitment.party} />
              {latest?.status ? <StatusChip status={latest.status} percent={latest.percentOfTarget} /> : <span className="muted">{t('cards.noData')}</span>}
            </header>
            <p className="trend-what">{describeCommitment(row.commitment).what}</p>
            <p className="muted trend-measure">{t('cards.measure', { actual: row.measure.actualLabel, target: row.measure.targetLabel })}</p>
            <p className={`trend-dir trend-${row.trend}`}><TrendIcon size={18} aria-hidden="true" /> {t('cards.trend', { trend: t(`trend.${row.trend}`) })}</p>
            {row.cells.length > 0 && row.measure.target !== null && <TrendChart row={row} periods={periods} thresholds={thresholds} title={label} />}
            {row.measure.target === null && <p className="muted">{t('cards.noTarget')}</p>}
            {row.missedInARow >= AMEND_AFTER_MISSES && (
              <div className="callout callout-danger amend">
                <span>{t('cards.missedInARow', { n: row.missedInARow })}</span>
                <button className="btn btn-sm" onClick={() => proposeAmendment(row)}>
                  {t('cards.propose')} <ArrowRight size={16} aria-hidden="true" />
                </button>
              </div>
            )}
          </article>
        );
      })}
    </div>
  );
}
