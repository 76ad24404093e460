import type { SlaStep } from '../steps/sla';

/**
 * Northwind's step 7 as a draft ready to freeze: the five starter commitments filled in, an
 * executive witness, review and escalation, the calculator's inputs typed (revenue goal from
 * step 2, rates from the step-4 diagram) but not yet used, and one clause the room reworded.
 */
export function sampleSla(): SlaStep {
  const row = (c: Omit<SlaStep['commitments'][number], 'rhythm'>) => ({ ...c, rhythm: null });
  return {
    commitments: [
      row({ id: 'c-volume', party: 'marketing', kind: 'mqlVolume', target: 180, withinDays: null, period: 'month', note: 'Scored with the step-5 model; threshold 60 points.' }),
      row({ id: 'c-quality', party: 'marketing', kind: 'leadQuality', target: 70, withinDays: null, period: 'month', note: '' }),
      row({ id: 'c-touch', party: 'sales', kind: 'firstTouch', target: 24, withinDays: null, period: 'month', note: 'Business hours, Lisbon time.' }),
      row({ id: 'c-attempts', party: 'sales', kind: 'followUpAttempts', target: 6, withinDays: 10, period: 'month', note: 'Phone and e-mail.' }),
      row({ id: 'c-disposition', party: 'sales', kind: 'disposition', target: 14, withinDays: null, period: 'month', note: '' }),
    ],
    effectiveDate: '2027-01-04',
    termMonths: 3,
    signerIds: ['p-maya', 'p-diego'],
    witnessId: 'p-grace',
    reviewCadence: 'weekly',
    escalation: 'Tom Becker (Revenue Operations) first, then Grace Okafor (Chief Revenue Officer)',
    calculator: {
      inputs: {
        revenueGoal: 6_000_000,
        period: 'year',
        marketingShare: 0.5,
        averageDealSize: 25_000,
        winRate: 0.28,
        sqlToOpportunity: 0.6,
        salToSql: 0.55,
        mqlToSal: 0.7,
        salesReps: 6,
        workingDaysPerMonth: 22,
        paceDay: 10,
      },
      usedAt: null,
    },
    clauses: [
      {
        kind: 'purpose',
        generated: '',
        edited:
          'Marketing and sales at Northwind Analytics agree to run one revenue process: one definition of a qualified lead, a hand-off both teams honour, and a weekly look at the numbers together, so that new-business revenue grows from 4.2 to 6 million euros by the end of 2027.',
        // The data the edit was written from; the purpose clause quotes client and goal.
        sourceHash: '',
      },
    ],
    frozen: false,
    versions: [],
    audit: [],
    seals: [],
    sealers: [],
  };
}
