import type { Period, SlaCommitment } from '../workshop/schema';
import type { CompliancePeriod } from '../workshop/steps/feedback';
import { addDays, addMonths, MONTH_NAMES, startOfMonth } from '../calendar/dates';
import { newId } from '../workshop/factory';
import { periodsInOrder } from './status';

/** The reporting unit of the log: the SLA's own period (the first commitment's), month by default. */
export const reportingUnit = (commitments: readonly SlaCommitment[]): Period => commitments[0]?.period ?? 'month';

/** The period of `unit` that begins on `start`: its last day and a readable label. */
export function periodFrom(start: string, unit: Period): { end: string; label: string } {
  const [y, m] = [Number(start.slice(0, 4)), Number(start.slice(5, 7))];
  switch (unit) {
    case 'week':
      return { end: addDays(start, 6), label: `Week of ${start}` };
    case 'month':
      return { end: addDays(addMonths(start, 1), -1), label: `${MONTH_NAMES[m - 1]!.slice(0, 3)} ${y}` };
    case 'quarter':
      return { end: addDays(addMonths(start, 3), -1), label: `Q${Math.floor((m - 1) / 3) + 1} ${y}` };
  }
}

/**
 * The period after the latest one, or the first one: the month (week, quarter) that contains
 * the SLA's effective date, else today.
 */
export function nextPeriod(existing: readonly CompliancePeriod[], unit: Period, startHint: string, makeId = newId): CompliancePeriod {
  const last = periodsInOrder(existing).at(-1);
  const start = last ? addDays(last.end, 1) : unit === 'week' ? startHint : startOfMonth(startHint);
  const { end, label } = periodFrom(start, unit);
  return { id: makeId(), label, start, end, actuals: {} };
}

/**
 * Imported periods join the log: a period with the same start is the same period (its label,
 * end and the imported commitments' actuals are replaced; other actuals stay), others are added.
 */
export function mergePeriods(existing: readonly CompliancePeriod[], imported: readonly CompliancePeriod[]): CompliancePeriod[] {
  const out = existing.map((p) => ({ ...p, actuals: { ...p.actuals } }));
  for (const p of imported) {
    const same = out.find((q) => q.start === p.start);
    if (same) {
      same.label = p.label;
      same.end = p.end;
      Object.assign(same.actuals, p.actuals);
    } else out.push({ ...p, actuals: { ...p.actuals } });
  }
  return periodsInOrder(out);
}
