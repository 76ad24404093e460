import type { QualifiedLeadStep } from '../steps/qualifiedLead';
import { STUDENT_TITLES } from '../../scoring/starterModel';

const FREE_EMAIL =
  'gmail.com, googlemail.com, yahoo.com, hotmail.com, outlook.com, live.com, icloud.com, aol.com, gmx.com, proton.me, mail.com';

/**
 * Northwind Analytics' scoring model in the built-in sample workshop: mid-size companies in
 * its four strongest industries, finance and data leaders, and the buying signals their
 * SDRs trust. Threshold 60, as the sample SLA's MQL-volume commitment says, with at least 25
 * from fit and 15 from engagement (profile and behaviour both); company size is one band of
 * 200–5,000 employees; titles match whole words ("intern" is not "International"); each
 * activity's points halve every 30 days; caps count per month.
 */
export function sampleQualifiedLead(): QualifiedLeadStep {
  return {
    fit: [
      { id: 'ql-fit-industry', field: 'industry', operator: 'oneOf', value: 'Software, Financial services, Retail, Logistics', points: 15 },
      { id: 'ql-fit-size', field: 'companySize', operator: 'between', value: '200', valueMax: '5000', points: 10 },
      { id: 'ql-fit-size-large', field: 'companySize', operator: 'gte', value: '1000', points: 5 },
      { id: 'ql-fit-title', field: 'title', operator: 'word', value: 'Head of', points: 5 },
      { id: 'ql-fit-seniority', field: 'seniority', operator: 'oneOf', value: 'C-level, VP, Director', points: 15 },
      { id: 'ql-fit-department', field: 'department', operator: 'oneOf', value: 'Finance, Operations, Data, IT', points: 10 },
      { id: 'ql-fit-tech', field: 'technology', operator: 'word', value: 'Snowflake', points: 5 },
      { id: 'ql-fit-region', field: 'region', operator: 'equals', value: 'EMEA', points: 5 },
    ],
    engagement: [
      { id: 'ql-eng-demo', behaviour: 'Requested a demo', points: 30, capPerPeriod: 30, capPeriod: 'month' },
      { id: 'ql-eng-trial', behaviour: 'Started a free trial', points: 25, capPerPeriod: 25, capPeriod: 'month' },
      { id: 'ql-eng-pricing', behaviour: 'Visited the pricing page', points: 10, capPerPeriod: 20, capPeriod: 'month' },
      { id: 'ql-eng-webinar', behaviour: 'Attended a webinar', points: 15, capPerPeriod: 30, capPeriod: 'month' },
      { id: 'ql-eng-content', behaviour: 'Downloaded content', points: 5, capPerPeriod: 15, capPeriod: 'month' },
      { id: 'ql-eng-email', behaviour: 'Clicked a marketing e-mail', points: 2, capPerPeriod: 10, capPeriod: 'month' },
    ],
    negative: [
      {
        id: 'ql-neg-competitor',
        kind: 'competitor',
        field: 'emailDomain',
        operator: 'oneOf',
        value: 'contoso.example, fabrikam.example',
        points: 100,
        veto: true,
      },
      { id: 'ql-neg-student', kind: 'student', field: 'title', operator: 'oneOf', value: STUDENT_TITLES, points: 50, veto: true },
      {
        id: 'ql-neg-free-email',
        kind: 'freeEmailDomain',
        field: 'emailDomain',
        operator: 'oneOf',
        value: FREE_EMAIL,
        points: 20,
        veto: true,
      },
      { id: 'ql-neg-intern', kind: 'custom', field: 'title', operator: 'word', value: 'intern', points: 15, veto: false },
    ],
    decay: { kind: 'halfLife', days: 30 },
    mqlThreshold: 60,
    minimumFit: 25,
    minimumEngagement: 15,
    sqlCriteria: [
      {
        id: 'ql-sql-budget',
        label: 'Budget',
        description: 'Analytics budget approved for next year, or a named person who can approve it.',
        verifiedBy: 'sdr',
      },
      {
        id: 'ql-sql-authority',
        label: 'Authority',
        description: 'The head of finance or data is involved in the evaluation.',
        verifiedBy: 'sdr',
      },
      {
        id: 'ql-sql-need',
        label: 'Need',
        description: 'Reporting takes more than a week each month-end, in the buyer’s own words.',
        verifiedBy: 'sdr',
      },
      { id: 'ql-sql-timing', label: 'Timing', description: 'A decision planned within the next two quarters.', verifiedBy: 'sales' },
    ],
    started: true,
    migrationNotes: [],
  };
}
