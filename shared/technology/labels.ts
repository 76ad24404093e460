import type { ProcessPiece, ToolCategory } from '../workshop/steps/technology';

export const TOOL_CATEGORY_LABEL: Record<ToolCategory, string> = {
  crm: 'CRM',
  marketingAutomation: 'Marketing automation',
  enrichment: 'Enrichment',
  routing: 'Routing',
  bi: 'BI / reporting',
  other: 'Other',
};

/** The agreed process pieces, named as the room talks about them, with where they were agreed. */
export const PROCESS_PIECE_TEXT: Record<ProcessPiece, { label: string; detail: string }> = {
  scoring: { label: 'Lead scoring', detail: 'Fit and engagement points and the MQL threshold (step 5).' },
  routing: { label: 'Lead routing', detail: 'Who gets each MQL, and how fast (step 6).' },
  slaBreachAlert: { label: 'SLA-breach alert', detail: 'A warning when first touch, attempts or disposition run late (step 7).' },
  dashboard: { label: 'Shared dashboard', detail: 'The scoreboard both teams look at (step 8).' },
  recycling: { label: 'Recycling to nurture', detail: 'Leads sent back with a reason, and re-entry (step 6).' },
  attribution: { label: 'Attribution', detail: 'Which campaigns and content sourced and moved the pipeline.' },
};
