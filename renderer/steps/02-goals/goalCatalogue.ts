import type { GoalKind, Goal } from '../../../shared/workshop/schema';

/** The catalogue of domain.md, with a sensible default metric and unit per goal. */
export const GOAL_CATALOGUE: Record<GoalKind, { label: string; metric: string; unit: Goal['unit'] }> = {
  revenue: { label: 'Revenue', metric: 'Closed-won revenue', unit: 'currency' },
  marketShare: { label: 'Market share', metric: 'Share of target market', unit: 'percent' },
  netNewCustomers: { label: 'Net-new customers', metric: 'New customers signed', unit: 'count' },
  recurringRevenue: { label: 'Recurring revenue', metric: 'Annual recurring revenue', unit: 'currency' },
  churnReduction: { label: 'Churn reduction', metric: 'Annual churn rate', unit: 'percent' },
  customerLifetimeValue: { label: 'Customer lifetime value', metric: 'Average customer lifetime value', unit: 'currency' },
  custom: { label: 'Custom goal', metric: '', unit: 'count' },
};

export const CURRENCIES = ['USD', 'EUR', 'BRL', 'GBP', 'CNY', 'MXN', 'ARS', 'CLP', 'COP', 'PEN'] as const;
