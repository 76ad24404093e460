import type { QualifiedLeadStep } from '../steps/qualifiedLead';

const FREE_EMAIL = 'gmail.com, googlemail.com, yahoo.com, hotmail.com, outlook.com, live.com, icloud.com, aol.com, gmx.com, proton.me, mail.com';

/**
 * Northwind Analytics' scoring model in the built-in sample workshop: mid-size companies in
 * its four strongest industries, finance and data leaders, and the buying signals their
 * SDRs trust. Threshold 60, as the sample SLA's MQL-volume commitment says.
 */
export function sampleQualifiedLead(): QualifiedLeadStep {
  return {
    fit: [
      { id: 'ql-fit-industry', field: 'industry', operator: 'oneOf', value: 'Software, Financial services, Retail, Logistics', points: 15 },
      { id: 'ql-fit-size', field: 'companySize', operator: 'gte', value: '200', points: 10 },
      { id: 'ql-fit-size-large', field: 'companySize', operator: 'gte', value: '1000', points: 5 },
      { id: 'ql-fit-seniority', field: 'seniority', operator: 'oneOf', value: 'C-level, VP, Director', points: 15 },
      { id: 'ql-fit-department', field: 'department', operator: 'oneOf', value: 'Finance, Operations, Data, IT', points: 10 },
      { id: 'ql-fit-tech', field: 'technology', operator: 'contains', value: 'Snowflake', points: 5 },
      { id: 'ql-fit-region', field: 'region', operator: 'equals', value: 'EMEA', points: 5 },
    ],
    engagement: [
      { id: 'ql-eng-demo', behaviour: 'Requested a demo', points: 30, capPerPeriod: 30 },
      { id: 'ql-eng-trial', behaviour: 'Started a free trial', points: 25, capPerPeriod: 25 },
      { id: 'ql-eng-pricing', behaviour: 'Visited the pricing page', points: 10, capPerPeriod: 20 },
      { id: 'ql-eng-webinar', behaviour: 'Attended a webinar', points: 15, capPerPeriod: 30 },
      { id: 'ql-eng-content', behaviour: 'Downloaded content', points: 5, capPerPeriod: 15 },
      { id: 'ql-eng-email', behaviour: 'Clicked a marketing e-mail', points: 2, capPerPeriod: 10 },
    ],
    negative: [
      { id: 'ql-neg-competitor', kind: 'competitor', field: 'emailDomain', operator: 'oneOf', value: 'contoso.example, fabrikam.example', points: 100, veto: true },
      { id: 'ql-neg-student', kind: 'student', field: 'title', operator: 'contains', value: 'student', points: 50, veto: true },
      { id: 'ql-neg-free-email', kind: 'freeEmailDomain', field: 'emailDomain', operator: 'oneOf', value: FREE_EMAIL, points: 20, veto: true },
      { id: 'ql-neg-intern', kind: 'custom', field: 'title', operator: 'contains', value: 'intern', points: 15, veto: false },
    ],
    decayPointsPerWeek: 5,
    mqlThreshold: 60,
    minimumFit: 25,
    sqlCriteria: [
      { id: 'ql-sql-budget', label: 'Budget', description: 'Analytics budget approved for next year, or a named person who can approve it.', verifiedBy: 'sdr' },
      { id: 'ql-sql-authority', label: 'Authority', description: 'The head of finance or data is involved in the evaluation.', verifiedBy: 'sdr' },
      { id: 'ql-sql-need', label: 'Need', description: 'Reporting takes more than a week each month-end, in the buyer’s own words.', verifiedBy: 'sdr' },
      { id: 'ql-sql-timing', label: 'Timing', description: 'A decision planned within the next two quarters.', verifiedBy: 'sales' },
    ],
    started: true,
  };
}
