import type { TFunction } from 'i18next';
import type { Stage } from '../../../shared/workshop/steps/leadProcess';
import type { SvgWords } from '../../../shared/leadProcess/svg';
import { formatPercentPoints } from '../../i18n/format';

/**
 * The short line under a stage's name in the UI language: rate and time, or how the process
 * ends.
 */
export function stageSummaryText(t: TFunction<'leadProcess'>, s: Stage): string {
  if (s.kind === 'won') return t('summary.won');
  if (s.kind === 'lost') return t('summary.lost');
  const parts = [s.conversionToNext === null ? t('summary.noRate') : formatPercentPoints(s.conversionToNext, 1)];
  if (s.daysInStage !== null) parts.push(t('summary.days', { count: Number(s.daysInStage.toFixed(1)) }));
  return parts.join(' · ');
}

export const ownerText = (t: TFunction<'leadProcess'>, s: Stage): string => t(`owner.${s.owner ?? 'none'}`);

/** The words of the SVG export, from the same table as the canvas. */
export const svgWords = (t: TFunction<'leadProcess'>): SvgWords => ({
  owner: (s) => ownerText(t, s),
  summary: (s) => stageSummaryText(t, s),
  unnamedStage: t('unnamedStage'),
});
