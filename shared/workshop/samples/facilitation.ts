import type { Facilitation } from '../facilitation';
import { SAMPLE_ATTRIBUTION_ACTION_ID } from './technology';

const MINUTE = 60_000;

/** Northwind Analytics' action items, decisions and parking lot in the built-in sample. */
export function sampleFacilitation(): Facilitation {
  return {
    actionItems: [
      {
        id: SAMPLE_ATTRIBUTION_ACTION_ID,
        text: 'Shortlist attribution tools (HubSpot attribution reports or a dedicated tool) and propose one, or agree attribution stays manual',
        ownerId: 'p-tom',
        dueDate: '2027-01-29',
        status: 'open',
        stepId: 'technology',
        createdAt: '2026-12-03T15:10:00.000Z',
      },
      {
        id: 'a-looker-scoreboard',
        text: 'Build the step-8 scoreboard as a Looker dashboard both teams can open',
        ownerId: 'p-tom',
        dueDate: '2027-01-08',
        status: 'open',
        stepId: 'metrics',
        createdAt: '2026-12-03T14:40:00.000Z',
      },
    ],
    decisions: [
      {
        id: 'd-scoreboard',
        text: 'One scoreboard for both teams, read every Monday in the weekly triage.',
        stepId: 'metrics',
        at: '2026-12-03T14:35:00.000Z',
      },
      {
        id: 'd-recycling-manual',
        text: 'Recycling to nurture stays manual for the pilot: SDRs set the reason in Salesforce.',
        stepId: 'technology',
        at: '2026-12-03T15:05:00.000Z',
      },
      {
        id: 'd-cadence',
        text: 'Weekly triage Mondays 09:30 Lisbon time; monthly optimisation on the first Tuesday.',
        stepId: 'feedback',
        at: '2026-12-03T15:40:00.000Z',
      },
    ],
    parkingLot: [
      {
        id: 'pl-partner-leads',
        text: 'Partner-sourced leads: same SLA or a separate one? Revisit at the first quarterly review.',
        stepId: 'sla',
        at: '2026-12-03T13:20:00.000Z',
        resolved: false,
      },
    ],
    // The day as Northwind ran it: 08:30 start, a longer SLA debate paid for by a shorter technology step.
    agenda: {
      dayStart: '08:30',
      dayMinutes: 390,
      timeboxMinutes: { sla: 65, technology: 20 },
      actualMs: {
        commitment: 28 * MINUTE,
        goals: 41 * MINUTE,
        targetBuyer: 38 * MINUTE,
        leadProcess: 52 * MINUTE,
        qualifiedLead: 57 * MINUTE,
        handOff: 33 * MINUTE,
        sla: 71 * MINUTE,
        metrics: 30 * MINUTE,
        technology: 22 * MINUTE,
        feedback: 35 * MINUTE,
      },
    },
  };
}
