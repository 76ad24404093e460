import type { Workshop } from './schema';

/** How much a workshop holds, step by step: enough to recognise a saved state at a glance. */
export interface WorkshopOutline {
  completedSteps: number;
  participants: number;
  goals: number;
  personas: number;
  stages: number;
  scoringCriteria: number;
  commitments: number;
  /** Across every SLA version. */
  signatures: number;
  metrics: number;
  tools: number;
  meetings: number;
  decisions: number;
  actionItems: number;
  parkingLot: number;
}

export function workshopOutline(w: Workshop): WorkshopOutline {
  const q = w.qualifiedLead;
  return {
    completedSteps: new Set(w.completedSteps).size,
    participants: w.commitment.participants.length,
    goals: w.goals.goals.length,
    personas: w.targetBuyer.personas.length,
    stages: w.leadProcess.stages.length,
    scoringCriteria: q.fit.length + q.engagement.length + q.negative.length,
    commitments: w.sla.commitments.length,
    signatures: w.sla.versions.reduce((n, v) => n + v.signatures.length, 0),
    metrics: w.metrics.metrics.length,
    tools: w.technology.tools.length,
    meetings: w.feedback.meetings.length,
    decisions: w.facilitation.decisions.length,
    actionItems: w.facilitation.actionItems.length,
    parkingLot: w.facilitation.parkingLot.length,
  };
}

export type OutlineChange = { key: keyof WorkshopOutline; from: number; to: number };

/** What restoring `saved` would change compared with `current`, by count. */
export function outlineChanges(current: Workshop, saved: Workshop): OutlineChange[] {
  const a = workshopOutline(current);
  const b = workshopOutline(saved);
  return (Object.keys(a) as (keyof WorkshopOutline)[]).filter((k) => a[k] !== b[k]).map((key) => ({ key, from: a[key], to: b[key] }));
}
