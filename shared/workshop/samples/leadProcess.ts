import { guessStageRole } from '../../leadProcess/roles';
import type { LeadProcessStep, Stage, Transition } from '../steps/leadProcess';

/**
 * Northwind Analytics' lead process: the default template with Northwind's own criteria,
 * rates and times. Rates match the rest of the sample (70 % of MQLs accepted is the SLA's
 * lead-quality target). Each funnel stage has its role (MQL, SAL, SQL, opportunity; nurture
 * none), so the calculator reads its rates by meaning. Laid out left to right in one row so it
 * reads at 1366×768.
 */
const stage = (
  id: string,
  name: string,
  kind: Stage['kind'],
  owner: Stage['owner'],
  x: number,
  y: number,
  conversionToNext: number | null,
  daysInStage: number | null,
  entryCriteria: string,
): Stage => ({
  id,
  name,
  kind,
  role: kind === 'stage' ? guessStageRole(name) : null,
  owner,
  entryCriteria,
  conversionToNext,
  daysInStage,
  position: { x, y },
});

const t = (id: string, from: string, to: string, kind: Transition['kind'] = 'forward', label = ''): Transition => ({
  id,
  from,
  to,
  kind,
  label,
});

export function sampleLeadProcess(): LeadProcessStep {
  return {
    stages: [
      stage(
        'lp-captured',
        'Captured',
        'capture',
        'operations',
        0,
        96,
        85,
        1,
        'Form fill, webinar registration or trade-show badge scan with a business e-mail; deduplicated and enriched in the CRM within a day.',
      ),
      stage(
        'lp-nurture',
        'Nurture',
        'stage',
        'marketing',
        200,
        96,
        18,
        45,
        'Valid business contact in a target industry (ICP from step 3), not yet showing buying intent.',
      ),
      stage(
        'lp-mql',
        'MQL',
        'stage',
        'marketing',
        400,
        96,
        70,
        2,
        'Lead score of 60 points or more with a fit score of at least 25 (step 5).',
      ),
      stage('lp-sal', 'SAL', 'stage', 'sdr', 600, 96, 55, 5, 'An SDR accepted the MQL within one business day and made first contact.'),
      stage(
        'lp-sql',
        'SQL',
        'stage',
        'sdr',
        800,
        96,
        60,
        14,
        'Discovery call held: budget, authority, need and timing confirmed by the SDR.',
      ),
      stage(
        'lp-opportunity',
        'Opportunity',
        'stage',
        'sales',
        1000,
        96,
        28,
        60,
        'Account executive ran a demo; opportunity in the CRM with amount, close date and a mutual plan.',
      ),
      stage('lp-won', 'Won', 'won', 'sales', 1200, 16, null, null, 'Order form signed for a Northwind Analytics subscription.'),
      stage(
        'lp-lost',
        'Lost',
        'lost',
        'sales',
        1200,
        176,
        null,
        null,
        'Closed lost with a reason: no budget, competitor, no decision or timing.',
      ),
    ],
    transitions: [
      t('lpt-captured-nurture', 'lp-captured', 'lp-nurture'),
      t('lpt-nurture-mql', 'lp-nurture', 'lp-mql'),
      t('lpt-mql-sal', 'lp-mql', 'lp-sal'),
      t('lpt-sal-sql', 'lp-sal', 'lp-sql'),
      t('lpt-sql-opportunity', 'lp-sql', 'lp-opportunity'),
      t('lpt-opportunity-won', 'lp-opportunity', 'lp-won'),
      t('lpt-opportunity-lost', 'lp-opportunity', 'lp-lost'),
      t('lpt-sal-recycle', 'lp-sal', 'lp-nurture', 'recycle', 'Recycle: not ready to buy'),
      t('lpt-sql-feedback', 'lp-sql', 'lp-mql', 'feedback', 'Lead-quality feedback'),
    ],
  };
}
