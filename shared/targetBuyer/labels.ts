import type { BuyingRole, Evidence, IcpField, PersonaFactField, Seniority } from '../workshop/steps/targetBuyer';

/** Words a room uses; shared because scoring criteria are written with the same words. */
export const SENIORITY_LABEL: Record<Seniority, string> = {
  cLevel: 'C-level',
  vp: 'VP',
  director: 'Director',
  manager: 'Manager',
  individual: 'Individual contributor',
};

export const BUYING_ROLE_LABEL: Record<BuyingRole, string> = {
  decisionMaker: 'Decision maker',
  influencer: 'Influencer',
  user: 'User',
  gatekeeper: 'Gatekeeper',
};

export const EVIDENCE_LABEL: Record<Evidence, string> = {
  customerData: 'Customer data',
  salesFeedback: 'Sales feedback',
  assumption: 'Assumption',
};

export const ICP_FIELD_LABEL: Record<IcpField, { label: string; one: string; example: string }> = {
  industries: { label: 'Industries', one: 'industry', example: 'e.g. SaaS' },
  companySizes: { label: 'Company size', one: 'company size band', example: 'e.g. 200–2,000 employees' },
  regions: { label: 'Regions', one: 'region', example: 'e.g. EU' },
  revenueBands: { label: 'Revenue band', one: 'revenue band', example: 'e.g. €20–500 M revenue' },
  technologies: { label: 'Technologies', one: 'technology', example: 'e.g. Salesforce' },
  disqualifiers: { label: 'Disqualifiers', one: 'disqualifier', example: 'e.g. Public sector' },
};

export const PERSONA_FACT_LABEL: Record<PersonaFactField, { label: string; one: string }> = {
  goals: { label: 'Goals', one: 'goal' },
  pains: { label: 'Pains', one: 'pain' },
  objections: { label: 'Objections', one: 'objection' },
  buyingTriggers: { label: 'Buying triggers', one: 'buying trigger' },
  informationSources: { label: 'Information sources', one: 'information source' },
};
