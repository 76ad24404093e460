import { useTranslation } from 'react-i18next';
import type { ComplianceCell, ComplianceRow } from '../../../shared/compliance/status';
import type { Actual, CompliancePeriod, LogUnit, ShareActual } from '../../../shared/workshop/steps/feedback';
import type { Weekday } from '../../../shared/workshop/steps/sla';
import { NumberField } from '../../ui/fields';
import { StatusChip } from './StatusChip';
import { evaluationLabel, measureUnitIsCoarser, reasonText } from './complianceWords';

interface Props {
  row: ComplianceRow;
  cell: ComplianceCell | undefined;
  period: CompliancePeriod;
  name: string;
  periods: readonly CompliancePeriod[];
  logUnit: LogUnit;
  weekStartsOn: Weekday;
  onActual(value: Actual | null): void;
}

const asShare = (a: Actual | null | undefined): ShareActual => (typeof a === 'object' && a !== null ? a : { part: null, of: null });

/**
 * One commitment in one log period: a count, or for a share the two counts ("45 touched in time
 * of 50 received"); under it the status of the period it completes (for a monthly commitment in a
 * weekly log, the month's, on its last week), or why there is none.
 */
export function ActualCell({ row, cell, period, name, periods, logUnit, weekStartsOn, onActual }: Props) {
  const { t } = useTranslation(['feedback', 'sla']);
  const c = row.commitment;
  const label = `${name}: ${t(`sla:commitments.kind.${c.kind}`)}`;
  const actual = period.actuals[c.id];
  const e = cell?.evaluation ?? null;
  // A finer log adds up into the commitment's period: say which one the status is for.
  const grouped = c.period !== logUnit && !measureUnitIsCoarser(c, logUnit);
  const part = t(`feedback:grid.part.${row.measure.part}`);
  return (
    <td className="actual-cell">
      {row.measure.shape === 'count' ? (
        <NumberField
          id={`actual-${period.id}-${c.id}`}
          label={`${label} — ${part}`}
          unit={t('feedback:grid.unit.mqls')}
          value={typeof actual === 'number' ? actual : null}
          min={0}
          integer
          onChange={(v) => onActual(v)}
        />
      ) : (
        <div className="share-inputs">
          <NumberField
            id={`actual-${period.id}-${c.id}-part`}
            label={`${label} — ${part}`}
            unit={part}
            value={asShare(actual).part}
            min={0}
            onChange={(v) => {
              const s = asShare(actual);
              onActual(v === null && s.of === null ? null : { ...s, part: v });
            }}
          />
          <span className="share-of" aria-hidden="true">
            {t('feedback:grid.of')}
          </span>
          <NumberField
            id={`actual-${period.id}-${c.id}-of`}
            label={`${label} — ${t(`feedback:grid.whole.${row.measure.whole ?? 'received'}`)}`}
            unit={t('feedback:grid.ofWhole', { whole: t(`feedback:grid.whole.${row.measure.whole ?? 'received'}`) })}
            value={asShare(actual).of}
            min={0}
            onChange={(v) => {
              const s = asShare(actual);
              onActual(v === null && s.part === null ? null : { ...s, of: v });
            }}
          />
        </div>
      )}
      {e?.status && (
        <div className="cell-judgement">
          <StatusChip status={e.status} percent={e.score} />
          {grouped && <span className="muted cell-period">{evaluationLabel(t, c, e, periods, logUnit, weekStartsOn)}</span>}
        </div>
      )}
      {e && !e.status && reasonText(t, c, e, logUnit) && <p className="muted cell-reason">{reasonText(t, c, e, logUnit)}</p>}
    </td>
  );
}
