import type { FitField } from '../workshop/steps/qualifiedLead';

/**
 * Something the lead did: which behaviour (an engagement criterion's id, or its name as a
 * person or a CSV header would type it), how many times, and how many days ago. Each activity
 * ages from its own date, so a lead's activities are listed, not only its latest one.
 */
export interface LeadActivity {
  behaviour: string;
  times: number;
  daysAgo: number;
}

/** One lead as the simulator sees it: the facts fit criteria look at, and what it did when. */
export interface SampleLead {
  title: string;
  seniority: string;
  department: string;
  industry: string;
  /** Number of employees. */
  companySize: number | null;
  annualRevenue: number | null;
  region: string;
  country: string;
  technology: string;
  email: string;
  activities: LeadActivity[];
}

/** The lead fields a person types or a CSV column fills (emailDomain is derived from email). */
export const LEAD_TEXT_FIELDS = ['title', 'seniority', 'department', 'industry', 'region', 'country', 'technology', 'email'] as const;
export const LEAD_NUMBER_FIELDS = ['companySize', 'annualRevenue'] as const;
export type LeadTextField = (typeof LEAD_TEXT_FIELDS)[number];
export type LeadNumberField = (typeof LEAD_NUMBER_FIELDS)[number];

export const emptyLead = (): SampleLead => ({
  title: '',
  seniority: '',
  department: '',
  industry: '',
  companySize: null,
  annualRevenue: null,
  region: '',
  country: '',
  technology: '',
  email: '',
  activities: [],
});

export const isNumericField = (f: FitField): f is LeadNumberField => f === 'companySize' || f === 'annualRevenue';

/** The part after the last "@", lower-cased; empty when the address has none. */
export function emailDomainOf(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0
    ? ''
    : email
        .slice(at + 1)
        .trim()
        .toLowerCase();
}

/** What a fit criterion on `field` compares against. */
export function leadFieldValue(lead: SampleLead, field: FitField): string | number | null {
  if (field === 'emailDomain') return emailDomainOf(lead.email);
  return lead[field];
}
