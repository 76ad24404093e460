import { rateMapping } from '../leadProcess/roles';
import type { Workshop } from '../workshop/schema';
import type { LeadProcessStep } from '../workshop/steps/leadProcess';
import type { FunnelInputs } from '../workshop/steps/sla';

/**
 * Where the calculator's inputs come from when the room has not typed them: the revenue goal
 * from step 2, the stage conversion rates from the step-4 diagram (stored there in percent).
 */
export type DiagramRates = Pick<FunnelInputs, 'winRate' | 'sqlToOpportunity' | 'salToSql' | 'mqlToSal'>;

/**
 * Read by stage role (shared/leadProcess/roles.ts), not by position: with MQL → SQL → Won the
 * SQL stage's rate is the win rate and SQL → opportunity is 100 % (no such stage). A rate two
 * stages would fill is taken from the first only; `rateMapping(lp).issues` names both.
 */
export function diagramRates(lp: LeadProcessStep): DiagramRates {
  const { rates } = rateMapping(lp);
  return {
    winRate: rates.winRate.value,
    sqlToOpportunity: rates.sqlToOpportunity.value,
    salToSql: rates.salToSql.value,
    mqlToSal: rates.mqlToSal.value,
  };
}

/** The step-2 revenue goal the calculator starts from: a revenue goal in currency with a target. */
export function revenueGoal(w: Workshop): { id: string; title: string; target: number } | null {
  const goal = w.goals.goals.find(
    (g) => (g.kind === 'revenue' || g.kind === 'recurringRevenue') && g.unit === 'currency' && g.target !== null && g.target > 0,
  );
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
  return (Object.keys(d) as (keyof DiagramRates)[]).filter(
    (k) => d[k] !== null && inputs[k] !== null && Math.abs(d[k]! - inputs[k]!) > 1e-9,
  );
}
