import { engagementReference, maxFit } from './limits';
import type { ScoringModel } from './score';

/**
 * The fit × engagement grid modern scoring tools show. Fit A (high) / B (medium) / C (low);
 * engagement 1 (high) / 2 (medium) / 3 (low). Bands are thirds of what the model can give:
 * high from ⅔ of the maximum, medium from ⅓ — fit against the most fit points a lead can
 * collect (maxFit), engagement against a very active lead (engagementReference). Boundaries
 * are rounded up to whole points. A model with no fit (or engagement) points puts every
 * lead in the low band.
 */
export const FIT_BANDS = ['A', 'B', 'C'] as const;
export const ENGAGEMENT_BANDS = ['1', '2', '3'] as const;
export type FitBand = (typeof FIT_BANDS)[number];
export type EngagementBand = (typeof ENGAGEMENT_BANDS)[number];

/** Lowest score of the high and medium bands; null when the model gives no points there. */
export interface BandLimits {
  high: number;
  medium: number;
  reference: number;
}

export interface GridBands {
  fit: BandLimits | null;
  engagement: BandLimits | null;
}

const limits = (reference: number): BandLimits | null =>
  reference > 0 ? { high: Math.ceil((reference * 2) / 3), medium: Math.ceil(reference / 3), reference } : null;

export function gridBands(model: Pick<ScoringModel, 'fit' | 'engagement'>): GridBands {
  return { fit: limits(maxFit(model)), engagement: limits(engagementReference(model)) };
}

const band = (score: number, l: BandLimits | null): 0 | 1 | 2 => (l === null ? 2 : score >= l.high ? 0 : score >= l.medium ? 1 : 2);

export interface GridCell {
  fit: FitBand;
  engagement: EngagementBand;
}

export function gridCell(bands: GridBands, fit: number, engagement: number): GridCell {
  return { fit: FIT_BANDS[band(fit, bands.fit)], engagement: ENGAGEMENT_BANDS[band(engagement, bands.engagement)] };
}

export const cellKey = (c: GridCell) => `${c.fit}${c.engagement}`;
