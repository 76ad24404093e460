import type { StepId } from './steps';
import type { Workshop } from './schema';
import { goalsAgreementStatus, statementAgreementStatus } from './agreements';
import { targetBuyerGaps, targetBuyerStarted } from './stepChecks/targetBuyer';
import { leadProcessGaps, leadProcessStarted } from './stepChecks/leadProcess';
import { qualifiedLeadGaps, qualifiedLeadStarted } from './stepChecks/qualifiedLead';
import { handOffGaps, handOffStarted } from './stepChecks/handOff';
import { metricsGaps, metricsStarted } from './stepChecks/metrics';
import { technologyGaps, technologyStarted } from './stepChecks/technology';
import { feedbackGaps, feedbackStarted } from './stepChecks/feedback';
import { say, type CheckMessage } from './checkMessage';

/** Something a step still needs before it can be marked done: the field and what is missing, as a meaning. */
export interface Gap extends CheckMessage {
  /** Stable id of the input in the UI, so the summary can focus it. */
  field: string;
}

const blank = (s: string) => s.trim() === '';
const gap = (field: string, code: CheckMessage['code'], values?: CheckMessage['values']): Gap => ({ field, ...say(code, values) });

function commitmentGaps(w: Workshop): Gap[] {
  const c = w.commitment;
  const gaps: Gap[] = [];
  if (c.participants.length < 2) gaps.push(gap('participants', 'participantsTwo'));
  if (!c.participants.some((p) => p.team === 'marketing')) gaps.push(gap('participants', 'participantsMarketing'));
  if (!c.participants.some((p) => p.team === 'sales')) gaps.push(gap('participants', 'participantsSales'));
  c.participants.forEach((p, i) => {
    if (blank(p.name)) gaps.push(gap(`participant-${p.id}-name`, 'participantName', { n: i + 1 }));
  });
  if (c.groundRules.filter((r) => !blank(r)).length === 0) gaps.push(gap('groundRules', 'groundRules'));
  if (!c.workshopDate) gaps.push(gap('workshopDate', 'workshopDate'));
  if (blank(c.place)) gaps.push(gap('place', 'place'));
  if (!c.executiveSponsorId || !c.participants.some((p) => p.id === c.executiveSponsorId)) gaps.push(gap('executiveSponsor', 'sponsor'));
  if (blank(c.commitmentStatement)) gaps.push(gap('commitmentStatement', 'statement'));
  // Only an agreement to the statement as it reads now counts (an edit asks everyone again).
  const pending = c.participants.filter((p) => statementAgreementStatus(c, p.id) !== 'agreed');
  if (c.participants.length > 0 && pending.length > 0) {
    // Names are people's own words; an unnamed one is said in the reader's language.
    const names = pending.map((p) => (blank(p.name) ? say('unnamedParticipant') : p.name));
    gaps.push(gap('agreements', 'agreement', { count: pending.length, names }));
  }
  return gaps;
}

function goalsGaps(w: Workshop): Gap[] {
  const g = w.goals;
  const gaps: Gap[] = [];
  if (g.goals.length === 0) gaps.push(gap('goals', 'goals'));
  g.goals.forEach((goal, i) => {
    const n = i + 1;
    if (goal.kind === 'custom' && blank(goal.title)) gaps.push(gap(`goal-${goal.id}-title`, 'goalName', { n }));
    if (blank(goal.metric)) gaps.push(gap(`goal-${goal.id}-metric`, 'goalMetric', { n }));
    if (goal.baseline === null) gaps.push(gap(`goal-${goal.id}-baseline`, 'goalBaseline', { n }));
    if (goal.target === null) gaps.push(gap(`goal-${goal.id}-target`, 'goalTarget', { n }));
    if (!goal.deadline) gaps.push(gap(`goal-${goal.id}-deadline`, 'goalDeadline', { n }));
  });
  if (goalsAgreementStatus(g, 'marketing') !== 'agreed') gaps.push(gap('agreement-marketing', 'goalsMarketing'));
  if (goalsAgreementStatus(g, 'sales') !== 'agreed') gaps.push(gap('agreement-sales', 'goalsSales'));
  return gaps;
}

function slaGaps(w: Workshop): Gap[] {
  const s = w.sla;
  const gaps: Gap[] = [];
  if (s.commitments.length === 0) gaps.push(gap('commitments', 'commitments'));
  s.commitments.forEach((c, i) => {
    if (c.target === null) gaps.push(gap(`commitment-${c.id}-target`, 'commitmentTarget', { n: i + 1 }));
    if (c.kind === 'followUpAttempts' && c.withinDays === null)
      gaps.push(gap(`commitment-${c.id}-withinDays`, 'commitmentWithin', { n: i + 1 }));
  });
  if (!s.effectiveDate) gaps.push(gap('effectiveDate', 'effectiveDate'));
  if (s.termMonths === null) gaps.push(gap('termMonths', 'termMonths', { min: 1, max: 60 }));
  const teams = s.signerIds.map((id) => w.commitment.participants.find((p) => p.id === id)?.team);
  if (!teams.includes('marketing')) gaps.push(gap('signers', 'signersMarketing'));
  if (!teams.includes('sales') && !teams.includes('sdr')) gaps.push(gap('signers', 'signersSales'));
  // Signatures count on the latest version only while it is frozen (an amendment in progress needs fresh ones).
  const latest = s.frozen ? s.versions.at(-1) : undefined;
  const unsigned = s.signerIds.filter(
    (id) => id !== s.witnessId && !latest?.signatures.some((sig) => sig.participantId === id && sig.contentHash === latest.contentHash),
  );
  if (!latest) gaps.push(gap('sla-freeze', 'freezeFirst'));
  else if (unsigned.length > 0) gaps.push(gap('signers', 'unsigned', { count: unsigned.length }));
  return gaps;
}

const commitmentStarted = (w: Workshop) => w.commitment.participants.length > 0 || !blank(w.commitment.place);
const slaStarted = (w: Workshop) =>
  w.sla.signerIds.length > 0 || w.sla.commitments.some((c) => c.target !== null) || w.sla.effectiveDate !== '';

/** Each step's checks: what it still needs, and whether anything was entered yet. Every step has an entry. */
const CHECKS: Record<StepId, { gaps: (w: Workshop) => Gap[]; started: (w: Workshop) => boolean }> = {
  commitment: { gaps: commitmentGaps, started: commitmentStarted },
  goals: { gaps: goalsGaps, started: (w) => w.goals.goals.length > 0 },
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
