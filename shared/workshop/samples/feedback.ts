import type { FeedbackStep, Meeting } from '../steps/feedback';
import { STANDARD_AGENDA } from '../../calendar/cadence';

const everyone = ['p-maya', 'p-diego', 'p-priya', 'p-tom'];

/**
 * Northwind Analytics' review cadence (from the SLA's effective date, Lisbon time) and its
 * first quarter of SLA compliance: a mix of met, at risk and missed, with first touch missed
 * three months running so the log proposes an amendment.
 */
export function sampleFeedback(): FeedbackStep {
  const meeting = (m: Omit<Meeting, 'agenda' | 'timeZone'>): Meeting => ({ ...m, agenda: [...STANDARD_AGENDA[m.kind as Exclude<Meeting['kind'], 'custom'>]], timeZone: 'Europe/Lisbon' });
  return {
    meetings: [
      meeting({ id: 'mt-triage', kind: 'weeklyTriage', title: 'Weekly triage', attendeeIds: everyone, frequency: 'weekly', firstDate: '2027-01-11', startTime: '09:30', durationMinutes: 30 }),
      meeting({ id: 'mt-optimisation', kind: 'monthlyOptimisation', title: 'Monthly optimisation', attendeeIds: everyone, frequency: 'monthly', firstDate: '2027-02-02', startTime: '14:00', durationMinutes: 60 }),
      meeting({ id: 'mt-quarterly', kind: 'quarterlyReview', title: 'Quarterly review of definitions', attendeeIds: [...everyone, 'p-grace'], frequency: 'quarterly', firstDate: '2027-03-25', startTime: '10:00', durationMinutes: 120 }),
      meeting({ id: 'mt-content', kind: 'content', title: 'Content meeting', attendeeIds: ['p-maya', 'p-diego', 'p-priya'], frequency: 'monthly', firstDate: '2027-02-10', startTime: '11:00', durationMinutes: 45 }),
    ],
    thresholds: { met: 100, atRisk: 90 },
    periods: [
      { id: 'per-2027-01', label: 'Jan 2027', start: '2027-01-01', end: '2027-01-31', actuals: { 'c-volume': 165, 'c-quality': 72, 'c-touch': 82, 'c-attempts': 93, 'c-disposition': 92 } },
      { id: 'per-2027-02', label: 'Feb 2027', start: '2027-02-01', end: '2027-02-28', actuals: { 'c-volume': 188, 'c-quality': 66, 'c-touch': 85, 'c-attempts': 95, 'c-disposition': 90 } },
      { id: 'per-2027-03', label: 'Mar 2027', start: '2027-03-01', end: '2027-03-31', actuals: { 'c-volume': 192, 'c-quality': 61, 'c-touch': 88, 'c-attempts': 100, 'c-disposition': 92 } },
    ],
    // Northwind's monthly Salesforce report, mapped once.
    csvMapping: {
      Month: 'periodLabel',
      'Period start': 'periodStart',
      'MQLs delivered': 'commitment:c-volume',
      'Accepted %': 'commitment:c-quality',
      'Touched within 24h %': 'commitment:c-touch',
      'All attempts %': 'commitment:c-attempts',
      'Dispositioned in time %': 'commitment:c-disposition',
    },
  };
}
