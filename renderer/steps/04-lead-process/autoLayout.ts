import type { LeadProcessStep } from '../../../shared/workshop/steps/leadProcess';
import { positionsFromLayout, toLayoutGraph } from '../../../shared/leadProcess/layout';
import type { Point } from '../../../shared/leadProcess/geometry';

/**
 * Runs ELK on demand. The engine is large (about 1.5 MB), so it loads the first time the
 * button is pressed rather than with the app.
 */
export async function layoutPositions(step: LeadProcessStep): Promise<Map<string, Point>> {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const result = await new ELK().layout(toLayoutGraph(step));
  return positionsFromLayout(result);
}
