import type { Stage, StageOwner } from '../workshop/steps/leadProcess';
import { formatPercent } from './graph';

/** Words shown with colours (never colour alone) on the canvas, the legend and the export. */
export const OWNER_LABEL: Record<StageOwner, string> = { marketing: 'Marketing', sales: 'Sales', sdr: 'SDR', operations: 'Operations' };
export const NO_OWNER_LABEL = 'No owner';

export const formatDays = (d: number) => `${Number(d.toFixed(1))} ${d === 1 ? 'day' : 'days'}`;

/** The short line under a stage's name: rate and time, or how the process ends. */
export function stageSummary(s: Stage): string {
  if (s.kind === 'won') return 'End: won';
  if (s.kind === 'lost') return 'End: lost';
  const parts = [s.conversionToNext === null ? '? %' : formatPercent(s.conversionToNext)];
  if (s.daysInStage !== null) parts.push(formatDays(s.daysInStage));
  return parts.join(' · ');
}
