import type { FeedbackStep, Meeting } from '../steps/feedback';
import { defaultText } from '../defaultText';
import { periodFrom } from '../../compliance/periods';

const everyone = ['p-maya', 'p-diego', 'p-priya', 'p-tom'];

/**
 * Twelve weeks of Northwind's weekly Salesforce report (Monday to Sunday, from the SLA's
 * effective date): MQLs delivered, and of those, how many were accepted, touched within 24 h,
 * given all 6 attempts within 10 days, dispositioned within 14 days, qualified by Wednesday,
 * and turned into SQLs. One row per week.
 */
const WEEKS: [
  start: string,
  delivered: number,
  accepted: number,
  touched: number,
  attempts: number,
  disposed: number,
  qualified: number,
  sqls: number,
][] = [
  ['2027-01-04', 30, 22, 25, 28, 28, 27, 14],
  ['2027-01-11', 33, 24, 27, 31, 30, 29, 13],
  ['2027-01-18', 34, 24, 28, 31, 31, 31, 13],
  ['2027-01-25', 35, 25, 28, 33, 32, 33, 14],
  ['2027-02-01', 37, 24, 31, 35, 29, 35, 13],
  ['2027-02-08', 38, 25, 32, 36, 30, 36, 14],
  ['2027-02-15', 40, 27, 34, 38, 31, 37, 15],
  ['2027-02-22', 41, 27, 35, 39, 32, 38, 15],
  ['2027-03-01', 39, 24, 34, 39, 29, 37, 15],
  ['2027-03-08', 38, 23, 33, 38, 29, 35, 14],
  ['2027-03-15', 40, 24, 36, 40, 30, 38, 16],
  ['2027-03-22', 37, 23, 33, 37, 28, 36, 15],
];

/**
 * Northwind Analytics' review cadence (from the SLA's effective date, Lisbon time) and its
 * first quarter of SLA compliance, logged by week; each commitment is judged in its own period
 * (the weeks add up into months for the monthly ones). Volume is at risk in January and met
 * after; quality worsens from met to missed; first touch runs at 82–88 % of MQLs within 24 h
 * (at risk against its 90 % level, not missed); disposition is missed in February and March, so
 * the log proposes an amendment; Wednesday qualification is met in all but one week.
 */
export function sampleFeedback(): FeedbackStep {
  const meeting = (m: Omit<Meeting, 'agenda' | 'timeZone'>): Meeting => ({
    ...m,
    agenda: [...defaultText('en').meetings.agenda[m.kind as Exclude<Meeting['kind'], 'custom'>]],
    timeZone: 'Europe/Lisbon',
  });
  return {
    meetings: [
      meeting({
        id: 'mt-triage',
        kind: 'weeklyTriage',
        title: 'Weekly triage',
        attendeeIds: everyone,
        frequency: 'weekly',
        firstDate: '2027-01-11',
        startTime: '09:30',
        durationMinutes: 30,
      }),
      meeting({
        id: 'mt-optimisation',
        kind: 'monthlyOptimisation',
        title: 'Monthly optimisation',
        attendeeIds: everyone,
        frequency: 'monthly',
        firstDate: '2027-02-02',
        startTime: '14:00',
        durationMinutes: 60,
      }),
      meeting({
        id: 'mt-quarterly',
        kind: 'quarterlyReview',
        title: 'Quarterly review of definitions',
        attendeeIds: [...everyone, 'p-grace'],
        frequency: 'quarterly',
        firstDate: '2027-03-25',
        startTime: '10:00',
        durationMinutes: 120,
      }),
      meeting({
        id: 'mt-content',
        kind: 'content',
        title: 'Content meeting',
        attendeeIds: ['p-maya', 'p-diego', 'p-priya'],
        frequency: 'monthly',
        firstDate: '2027-02-10',
        startTime: '11:00',
        durationMinutes: 45,
      }),
    ],
    logUnit: 'week',
    periods: WEEKS.map(([start, delivered, accepted, touched, attempts, disposed, qualified, sqls]) => {
      const of = (part: number) => ({ part, of: delivered });
      return {
        id: `per-${start}`,
        ...periodFrom(start, 'week'),
        start,
        actuals: {
          'c-volume': delivered,
          'c-weekly': delivered,
          'c-quality': of(accepted),
          'c-qualify': of(qualified),
          'c-sqlrate': of(sqls),
          'c-touch': of(touched),
          'c-attempts': of(attempts),
          'c-disposition': of(disposed),
        },
      };
    }),
    // Northwind's weekly Salesforce report, mapped once.
    csvMapping: {
      Week: 'periodLabel',
      'Week starting': 'periodStart',
      'MQLs delivered': 'delivered',
      Accepted: 'part:c-quality',
      'Qualified by Wednesday': 'part:c-qualify',
      SQLs: 'part:c-sqlrate',
      'Touched within 24h': 'part:c-touch',
      'All 6 attempts in 10 days': 'part:c-attempts',
      'Dispositioned in 14 days': 'part:c-disposition',
    },
  };
}
