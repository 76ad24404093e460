import type { StepId } from '../../shared/workshop/steps';

/** Step names from domain.md and the one sentence each screen opens with. */
export const STEP_META: Record<StepId, { title: string; purpose: string }> = {
  commitment: { title: 'Commit to work together', purpose: 'Agree who is in the room, how you will decide, and the commitment every participant signs up to.' },
  goals: { title: 'Goals', purpose: 'Set the business objectives both teams will be measured by, each with a baseline, target, deadline and owner.' },
  targetBuyer: { title: 'Target buyer', purpose: 'Describe the ideal customer profile and the personas you sell to, backed by evidence.' },
  leadProcess: { title: 'Lead process', purpose: 'Draw how a lead travels from capture to hand-off and beyond, with owners and conversion rates.' },
  qualifiedLead: { title: 'Qualified-lead definition', purpose: 'Define fit and engagement scoring and the threshold that makes a lead marketing-qualified.' },
  handOff: { title: 'Lead hand-off', purpose: 'Agree how a qualified lead reaches sales, how fast it is accepted, and how it is recycled.' },
  sla: { title: 'Service level agreement', purpose: 'Write down what marketing and sales commit to each other, then sign and countersign it.' },
  metrics: { title: 'Metrics', purpose: 'Build the shared scoreboard that follows the lead process.' },
  technology: { title: 'Technology', purpose: 'Map the tools that automate the agreed process and turn gaps into actions.' },
  feedback: { title: 'Feedback and optimisation', purpose: 'Set the meeting cadence and track SLA compliance period by period.' },
};
