import { Trans, useTranslation } from 'react-i18next';
import { projectMqls } from '../../../shared/scoring/batch';
import type { SlaCommitment } from '../../../shared/workshop/schema';
import { formatNumber, formatPercent } from '../../i18n/format';
import { NumberField } from '../../ui/fields';

interface Props {
  qualifyRate: number;
  leadsPerMonth: number | null;
  onLeadsPerMonth(n: number | null): void;
  commitment: SlaCommitment | undefined;
}

const whole = (n: number) => formatNumber(n, 0);

/** Projected MQLs per month against marketing's MQL-volume commitment (met ≥ 100 %, at risk ≥ 90 %). */
export function Projection({ qualifyRate, leadsPerMonth, onLeadsPerMonth, commitment }: Props) {
  const { t } = useTranslation('qualifiedLead');
  const p = leadsPerMonth === null ? null : projectMqls(qualifyRate, leadsPerMonth, commitment);
  const tone = p?.coverage == null ? 'info' : p.coverage >= 1 ? 'ok' : p.coverage >= 0.9 ? 'warn' : 'danger';
  return (
    <div className="ql-projection">
      <div className="ql-projection-input">
        <NumberField
          id="ql-leads-per-month"
          label={t('projection.leads')}
          unit={t('projection.perMonth')}
          value={leadsPerMonth}
          integer
          min={0}
          max={10_000_000}
          onChange={onLeadsPerMonth}
        />
      </div>
      {p === null ? (
        <p className="muted">{t('projection.empty')}</p>
      ) : (
        <div className={`callout callout-${tone}`} data-testid="ql-projection">
          <p className="ql-projection-big">
            <Trans t={t} i18nKey="projection.projected" values={{ n: whole(p.mqlsPerMonth) }} components={{ strong: <strong /> }} />
          </p>
          {p.commitment ? (
            <p>
              {t(p.commitment.period !== 'month' ? 'projection.commitsConverted' : 'projection.commits', {
                target: whole(p.commitment.target),
                period: t(`projection.period.${p.commitment.period}`),
                perMonth: whole(p.commitment.perMonth),
                verdict:
                  p.coverage! >= 1
                    ? t('projection.covers', { pct: formatPercent(p.coverage!) })
                    : t('projection.short', { pct: formatPercent(p.coverage!), gap: whole(p.commitment.perMonth - p.mqlsPerMonth) }),
              })}
            </p>
          ) : (
            <p>{commitment ? t('projection.noTarget') : t('projection.noCommitment')}</p>
          )}
        </div>
      )}
    </div>
  );
}
