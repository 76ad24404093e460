import { Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { ComplianceRow } from '../../../shared/compliance/status';
import { isIsoDate } from '../../../shared/calendar/dates';
import type { CompliancePeriod } from '../../../shared/workshop/steps/feedback';
import { NumberField } from '../../ui/fields';
import { TeamBadge } from '../../ui/TeamBadge';
import { RequiredInput } from './RequiredInput';
import { StatusChip } from './StatusChip';

interface Props {
  periods: CompliancePeriod[];
  rows: ComplianceRow[];
  onPeriod(id: string, patch: Partial<CompliancePeriod>): void;
  onActual(periodId: string, commitmentId: string, value: number | null): void;
  onRemove(id: string): void;
}

/** Periods × commitments: type the actuals, see each cell's status at once. */
export function ActualsGrid({ periods, rows, onPeriod, onActual, onRemove }: Props) {
  const { t } = useTranslation(['feedback', 'metrics']);
  return (
    <div className="actuals-scroll">
      <table className="table actuals-grid" aria-label={t('grid.label')}>
        <colgroup>
          <col className="col-period" />
          {rows.map((r) => <col key={r.commitment.id} />)}
          <col className="col-remove" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('grid.period')}</th>
            {rows.map((r) => (
              <th scope="col" key={r.commitment.id}>
                <span className="actuals-col-head">
                  <span className="actuals-col-name">{t(`metrics:commitment.${r.commitment.kind}`)} <TeamBadge team={r.commitment.party} /></span>
                  <span className="actuals-col-sub">{t('grid.target', { unit: r.measure.actualUnit, target: r.measure.targetLabel })}</span>
                </span>
              </th>
            ))}
            <th scope="col"><span className="sr-only">{t('grid.remove')}</span></th>
          </tr>
        </thead>
        <tbody>
          {periods.map((p, i) => {
            const name = p.label.trim() || t('grid.fallbackName', { n: i + 1 });
            return (
              <tr key={p.id} data-testid="period-row">
                <th scope="row" className="period-cell">
                  <label className="sr-only" htmlFor={`period-${p.id}-label`}>{t('grid.name', { n: i + 1 })}</label>
                  <input className="input period-label" id={`period-${p.id}-label`} value={p.label} maxLength={40} onChange={(e) => onPeriod(p.id, { label: e.target.value })} />
                  <div className="period-dates">
                    <RequiredInput id={`period-${p.id}-start`} label={t('grid.start', { name })} labelHidden type="date" value={p.start} isValid={isIsoDate}
                      error={t('grid.startError', { name })} onChange={(start) => onPeriod(p.id, { start })} />
                    <RequiredInput id={`period-${p.id}-end`} label={t('grid.end', { name })} labelHidden type="date" value={p.end} isValid={isIsoDate}
                      error={t('grid.endError', { name })} onChange={(end) => onPeriod(p.id, { end })} />
                  </div>
                </th>
                {rows.map((r) => {
                  const cell = r.cells.find((c) => c.periodId === p.id);
                  return (
                    <td key={r.commitment.id} className="actual-cell">
                      <NumberField id={`actual-${p.id}-${r.commitment.id}`} label={`${name}: ${t(`metrics:commitment.${r.commitment.kind}`)}`} unit={r.measure.actualUnit}
                        value={p.actuals[r.commitment.id] ?? null} min={0} max={r.measure.isPercent ? 100 : undefined}
                        onChange={(v) => onActual(p.id, r.commitment.id, v)} />
                      {cell?.status && <StatusChip status={cell.status} percent={cell.percentOfTarget} />}
                    </td>
                  );
                })}
                <td>
                  <button className="btn btn-ghost btn-sm icon-btn" aria-label={t('grid.removePeriod', { name })} onClick={() => onRemove(p.id)}><Trash2 size={16} /></button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
