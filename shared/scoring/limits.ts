import type { FitCriterion } from '../workshop/steps/qualifiedLead';
import { conditionValueError, parseAmount } from './conditions';
import { isNumericField } from './lead';
import type { ScoringModel } from './score';

const canMatch = (c: { operator: FitCriterion['operator']; value: string }) => conditionValueError(c.operator, c.value) === null;

/**
 * The most fit points one lead can collect. A field holds one value, so "equals" criteria on
 * the same field with different values cannot all match: only the best value group counts.
 * Other operators may overlap, so they all count (an upper bound, never an underestimate).
 */
export function maxFit(model: Pick<ScoringModel, 'fit'>): number {
  let total = 0;
  const equalsGroups = new Map<string, Map<string, number>>();
  for (const c of model.fit) {
    if (!canMatch(c) || c.points <= 0) continue;
    if (c.operator !== 'equals') {
      total += c.points;
      continue;
    }
    const key = isNumericField(c.field) ? String(parseAmount(c.value)) : c.value.trim().toLowerCase();
    const groups = equalsGroups.get(c.field) ?? new Map<string, number>();
    groups.set(key, (groups.get(key) ?? 0) + c.points);
    equalsGroups.set(c.field, groups);
  }
  for (const groups of equalsGroups.values()) total += Math.max(...groups.values());
  return total;
}

/** The most engagement points in a period: Infinity while any scoring behaviour has no cap. */
export function maxEngagement(model: Pick<ScoringModel, 'engagement'>): number {
  return model.engagement.reduce((sum, c) => (c.points <= 0 ? sum : sum + (c.capPerPeriod ?? Infinity)), 0);
}

/** Best case: every reachable criterion matched, no negative criterion, no decay. */
export const maxTotal = (model: Pick<ScoringModel, 'fit' | 'engagement'>) => maxFit(model) + maxEngagement(model);

/**
 * The engagement a very active lead reaches, to size the grid's bands: each capped behaviour
 * at its cap, each uncapped behaviour counted once (an uncapped one has no maximum).
 */
export function engagementReference(model: Pick<ScoringModel, 'engagement'>): number {
  return model.engagement.reduce((sum, c) => (c.points <= 0 ? sum : sum + (c.capPerPeriod ?? c.points)), 0);
}
