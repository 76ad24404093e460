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

/** Something a step still needs before it can be marked done: the field and what is missing. */
export interface Gap {
  /** Stable id of the input in the UI, so the summary can focus it. */
  field: string;
  message: string;
}

const blank = (s: string) => s.trim() === '';

function commitmentGaps(w: Workshop): Gap[] {
  const c = w.commitment;
  const gaps: Gap[] = [];
  if (c.participants.length < 2) gaps.push({ field: 'participants', message: 'Participants: add at least two people, one from marketing and one from sales.' });
  if (!c.participants.some((p) => p.team === 'marketing')) gaps.push({ field: 'participants', message: 'Participants: at least one must be on the marketing team.' });
  if (!c.participants.some((p) => p.team === 'sales')) gaps.push({ field: 'participants', message: 'Participants: at least one must be on the sales team.' });
  c.participants.forEach((p, i) => {
    if (blank(p.name)) gaps.push({ field: `participant-${p.id}-name`, message: `Participant ${i + 1}: name is required.` });
  });
  if (c.groundRules.filter((r) => !blank(r)).length === 0) gaps.push({ field: 'groundRules', message: 'Ground rules: write at least one.' });
  if (!c.workshopDate) gaps.push({ field: 'workshopDate', message: 'Workshop date: choose the day of the workshop.' });
  if (blank(c.place)) gaps.push({ field: 'place', message: 'Place: say where the workshop happens.' });
  if (!c.executiveSponsorId || !c.participants.some((p) => p.id === c.executiveSponsorId))
    gaps.push({ field: 'executiveSponsor', message: 'Executive sponsor: choose one of the participants.' });
  if (blank(c.commitmentStatement)) gaps.push({ field: 'commitmentStatement', message: 'Commitment statement: write the statement everyone agrees to.' });
  // Only an agreement to the statement as it reads now counts (an edit asks everyone again).
  const pending = c.participants.filter((p) => statementAgreementStatus(c, p.id) !== 'agreed');
  if (c.participants.length > 0 && pending.length > 0)
    gaps.push({ field: 'agreements', message: `Agreement: ${pending.map((p) => p.name || 'an unnamed participant').join(', ')} ${pending.length === 1 ? 'has' : 'have'} not agreed to the statement yet.` });
  return gaps;
}

function goalsGaps(w: Workshop): Gap[] {
  const g = w.goals;
  const gaps: Gap[] = [];
  if (g.goals.length === 0) gaps.push({ field: 'goals', message: 'Goals: add at least one business objective.' });
  g.goals.forEach((goal, i) => {
    const label = `Goal ${i + 1}`;
    if (goal.kind === 'custom' && blank(goal.title)) gaps.push({ field: `goal-${goal.id}-title`, message: `${label}: a custom goal needs a name.` });
    if (blank(goal.metric)) gaps.push({ field: `goal-${goal.id}-metric`, message: `${label}: metric is required (how it is measured).` });
    if (goal.baseline === null) gaps.push({ field: `goal-${goal.id}-baseline`, message: `${label}: baseline is required (today's value).` });
    if (goal.target === null) gaps.push({ field: `goal-${goal.id}-target`, message: `${label}: target is required.` });
    if (!goal.deadline) gaps.push({ field: `goal-${goal.id}-deadline`, message: `${label}: deadline is required.` });
  });
  if (goalsAgreementStatus(g, 'marketing') !== 'agreed') gaps.push({ field: 'agreement-marketing', message: 'Agreement: marketing has not agreed to the goals yet.' });
  if (goalsAgreementStatus(g, 'sales') !== 'agreed') gaps.push({ field: 'agreement-sales', message: 'Agreement: sales has not agreed to the goals yet.' });
  return gaps;
}

