import { z } from 'zod';
import { teamSchema } from '../teams';
import { id, text } from './common';

export const TOOL_CATEGORIES = ['crm', 'marketingAutomation', 'enrichment', 'routing', 'bi', 'other'] as const;
export type ToolCategory = (typeof TOOL_CATEGORIES)[number];
/** The pieces of the agreed process a tool can automate. */
export const PROCESS_PIECES = ['scoring', 'routing', 'slaBreachAlert', 'dashboard', 'recycling', 'attribution'] as const;
export const processPieceSchema = z.enum(PROCESS_PIECES);
export type ProcessPiece = (typeof PROCESS_PIECES)[number];

export const toolSchema = z.object({
  id,
  name: text(120),
  category: z.enum(TOOL_CATEGORIES),
  /** The team that runs the tool day to day (often operations). */
  owner: teamSchema,
});
export type Tool = z.infer<typeof toolSchema>;

/** A tool id, 'manual', or null while nobody has said (a gap). */
const automation = z.union([z.literal('manual'), id]).nullable();
export type Automation = z.infer<typeof automation>;

export const technologyStepSchema = z.object({
  tools: z.array(toolSchema).max(100),
  automation: z.object({
    scoring: automation,
    routing: automation,
    slaBreachAlert: automation,
    dashboard: automation,
    recycling: automation,
    attribution: automation,
  }),
  /**
   * A gap the room turned into an action item: piece → the action item's id in
   * `facilitation.actionItems`. Optional so documents stored before it existed still read.
   */
  gapActionItemIds: z.partialRecord(processPieceSchema, id).optional(),
});
export type TechnologyStep = z.infer<typeof technologyStepSchema>;

export const defaultTechnologyStep = (): TechnologyStep => ({
  tools: [],
  automation: { scoring: null, routing: null, slaBreachAlert: null, dashboard: null, recycling: null, attribution: null },
});
