import type { TFunction } from 'i18next';
import type { CsvRowError } from '../../../shared/compliance/csv';
import type { MappingProblem, TargetOption } from '../../../shared/compliance/csvMapping';
import { measureFor } from '../../../shared/compliance/measure';
import { calendarPeriod, midpoint } from '../../../shared/compliance/periods';
import type { Evaluation } from '../../../shared/compliance/status';
import type { SlaCommitment } from '../../../shared/workshop/schema';
import type { CompliancePeriod, LogUnit } from '../../../shared/workshop/steps/feedback';
import type { Weekday } from '../../../shared/workshop/steps/sla';
import { formatDay, formatMonth } from '../../i18n/format';

/**
 * shared/compliance says what it found as codes and values; this file words them for step 10
 * in the UI language: which period a judgement covers, why a period has none, CSV problems.
 */
type T = TFunction<['feedback', 'sla']>;

/** "Feb 2027", "Q1 2027", "week of 4 Jan 2027": the commitment period a judgement covers. */
export function commitmentPeriodLabel(t: T, c: SlaCommitment, e: Pick<Evaluation, 'start' | 'end'>, weekStartsOn: Weekday): string {
  const p = calendarPeriod(midpoint(e.start, e.end), c.period, weekStartsOn);
  switch (c.period) {
    case 'week':
      return t('feedback:grid.weekOf', { date: formatDay(p.start) });
    case 'month':
      return formatMonth(p.start);
    case 'quarter':
      return t('feedback:grid.quarter', { q: Math.floor(Number(p.start.slice(5, 7)) / 3) + 1, year: p.start.slice(0, 4) });
    case 'year':
      return p.start.slice(0, 4);
  }
}

/** A judgement's label: the log period's own name when it is judged on its own, else the commitment period it adds up into. */
export function evaluationLabel(
  t: T,
  c: SlaCommitment,
  e: Evaluation,
  periods: readonly CompliancePeriod[],
  logUnit: LogUnit,
  weekStartsOn: Weekday,
): string {
  const single = e.periodIds.length === 1 ? periods.find((p) => p.id === e.periodIds[0]) : undefined;
  if (single && (c.period === logUnit || measureUnitIsCoarser(c, logUnit))) return single.label.trim() || formatDay(single.start);
  return commitmentPeriodLabel(t, c, e, weekStartsOn) + (e.partial ? t('feedback:grid.soFar') : '');
}

const ORDER = ['week', 'month', 'quarter', 'year'];
/** The log's unit is coarser than the commitment's period: each log period is judged on its own. */
export const measureUnitIsCoarser = (c: SlaCommitment, logUnit: LogUnit): boolean => ORDER.indexOf(logUnit) > ORDER.indexOf(c.period);

/** Why a period has no status, or null when there is nothing to say (not reported yet). */
export function reasonText(t: T, c: SlaCommitment, e: Evaluation, logUnit: LogUnit): string | null {
  const m = measureFor(c);
  switch (e.reason) {
    case 'weekdayDeadlineFromTotals':
      return t('feedback:grid.reason.weekdayDeadline', { totals: t(`feedback:grid.totals.${logUnit}`) });
    case 'shareFromCoarserTotals':
      return t('feedback:grid.reason.shareFromCoarser', {
        period: t(`feedback:grid.periodAdj.${c.period}`),
        totals: t(`feedback:grid.totals.${logUnit}`),
      });
    case 'partAboveWhole':
      return t('feedback:grid.reason.partAboveWhole', {
        part: t(`feedback:grid.part.${m.part}`),
        whole: t(`feedback:grid.whole.${m.whole ?? 'received'}`),
      });
    case 'nothingReceived':
      return t('feedback:grid.reason.nothingReceived', { whole: t(`feedback:grid.whole.${m.whole ?? 'received'}`) });
    case 'incomplete':
      return t('feedback:grid.reason.incomplete');
    default:
      return null;
  }
}

/** What a CSV column can hold, in words. */
export function targetOptionLabel(t: T, o: TargetOption): string {
  if (!o.commitment) return t(`feedback:csv.role.${o.role as 'ignore' | 'periodLabel' | 'periodStart' | 'periodEnd' | 'delivered'}`);
  const kind = t(`sla:commitments.kind.${o.commitment.kind}`);
  const measure = measureFor({ kind: o.commitment.kind, level: 90, atRisk: 80, target: 1 } as SlaCommitment);
  const part = t(`feedback:grid.part.${measure.part}`);
  const whole = t(`feedback:grid.whole.${measure.whole ?? 'received'}`);
  return t(`feedback:csv.role.${o.role as 'count' | 'percent' | 'part' | 'of'}`, { kind, n: o.commitment.n, part, whole });
}

export function mappingProblemText(t: T, p: MappingProblem, options: readonly TargetOption[]): string {
  switch (p.code) {
    case 'noPeriodStart':
    case 'noCommitment':
      return t(`feedback:csv.problem.${p.code}`);
    case 'sameTarget': {
      const o = options.find((x) => x.value === p.target);
      return t('feedback:csv.problem.sameTarget', { count: p.columns, target: o ? targetOptionLabel(t, o) : p.target });
    }
    case 'partWithoutWhole':
      return t('feedback:csv.problem.partWithoutWhole', { n: p.n });
  }
}

/** "Row 5, column “MQLs delivered”: “n/a” is not a number." in the UI language. */
export function rowErrorText(t: T, e: CsvRowError): string {
  const at = e.column ? t('feedback:csv.rowError.at', { row: e.row, column: e.column }) : t('feedback:csv.rowError.atRow', { row: e.row });
  return `${at}${t(`feedback:csv.rowError.${e.code}`, { value: e.value, start: e.start, end: e.end, otherRow: e.otherRow, whole: e.whole, wholeColumn: e.wholeColumn })}`;
}
