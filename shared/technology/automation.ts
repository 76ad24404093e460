import type { ActionItem, Facilitation } from '../workshop/facilitation';
import type { TechnologyStep, Tool, ProcessPiece } from '../workshop/steps/technology';
import { PROCESS_PIECES } from '../workshop/steps/technology';
import { newId } from '../workshop/factory';

/** How one agreed process piece is covered. A piece pointing at a removed tool is a gap again. */
export type Coverage = { kind: 'tool'; tool: Tool } | { kind: 'manual' } | { kind: 'actionItem'; item: ActionItem } | { kind: 'gap' };

export function coverageOf(tech: TechnologyStep, facilitation: Facilitation, piece: ProcessPiece): Coverage {
  const a = tech.automation[piece];
  if (a === 'manual') return { kind: 'manual' };
  const tool = a === null ? undefined : tech.tools.find((t) => t.id === a);
  if (tool) return { kind: 'tool', tool };
  const itemId = tech.gapActionItemIds?.[piece];
  const item = itemId ? facilitation.actionItems.find((i) => i.id === itemId) : undefined;
  return item ? { kind: 'actionItem', item } : { kind: 'gap' };
}

/** Pieces nobody has covered yet: no tool, not manual, no action item. */
export const uncoveredPieces = (tech: TechnologyStep, facilitation: Facilitation): ProcessPiece[] =>
  PROCESS_PIECES.filter((p) => coverageOf(tech, facilitation, p).kind === 'gap');

/** The action item a gap becomes: on the facilitation list, tagged with step 9. */
export function gapActionItem(input: { text: string; ownerId: string | null; dueDate: string }, now: Date, makeId = newId): ActionItem {
  return {
    id: makeId(),
    text: input.text.trim(),
    ownerId: input.ownerId,
    dueDate: input.dueDate,
    status: 'open',
    stepId: 'technology',
    createdAt: now.toISOString(),
  };
}

/** Automation with every use of a removed tool turned back into a gap. */
export function automationWithoutTool(automation: TechnologyStep['automation'], toolId: string): TechnologyStep['automation'] {
  const out = { ...automation };
  for (const p of PROCESS_PIECES) if (out[p] === toolId) out[p] = null;
  return out;
}
