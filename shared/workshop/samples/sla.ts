import type { SlaCommitment, SlaStep } from '../steps/sla';
import { newCommitment } from '../../sla/commitmentRules';

/**
 * Northwind's step 7 as a draft ready to freeze. Its numbers agree with each other: the
 * calculator (used) derives 1,858 MQLs a year from the step-2 goal and the step-4 rates, so
 * marketing commits to ⌈1,858 ÷ 12⌉ = 155 a month and, as the source material's rhythm, to
 * ⌈1,858 ÷ 52⌉ = 36 every Monday; sales qualifies each Monday delivery by Wednesday (90 % of
 * MQLs) and commits to the MQL→SQL rate of the same chain (38 %, i.e. 0.7 × 0.55). Time-limited
 * commitments carry their level. An executive witness, review and escalation, and one clause
 * the room reworded.
 */
export function sampleSla(): SlaStep {
  const row = (c: Pick<SlaCommitment, 'id' | 'party' | 'kind' | 'target' | 'period'> & Partial<SlaCommitment>): SlaCommitment =>
    newCommitment(c, () => c.id);
  return {
    commitments: [
      row({
        id: 'c-volume',
        party: 'marketing',
        kind: 'mqlVolume',
        target: 155,
        period: 'month',
        note: 'Scored with the step-5 model; from the calculator (appendix A).',
      }),
      row({ id: 'c-quality', party: 'marketing', kind: 'leadQuality', target: 70, period: 'month' }),
      row({
        id: 'c-weekly',
        party: 'marketing',
        kind: 'mqlVolume',
        target: 36,
        period: 'week',
        rhythm: { day: 'monday' },
        note: 'The same yearly need as commitment 1, delivered weekly.',
      }),
      row({
        id: 'c-qualify',
        party: 'sales',
        kind: 'qualifyBy',
        target: null,
        period: 'week',
        byDay: 'wednesday',
        action: 'qualify',
        linkedTo: 'c-weekly',
      }),
      row({ id: 'c-sqlrate', party: 'sales', kind: 'mqlToSqlRate', target: 38, period: 'month', linkedTo: 'c-weekly' }),
      row({ id: 'c-touch', party: 'sales', kind: 'firstTouch', target: 24, period: 'month', note: 'Business hours, Lisbon time.' }),
      row({
        id: 'c-attempts',
        party: 'sales',
        kind: 'followUpAttempts',
        target: 6,
        withinDays: 10,
        period: 'month',
        note: 'Phone and e-mail.',
      }),
      row({ id: 'c-disposition', party: 'sales', kind: 'disposition', target: 14, period: 'month' }),
    ],
    weekStartsOn: 'monday',
    effectiveDate: '2027-01-04',
    termMonths: 3,
    signerIds: ['p-maya', 'p-diego'],
    witnessId: 'p-grace',
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
      // "Use in SLA" wrote 155 a month into commitment 1 during the workshop.
      usedAt: '2026-12-03T10:55:00.000Z',
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
