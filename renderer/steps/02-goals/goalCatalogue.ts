import type { GoalKind, Goal } from '../../../shared/workshop/schema';
import type { Language } from '../../../shared/workshop/schema';
import { i18n, loadedLanguageOr } from '../../i18n';

/** The goal catalogue (docs/domain.md): a sensible default unit per goal (names and metrics: i18n `goals.kind`). */
export const GOAL_UNIT: Record<GoalKind, Goal['unit']> = {
  revenue: 'currency',
  marketShare: 'percent',
  netNewCustomers: 'count',
  recurringRevenue: 'currency',
  churnReduction: 'percent',
  customerLifetimeValue: 'currency',
  custom: 'count',
};

/** Default name and metric written into the workshop: in its document language, as they reach its PDFs. */
export function goalDefaults(kind: GoalKind, language: Language): { title: string; metric: string } {
  const t = i18n.getFixedT(loadedLanguageOr(language), 'goals');
  if (kind === 'custom') return { title: '', metric: '' };
  return { title: t(`kind.${kind}.label`), metric: t(`kind.${kind}.metric`) };
}

export const CURRENCIES = ['USD', 'EUR', 'BRL', 'GBP', 'CNY', 'MXN', 'ARS', 'CLP', 'COP', 'PEN'] as const;
