import type { Gap } from '../gaps';
import type { Workshop } from '../schema';
import { PROCESS_PIECES } from '../steps/technology';
import { coverageOf } from '../../technology/automation';
import { PROCESS_PIECE_TEXT } from '../../technology/labels';

/** What step "technology" still needs: a tool, names, and every process piece covered. */
export function technologyGaps(w: Workshop): Gap[] {
  const t = w.technology;
  const gaps: Gap[] = [];
  if (t.tools.length === 0) gaps.push({ field: 'tools', message: 'Tools: add at least one tool in use (for example the CRM).' });
  t.tools.forEach((tool, i) => {
    if (!tool.name.trim()) gaps.push({ field: `tool-${tool.id}-name`, message: `Tool ${i + 1}: name is required.` });
  });
  for (const piece of PROCESS_PIECES) {
    if (coverageOf(t, w.facilitation, piece).kind === 'gap')
      gaps.push({ field: `automation-${piece}`, message: `${PROCESS_PIECE_TEXT[piece].label}: choose the tool that automates it, “Manual”, or make an action item.` });
  }
  return gaps;
}

/** Whether anything was entered in this step yet (drives "in progress"). */
export function technologyStarted(w: Workshop): boolean {
  return w.technology.tools.length > 0 || Object.values(w.technology.automation).some((a) => a !== null);
}
