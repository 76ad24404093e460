import { projectMqls } from '../../../shared/scoring/batch';
import type { SlaCommitment } from '../../../shared/workshop/schema';
import { NumberField } from '../../ui/fields';

const fmt = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const pct = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });

interface Props {
  qualifyRate: number;
  leadsPerMonth: number | null;
  onLeadsPerMonth(n: number | null): void;
  commitment: SlaCommitment | undefined;
}

/** Projected MQLs per month against marketing's MQL-volume commitment (met ≥ 100 %, at risk ≥ 90 %). */
export function Projection({ qualifyRate, leadsPerMonth, onLeadsPerMonth, commitment }: Props) {
  const p = leadsPerMonth === null ? null : projectMqls(qualifyRate, leadsPerMonth, commitment);
  const tone = p?.coverage == null ? 'info' : p.coverage >= 1 ? 'ok' : p.coverage >= 0.9 ? 'warn' : 'danger';
  return (
    <div className="ql-projection">
      <div className="ql-projection-input">
        <NumberField id="ql-leads-per-month" label="Leads like this sample" unit="per month" value={leadsPerMonth} integer min={0} max={10_000_000}
          onChange={onLeadsPerMonth} />
      </div>
      {p === null ? (
        <p className="muted">Enter how many leads like these arrive in a month to project MQLs against the SLA.</p>
      ) : (
        <div className={`callout callout-${tone}`} data-testid="ql-projection">
          <p className="ql-projection-big">Projected: <strong>{fmt.format(p.mqlsPerMonth)} MQLs / month</strong></p>
          {p.commitment ? (
            <p>
              Marketing commits to {fmt.format(p.commitment.target)} MQLs / {p.commitment.period}
              {p.commitment.period !== 'month' && ` (${fmt.format(p.commitment.perMonth)} / month)`} in the SLA:{' '}
              {p.coverage! >= 1
                ? `the projection covers it (${pct.format(p.coverage!)}).`
                : `${pct.format(p.coverage!)} of it, ${fmt.format(p.commitment.perMonth - p.mqlsPerMonth)} MQLs / month short.`}
            </p>
          ) : (
            <p>{commitment ? 'The SLA’s MQL-volume commitment has no target yet (step 7).' : 'The SLA has no MQL-volume commitment yet (step 7).'}</p>
          )}
        </div>
      )}
    </div>
  );
}
