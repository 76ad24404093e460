import { stageWithRole } from '../metrics/stageFlow';
import type { Workshop } from '../workshop/schema';
import type { LeadProcessStep } from '../workshop/steps/leadProcess';
import type { FunnelInputs } from '../workshop/steps/sla';

/**
 * Where the calculator's inputs come from when the room has not typed them: the revenue goal
 * from step 2, the stage conversion rates from the step-4 diagram (stored there in percent).
 */
export type DiagramRates = Pick<FunnelInputs, 'winRate' | 'sqlToOpportunity' | 'salToSql' | 'mqlToSal'>;

const asRate = (percent: number | null | undefined): number | null =>
  percent === null || percent === undefined || !Number.isFinite(percent) ? null : percent / 100;

export function diagramRates(lp: LeadProcessStep): DiagramRates {
  return {
    winRate: asRate(stageWithRole(lp, 'opportunity')?.conversionToNext),
    sqlToOpportunity: asRate(stageWithRole(lp, 'sql')?.conversionToNext),
    salToSql: asRate(stageWithRole(lp, 'sal')?.conversionToNext),
    mqlToSal: asRate(stageWithRole(lp, 'mql')?.conversionToNext),
  };
}

/** The step-2 revenue goal the calculator starts from: a revenue goal in currency with a target. */
export function revenueGoal(w: Workshop): { id: string; title: string; target: number } | null {
  const goal = w.goals.goals.find((g) => (g.kind === 'revenue' || g.kind === 'recurringRevenue') && g.unit === 'currency' && g.target !== null && g.target > 0);
  return goal ? { id: goal.id, title: goal.title.trim() || goal.metric.trim(), target: goal.target! } : null;
}

export function defaultFunnelInputs(w: Workshop): FunnelInputs {
  const goal = revenueGoal(w);
  return {
    // Step-2 goals are annual targets with a deadline; the period says how R is meant.
    revenueGoal: goal?.target ?? null,
    period: 'year',
    marketingShare: 0.5,
    averageDealSize: null,
    ...diagramRates(w.leadProcess),
    salesReps: null,
    workingDaysPerMonth: 22,
    paceDay: 10,
  };
}

/** Rate fields whose value differs from the step-4 diagram (the UI marks them). */
export function ratesDifferingFromDiagram(inputs: FunnelInputs, lp: LeadProcessStep): (keyof DiagramRates)[] {
  const d = diagramRates(lp);
  return (Object.keys(d) as (keyof DiagramRates)[]).filter((k) => d[k] !== null && inputs[k] !== null && Math.abs(d[k]! - inputs[k]!) > 1e-9);
}
