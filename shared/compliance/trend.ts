/**
 * Direction of a commitment across periods, from its % of target per period (oldest first,
 * null = not reported). The least-squares slope over the reported periods (positioned by
 * period, so a skipped period keeps its place) decides: a change smaller than FLAT_SLOPE
 * percentage points of target per period is "flat" — noise a weekly meeting should not chase.
 */
export type Trend = 'improving' | 'worsening' | 'flat' | 'notEnoughData';

export const FLAT_SLOPE = 2;

export function complianceTrend(percents: readonly (number | null)[]): Trend {
  const points = percents.flatMap((y, x) => (y === null ? [] : [{ x, y }]));
  if (points.length < 2) return 'notEnoughData';
  const mx = points.reduce((a, p) => a + p.x, 0) / points.length;
  const my = points.reduce((a, p) => a + p.y, 0) / points.length;
  const sxx = points.reduce((a, p) => a + (p.x - mx) ** 2, 0);
  const slope = points.reduce((a, p) => a + (p.x - mx) * (p.y - my), 0) / sxx;
  if (Math.abs(slope) < FLAT_SLOPE) return 'flat';
  return slope > 0 ? 'improving' : 'worsening';
}
