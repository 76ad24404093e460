import { Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { ComplianceRow } from '../../../shared/compliance/status';
import { isIsoDate } from '../../../shared/calendar/dates';
import { describeCommitment } from '../../../shared/sla/commitmentText';
import type { Actual, CompliancePeriod, LogUnit } from '../../../shared/workshop/steps/feedback';
import type { Weekday } from '../../../shared/workshop/steps/sla';
import type { Language } from '../../../shared/workshop/schema';
import { TeamBadge } from '../../ui/TeamBadge';
import { typingIn } from '../../app/undoScope';
import { RequiredInput } from './RequiredInput';
import { ActualCell } from './ActualCell';

interface Props {
  periods: CompliancePeriod[];
  rows: ComplianceRow[];
  logUnit: LogUnit;
  weekStartsOn: Weekday;
  language: Language;
  onPeriod(id: string, patch: Partial<CompliancePeriod>): void;
  onActual(periodId: string, commitmentId: string, value: Actual | null): void;
  onRemove(id: string): void;
}

/** Periods × commitments: type the actuals, see each commitment's status in its own period at once. */
export function ActualsGrid({ periods, rows, logUnit, weekStartsOn, language, onPeriod, onActual, onRemove }: Props) {
  const { t } = useTranslation(['feedback', 'sla']);
  const all = rows.map((r) => r.commitment);
  return (
    <div className="actuals-scroll">
      <table className="table actuals-grid" aria-label={t('grid.label')}>
        <colgroup>
          <col className="col-period" />
          {rows.map((r) => (
            <col key={r.commitment.id} className={r.measure.shape === 'share' ? 'col-share' : 'col-count'} />
          ))}
          <col className="col-remove" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('grid.period')}</th>
            {rows.map((r) => {
              const text = describeCommitment(r.commitment, language, all);
              return (
                <th scope="col" key={r.commitment.id}>
                  <span className="actuals-col-head">
                    <span className="actuals-col-name">
                      {t(`sla:commitments.kind.${r.commitment.kind}`)} <TeamBadge team={r.commitment.party} />
                    </span>
                    <span className="actuals-col-sub">{t('grid.target', { target: text.target, met: text.met, period: text.period })}</span>
                  </span>
                </th>
              );
            })}
            <th scope="col">
              <span className="sr-only">{t('grid.remove')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {periods.map((p, i) => {
            const name = p.label.trim() || t('grid.fallbackName', { n: i + 1 });
            return (
              <tr key={p.id} data-testid="period-row">
                <th scope="row" className="period-cell">
                  <label className="sr-only" htmlFor={`period-${p.id}-label`}>
                    {t('grid.name', { n: i + 1 })}
                  </label>
                  <input
                    className="input period-label"
                    id={`period-${p.id}-label`}
                    value={p.label}
                    maxLength={40}
                    onChange={(e) => typingIn(`field:feedback.periods.${p.id}.label`, () => onPeriod(p.id, { label: e.target.value }))}
                  />
                  <div className="period-dates">
                    <RequiredInput
                      id={`period-${p.id}-start`}
                      label={t('grid.start', { name })}
                      labelHidden
                      type="date"
                      value={p.start}
                      isValid={isIsoDate}
                      error={t('grid.startError', { name })}
                      onChange={(start) => onPeriod(p.id, { start })}
                    />
                    <RequiredInput
                      id={`period-${p.id}-end`}
                      label={t('grid.end', { name })}
                      labelHidden
                      type="date"
                      value={p.end}
                      isValid={isIsoDate}
                      error={t('grid.endError', { name })}
                      onChange={(end) => onPeriod(p.id, { end })}
                    />
                  </div>
                </th>
                {rows.map((r) => (
                  <ActualCell
                    key={r.commitment.id}
                    row={r}
                    cell={r.cells.find((c) => c.periodId === p.id)}
                    period={p}
                    name={name}
                    periods={periods}
                    logUnit={logUnit}
                    weekStartsOn={weekStartsOn}
                    onActual={(v) => onActual(p.id, r.commitment.id, v)}
                  />
                ))}
                <td>
                  <button
                    className="btn btn-ghost btn-sm icon-btn"
                    aria-label={t('grid.removePeriod', { name })}
                    onClick={() => onRemove(p.id)}
                  >
                    <Trash2 size={16} />
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
