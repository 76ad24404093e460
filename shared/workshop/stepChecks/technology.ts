import type { Gap } from '../gaps';
import type { Workshop } from '../schema';
import { PROCESS_PIECES } from '../steps/technology';
import { coverageOf } from '../../technology/automation';
import { say } from '../checkMessage';

/** What step "technology" still needs: a tool, names, and every process piece covered. */
export function technologyGaps(w: Workshop): Gap[] {
  const t = w.technology;
  const gaps: Gap[] = [];
  if (t.tools.length === 0) gaps.push({ field: 'tools', ...say('toolsNone') });
  t.tools.forEach((tool, i) => {
    if (!tool.name.trim()) gaps.push({ field: `tool-${tool.id}-name`, ...say('toolName', { n: i + 1 }) });
  });
  for (const piece of PROCESS_PIECES) {
    if (coverageOf(t, w.facilitation, piece).kind === 'gap')
      gaps.push({ field: `automation-${piece}`, ...say('pieceGap', { piece: say(`piece.${piece}`) }) });
  }
  return gaps;
}

/** Whether anything was entered in this step yet (drives "in progress"). */
export function technologyStarted(w: Workshop): boolean {
  return w.technology.tools.length > 0 || Object.values(w.technology.automation).some((a) => a !== null);
}
