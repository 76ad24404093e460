import type { TechnologyStep } from '../steps/technology';

/** The action item Northwind made of its one gap (attribution); it lives in the sample's facilitation. */
export const SAMPLE_ATTRIBUTION_ACTION_ID = 'a-attribution-tool';

/** Northwind Analytics' tools and what each automates; attribution is still a gap. */
export function sampleTechnology(): TechnologyStep {
  return {
    tools: [
      { id: 'tool-salesforce', name: 'Salesforce', category: 'crm', owner: 'operations' },
      { id: 'tool-hubspot', name: 'HubSpot', category: 'marketingAutomation', owner: 'marketing' },
      { id: 'tool-clearbit', name: 'Clearbit', category: 'enrichment', owner: 'marketing' },
      { id: 'tool-leandata', name: 'LeanData', category: 'routing', owner: 'operations' },
      { id: 'tool-looker', name: 'Looker', category: 'bi', owner: 'operations' },
    ],
    automation: {
      scoring: 'tool-hubspot',
      routing: 'tool-leandata',
      slaBreachAlert: 'tool-salesforce',
      dashboard: 'tool-looker',
      recycling: 'manual',
      attribution: null,
    },
    gapActionItemIds: { attribution: SAMPLE_ATTRIBUTION_ACTION_ID },
  };
}
