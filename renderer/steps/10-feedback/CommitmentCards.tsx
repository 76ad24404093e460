import { ArrowRight, Minus, TrendingDown, TrendingUp } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { AMEND_AFTER_MISSES, type ComplianceRow } from '../../../shared/compliance/status';
import type { Trend } from '../../../shared/compliance/trend';
import { describeCommitment } from '../../../shared/sla/commitmentText';
import type { Language } from '../../../shared/workshop/schema';
import type { CompliancePeriod, LogUnit } from '../../../shared/workshop/steps/feedback';
import type { Weekday } from '../../../shared/workshop/steps/sla';
import { useOpenWorkshop } from '../../app/workshopStore';
import { useRoute } from '../../app/route';
import { showToast } from '../../app/toastStore';
import { TeamBadge } from '../../ui/TeamBadge';
import { StatusChip } from './StatusChip';
import { TrendChart } from './TrendChart';
import { evaluationLabel } from './complianceWords';

const TREND_ICON: Record<Trend, typeof TrendingUp> = { improving: TrendingUp, worsening: TrendingDown, flat: Minus, notEnoughData: Minus };

interface Props {
  rows: ComplianceRow[];
  periods: CompliancePeriod[];
  logUnit: LogUnit;
  weekStartsOn: Weekday;
  language: Language;
}

/** Per commitment: latest status in its own period, trend, the chart, and an amendment proposal after repeated misses. */
export function CommitmentCards({ rows, periods, logUnit, weekStartsOn, language }: Props) {
  const w = useOpenWorkshop();
  const navigate = useRoute((s) => s.navigate);
  const { t } = useTranslation(['feedback', 'sla']);
  const all = rows.map((r) => r.commitment);

  const proposeAmendment = (row: ComplianceRow) => {
    navigate({ name: 'workshop', workshopId: w.id, step: 'sla' });
    showToast({ message: t('cards.review', { label: t(`sla:commitments.kind.${row.commitment.kind}`), n: row.missedInARow }) });
  };

  return (
    <div className="commitment-cards">
      {rows.map((row) => {
        const latest = [...row.evaluations].reverse().find((e) => e.status !== null);
        const TrendIcon = TREND_ICON[row.trend];
        const label = t(`sla:commitments.kind.${row.commitment.kind}`);
        const text = describeCommitment(row.commitment, language, all);
        const labels = row.evaluations.map((e) => evaluationLabel(t, row.commitment, e, periods, logUnit, weekStartsOn));
        return (
          <article
            key={row.commitment.id}
            className="trend-card"
            aria-label={t('cards.compliance', { label, n: all.indexOf(row.commitment) + 1 })}
            data-testid="trend-card"
          >
            <header className="trend-head">
              <h3>{label}</h3>
              <TeamBadge team={row.commitment.party} />
              {latest?.status ? (
                <StatusChip status={latest.status} percent={latest.score} />
              ) : (
                <span className="muted">{t('cards.noData')}</span>
              )}
            </header>
            <p className="trend-what">{text.what}</p>
            <p className="muted trend-measure">{t('cards.measure', { measure: text.measure, period: text.period })}</p>
            <p className={`trend-dir trend-${row.trend}`}>
              <TrendIcon size={18} aria-hidden="true" /> {t('cards.trend', { trend: t(`trend.${row.trend}`) })}
            </p>
            {row.evaluations.length > 0 && row.measure.metAt !== null && <TrendChart row={row} labels={labels} title={label} />}
            {row.measure.metAt === null && <p className="muted">{t('cards.noTarget')}</p>}
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
