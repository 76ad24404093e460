import { SCHEMA_VERSION, type Workshop } from './schema';
import { sampleTargetBuyer } from './samples/targetBuyer';
import { sampleLeadProcess } from './samples/leadProcess';
import { sampleQualifiedLead } from './samples/qualifiedLead';
import { sampleHandOff } from './samples/handOff';
import { sampleMetrics } from './samples/metrics';
import { sampleTechnology } from './samples/technology';
import { sampleFeedback } from './samples/feedback';
import { sampleFacilitation } from './samples/facilitation';
import { sampleSla } from './samples/sla';
import { generateClauses } from '../sla/clauses';
import { SAMPLE_WORKSHOP_ID } from './sampleId';
import { goalsAgreement, statementAgreement } from './agreements';

/**
 * The built-in sample: a fictional B2B company, filled in for every step that exists, so a
 * facilitator can see what good looks like. Ids are fixed so tests and screenshots are stable.
 */
export { SAMPLE_WORKSHOP_ID };

const STATEMENT =
  'Marketing and sales at Northwind commit to act as one revenue team: one definition of a qualified lead, a hand-off we both honour, and a weekly look at the numbers together.';

export function sampleWorkshop(now = new Date()): Workshop {
  const at = now.toISOString();
  const p = (id: string, name: string, role: string, team: Workshop['commitment']['participants'][number]['team']) => ({
    id,
    name,
    role,
    team,
    email: `${name.split(' ')[0]!.toLowerCase()}@northwind.example`,
  });
  const w: Workshop = {
    schemaVersion: SCHEMA_VERSION,
    id: SAMPLE_WORKSHOP_ID,
    title: 'Sales & marketing alignment (sample)',
    clientCompany: 'Northwind Analytics',
    facilitator: 'Ana Ribeiro',
    language: 'en',
    createdAt: at,
    updatedAt: at,
    completedSteps: ['commitment', 'goals'],
    commitment: {
      participants: [
        p('p-maya', 'Maya Chen', 'VP Marketing', 'marketing'),
        p('p-diego', 'Diego Alvarez', 'Head of Sales', 'sales'),
        p('p-priya', 'Priya Nair', 'SDR Manager', 'sdr'),
        p('p-tom', 'Tom Becker', 'Revenue Operations Lead', 'operations'),
        p('p-grace', 'Grace Okafor', 'Chief Revenue Officer', 'leadership'),
      ],
      groundRules: [
        'Phones down while we decide.',
        'Data beats opinion; anecdotes are labelled as such.',
        'Disagree in the room, commit outside it.',
      ],
      decisionRule: 'consensus',
      meetingCadence: 'weekly',
      workshopDate: '2026-12-03',
      place: 'Northwind HQ, Lisbon — Room Tejo',
      executiveSponsorId: 'p-grace',
      timeZone: 'Europe/Lisbon',
      commitmentStatement: STATEMENT,
      // Everyone agreed to the statement as it reads (each agreement carries the text's SHA-256).
      agreements: {
        'p-maya': statementAgreement(STATEMENT, '2026-12-03T09:20:00.000Z'),
        'p-diego': statementAgreement(STATEMENT, '2026-12-03T09:21:00.000Z'),
        'p-priya': statementAgreement(STATEMENT, '2026-12-03T09:21:30.000Z'),
        'p-tom': statementAgreement(STATEMENT, '2026-12-03T09:22:00.000Z'),
        'p-grace': statementAgreement(STATEMENT, '2026-12-03T09:22:30.000Z'),
      },
    },
    goals: {
      currency: 'EUR',
      goals: [
        {
          id: 'g-revenue',
          kind: 'revenue',
          title: 'New-business revenue',
          metric: 'Closed-won new ARR',
          unit: 'currency',
          baseline: 4_200_000,
          target: 6_000_000,
          deadline: '2027-12-31',
          owner: 'shared',
        },
        {
          id: 'g-customers',
          kind: 'netNewCustomers',
          title: 'Net-new customers',
          metric: 'New logos signed',
          unit: 'count',
          baseline: 48,
          target: 75,
          deadline: '2027-12-31',
          owner: 'sales',
        },
        {
          id: 'g-churn',
          kind: 'churnReduction',
          title: 'Logo churn',
          metric: 'Annual logo churn',
          unit: 'percent',
          baseline: 11,
          target: 8,
          deadline: '2027-12-31',
          owner: 'shared',
        },
      ],
      // Set below, once the goals they agree to are in place.
      agreement: { marketing: null, sales: null },
    },
    targetBuyer: sampleTargetBuyer(),
    leadProcess: sampleLeadProcess(),
    qualifiedLead: sampleQualifiedLead(),
    handOff: sampleHandOff(),
    sla: sampleSla(),
    metrics: sampleMetrics(),
    technology: sampleTechnology(),
    feedback: sampleFeedback(),
    facilitation: sampleFacilitation(),
  };
  w.goals.agreement = {
    marketing: goalsAgreement(w.goals, 'Maya Chen', '2026-12-03T10:40:00.000Z'),
    sales: goalsAgreement(w.goals, 'Diego Alvarez', '2026-12-03T10:41:00.000Z'),
  };
  // The reworded purpose clause was written from today's data: no "source changed" warning.
  const purpose = generateClauses(w).find((c) => c.kind === 'purpose')!;
  w.sla.clauses = w.sla.clauses.map((c) => (c.kind === 'purpose' ? { ...c, generated: purpose.text, sourceHash: purpose.sourceHash } : c));
  return w;
}