function slaGaps(w: Workshop): Gap[] {
  const s = w.sla;
  const gaps: Gap[] = [];
  if (s.commitments.length === 0) gaps.push({ field: 'commitments', message: 'Commitments: add at least one.' });
  s.commitments.forEach((c, i) => {
    if (c.target === null) gaps.push({ field: `commitment-${c.id}-target`, message: `Commitment ${i + 1}: target is required.` });
    if (c.kind === 'followUpAttempts' && c.withinDays === null)
      gaps.push({ field: `commitment-${c.id}-withinDays`, message: `Commitment ${i + 1}: say within how many days the attempts happen.` });
  });
  if (!s.effectiveDate) gaps.push({ field: 'effectiveDate', message: 'Effective date: choose when the SLA starts.' });
  if (s.termMonths === null) gaps.push({ field: 'termMonths', message: 'Pilot term: say how many months (1–60).' });
  const teams = s.signerIds.map((id) => w.commitment.participants.find((p) => p.id === id)?.team);
  if (!teams.includes('marketing')) gaps.push({ field: 'signers', message: 'Signers: choose at least one marketing representative.' });
  if (!teams.includes('sales') && !teams.includes('sdr')) gaps.push({ field: 'signers', message: 'Signers: choose at least one sales representative.' });
  // Signatures count on the latest version only while it is frozen (an amendment in progress needs fresh ones).
  const latest = s.frozen ? s.versions.at(-1) : undefined;
  const unsigned = s.signerIds.filter((id) => id !== s.witnessId && !latest?.signatures.some((sig) => sig.participantId === id && sig.contentHash === latest.contentHash));
  if (!latest) gaps.push({ field: 'sla-freeze', message: 'Signatures: freeze the SLA for signature first.' });
  else if (unsigned.length > 0) gaps.push({ field: 'signers', message: `Signatures: ${unsigned.length} signer${unsigned.length === 1 ? ' has' : 's have'} not signed yet.` });
  return gaps;
}

const CHECKS: Partial<Record<StepId, (w: Workshop) => Gap[]>> = {
  commitment: commitmentGaps,
  goals: goalsGaps,
  targetBuyer: targetBuyerGaps,
  leadProcess: leadProcessGaps,
  qualifiedLead: qualifiedLeadGaps,
  handOff: handOffGaps,
  sla: slaGaps,
  metrics: metricsGaps,
  technology: technologyGaps,
  feedback: feedbackGaps,
};

/** What stops a step from being marked done; empty when it can be. */
export function stepGaps(w: Workshop, step: StepId): Gap[] {
  return CHECKS[step]?.(w) ?? [];
}

export type StepStatus = 'notStarted' | 'inProgress' | 'done';

/** Derived, never stored: done when marked done, in progress once anything was entered. */
export function stepStatus(w: Workshop, step: StepId): StepStatus {
  if (w.completedSteps.includes(step)) return 'done';
  switch (step) {
    case 'commitment':
      return w.commitment.participants.length > 0 || !blank(w.commitment.place) ? 'inProgress' : 'notStarted';
    case 'goals':
      return w.goals.goals.length > 0 ? 'inProgress' : 'notStarted';
    case 'targetBuyer':
      return targetBuyerStarted(w) ? 'inProgress' : 'notStarted';
    case 'leadProcess':
      return leadProcessStarted(w) ? 'inProgress' : 'notStarted';
    case 'qualifiedLead':
      return qualifiedLeadStarted(w) ? 'inProgress' : 'notStarted';
    case 'handOff':
      return handOffStarted(w) ? 'inProgress' : 'notStarted';
    case 'sla':
      return w.sla.signerIds.length > 0 || w.sla.commitments.some((c) => c.target !== null) || w.sla.effectiveDate !== '' ? 'inProgress' : 'notStarted';
    case 'metrics':
      return metricsStarted(w) ? 'inProgress' : 'notStarted';
    case 'technology':
      return technologyStarted(w) ? 'inProgress' : 'notStarted';
    case 'feedback':
      return feedbackStarted(w) ? 'inProgress' : 'notStarted';
  }
}
