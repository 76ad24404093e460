import { z } from 'zod';
import { ownerSchema } from '../teams';
import { id, text } from './common';

export const TOOL_CATEGORIES = ['crm', 'marketingAutomation', 'enrichment', 'routing', 'bi', 'other'] as const;
/** The pieces of the agreed process a tool can automate. */
export const PROCESS_PIECES = ['scoring', 'routing', 'slaBreachAlert', 'dashboard', 'recycling', 'attribution'] as const;
export type ProcessPiece = (typeof PROCESS_PIECES)[number];

export const toolSchema = z.object({
  id,
  name: text(120),
  category: z.enum(TOOL_CATEGORIES),
  owner: ownerSchema,
});
export type Tool = z.infer<typeof toolSchema>;

/** A tool id, 'manual', or null while nobody has said (a gap). */
const automation = z.union([z.literal('manual'), id]).nullable();

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
});
export type TechnologyStep = z.infer<typeof technologyStepSchema>;

export const defaultTechnologyStep = (): TechnologyStep => ({
  tools: [],
  automation: { scoring: null, routing: null, slaBreachAlert: null, dashboard: null, recycling: null, attribution: null },
});
