import type { StepId } from './steps';
import type { Workshop } from './schema';
import { commitmentGaps, commitmentStarted } from './stepChecks/commitment';
import { goalsGaps, goalsStarted } from './stepChecks/goals';
import { targetBuyerGaps, targetBuyerStarted } from './stepChecks/targetBuyer';
import { leadProcessGaps, leadProcessStarted } from './stepChecks/leadProcess';
import { qualifiedLeadGaps, qualifiedLeadStarted } from './stepChecks/qualifiedLead';
import { handOffGaps, handOffStarted } from './stepChecks/handOff';
import { metricsGaps, metricsStarted } from './stepChecks/metrics';
import { technologyGaps, technologyStarted } from './stepChecks/technology';
import { feedbackGaps, feedbackStarted } from './stepChecks/feedback';
import { slaGaps, slaStarted } from './stepChecks/sla';
import type { CheckMessage } from './checkMessage';

/** Something a step still needs before it can be marked done: the field and what is missing, as a meaning. */
export interface Gap extends CheckMessage {
  /** Stable id of the input in the UI, so the summary can focus it. */
  field: string;
}

/** Each step's checks (shared/workshop/stepChecks/<id>.ts): what it still needs, and whether anything was entered yet. Every step has an entry. */
const CHECKS: Record<StepId, { gaps: (w: Workshop) => Gap[]; started: (w: Workshop) => boolean }> = {
  commitment: { gaps: commitmentGaps, started: commitmentStarted },
  goals: { gaps: goalsGaps, started: goalsStarted },
  targetBuyer: { gaps: targetBuyerGaps, started: targetBuyerStarted },
  leadProcess: { gaps: leadProcessGaps, started: leadProcessStarted },
  qualifiedLead: { gaps: qualifiedLeadGaps, started: qualifiedLeadStarted },
  handOff: { gaps: handOffGaps, started: handOffStarted },
  sla: { gaps: slaGaps, started: slaStarted },
  metrics: { gaps: metricsGaps, started: metricsStarted },
  technology: { gaps: technologyGaps, started: technologyStarted },
  feedback: { gaps: feedbackGaps, started: feedbackStarted },
};

/** What stops a step from being marked done; empty when it can be. */
export function stepGaps(w: Workshop, step: StepId): Gap[] {
  return CHECKS[step].gaps(w);
}

export type StepStatus = 'notStarted' | 'inProgress' | 'done';

/** Derived, never stored: done when marked done, in progress once anything was entered. */
export function stepStatus(w: Workshop, step: StepId): StepStatus {
  if (w.completedSteps.includes(step)) return 'done';
  return CHECKS[step].started(w) ? 'inProgress' : 'notStarted';
}
