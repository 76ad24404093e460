import type { Workshop } from '../../../shared/workshop/schema';
import { scoreLead } from '../../../shared/scoring/score';
import type { SampleLead } from '../../../shared/scoring/lead';
import { num, record, text } from './loose';

/**
 * What the presenter view reads from a workshop, step by step. Steps 5, 7, 8 and 10 change
 * shape while this view stays: every read of their data is here, in small functions that keep
 * to what the shared domain functions return (describeCommitment, scoreLead, complianceRows),
 * so a type change is a fix in one place. Nothing here formats: the slides word and format.
 */

/** Things the room marks private are never projected (no such field today; a later one is honoured). */
export const isPrivate = (item: unknown): boolean => record(item).private === true;

// Step 1 ──────────────────────────────────────────────────────────────────────────────────────

export interface PersonView {
  id: string;
  name: string;
  role: string;
  team: string;
  agreed: boolean;
}

export interface CommitmentView {
  statement: string;
  people: PersonView[];
}

export function commitmentView(w: Workshop): CommitmentView {
  // An agreement is a time (schema 4) or { at, textHash } (schema 5): present means agreed.
  const agreements = record(w.commitment.agreements);
  return {
    statement: text(w.commitment.commitmentStatement),
    people: w.commitment.participants
      .filter((p) => text(p.name))
      .map((p) => ({
        id: p.id,
        name: text(p.name),
        role: text(p.role),
        team: p.team,
        agreed: agreements[p.id] !== undefined && agreements[p.id] !== null,
      })),
  };
}

// Step 2 ──────────────────────────────────────────────────────────────────────────────────────

export interface GoalView {
  id: string;
  title: string;
  metric: string;
  unit: 'currency' | 'percent' | 'count';
  baseline: number | null;
  target: number | null;
  deadline: string;
  owner: string;
}

export interface GoalsView {
  currency: string;
  goals: GoalView[];
  /** Who agreed the goals for each team ('' when the team has not agreed). */
  agreedBy: { marketing: string; sales: string };
}

export function goalsView(w: Workshop): GoalsView {
  const agreement = record(w.goals.agreement);
  const by = (team: string) => text(record(agreement[team]).by);
  return {
    currency: w.goals.currency,
    goals: w.goals.goals
      .filter((g) => text(g.title) || text(g.metric))
      .map((g) => ({
        id: g.id,
        title: text(g.title) || text(g.metric),
        metric: text(g.metric),
        unit: g.unit,
        baseline: num(g.baseline),
        target: num(g.target),
        deadline: g.deadline,
        owner: g.owner,
      })),
    agreedBy: { marketing: by('marketing'), sales: by('sales') },
  };
}

// Step 3 ──────────────────────────────────────────────────────────────────────────────────────

export interface PersonaView {
  id: string;
  name: string;
  title: string;
  seniority: string | null;
  buyingRole: string | null;
  goals: string[];
  pains: string[];
  triggers: string[];
}

const facts = (list: unknown): string[] => (Array.isArray(list) ? list.map((f) => text(record(f).text)).filter(Boolean) : []);

export function personasView(w: Workshop): PersonaView[] {
  return w.targetBuyer.personas
    .filter((p) => text(p.name) || text(p.title))
    .map((p) => ({
      id: p.id,
      name: text(p.name),
      title: text(p.title),
      seniority: p.seniority,
      buyingRole: p.buyingRole,
      goals: facts(p.goals),
      pains: facts(p.pains),
      triggers: facts(p.buyingTriggers),
    }));
}

// Step 5 ──────────────────────────────────────────────────────────────────────────────────────

export type CriterionSection = 'fit' | 'engagement' | 'negative';

export interface CriterionView {
  id: string;
  section: CriterionSection;
  /** Fit and negative: the lead field, how it compares, and the value(s). */
  field: string | null;
  operator: string | null;
  value: string;
  valueMax: string;
  /** Engagement: the behaviour in the room's words; negative presets: their kind. */
  behaviour: string;
  kind: string | null;
  points: number;
  veto: boolean;
}

export interface SimulatedLeadView {
  /** What the simulator was given about the lead, for a one-line "who". */
  title: string;
  company: string;
  total: number;
  fit: number;
  engagement: number;
  negative: number;
  isMql: boolean;
  vetoed: boolean;
  /** Criteria that moved this lead's score. */
  matched: Set<string>;
}

export interface ScoringView {
  started: boolean;
  threshold: number;
  minimumFit: number | null;
  criteria: CriterionView[];
  lead: SimulatedLeadView | null;
}

/** A lead nobody has typed anything into is not "the last simulated lead". */
export function isBlankLead(lead: SampleLead | null | undefined): boolean {
  if (!lead) return true;
  const l = record(lead);
  const typed = Object.entries(l).some(
    ([k, v]) => (typeof v === 'string' && v.trim() !== '') || ((k === 'companySize' || k === 'annualRevenue') && typeof v === 'number'),
  );
  const behaviours = Object.values(record(l.behaviours)).some((n) => typeof n === 'number' && n > 0);
  const activities = Array.isArray(l.activities) && l.activities.length > 0;
  return !typed && !behaviours && !activities;
}

export function scoringView(w: Workshop, lead: SampleLead | null): ScoringView {
  const q = w.qualifiedLead;
  const criteria: CriterionView[] = [
    ...q.fit.map((c) => ({
      id: c.id,
      section: 'fit' as const,
      field: c.field,
      operator: c.operator,
      value: text(c.value),
      valueMax: text(record(c).valueMax),
      behaviour: '',
      kind: null,
      points: c.points,
      veto: false,
    })),
    ...q.engagement.map((c) => ({
      id: c.id,
      section: 'engagement' as const,
      field: null,
      operator: null,
      value: '',
      valueMax: '',
      behaviour: text(c.behaviour),
      kind: null,
      points: c.points,
      veto: false,
    })),
    ...q.negative.map((c) => ({
      id: c.id,
      section: 'negative' as const,
      field: c.field,
      operator: c.operator,
      value: text(c.value),
      valueMax: text(record(c).valueMax),
      behaviour: '',
      kind: c.kind,
      points: c.points,
      veto: c.veto,
    })),
  ];
  let view: SimulatedLeadView | null = null;
  if (lead && !isBlankLead(lead)) {
    const b = scoreLead(q, lead);
    const l = record(lead);
    view = {
      title: text(l.title),
      company: text(l.industry),
      total: b.total,
      fit: b.fit,
      engagement: b.engagement,
      negative: b.negative,
      isMql: b.isMql,
      vetoed: b.vetoed,
      // Lines list matched criteria (and, in newer models, unmatched ones at 0 points).
      matched: new Set(
        b.lines
          .filter((x) => x.criterionId && (x.points !== 0 || record(x).matched === true || x.veto))
          .map((x) => x.criterionId as string),
      ),
    };
  }
  return { started: q.started, threshold: q.mqlThreshold, minimumFit: q.minimumFit, criteria, lead: view };
}

// Step 6 ──────────────────────────────────────────────────────────────────────────────────────

export interface HandOffView {
  threshold: number;
  windowHours: number | null;
  routing: string;
  routingDetail: string;
  travels: string[];
  conditions: string[];
  followUp: { day: number; channel: string }[];
  rejectionReasons: string[];
  recycleReasons: string[];
}

export function handOffView(w: Workshop): HandOffView {
  const h = w.handOff;
  const texts = (list: readonly string[]) => list.map((s) => s.trim()).filter(Boolean);
  return {
    threshold: w.qualifiedLead.mqlThreshold,
    windowHours: h.acceptanceWindowHours,
    routing: h.routing,
    routingDetail: text(h.routingDetail),
    travels: [...h.travelsWith],
    conditions: texts(h.triggerConditions),
    followUp: [...h.followUp].sort((a, b) => a.day - b.day).map((a) => ({ day: a.day, channel: a.channel })),
    rejectionReasons: texts(h.rejectionReasons),
    recycleReasons: texts(h.recycleReasons),
  };
}

export * from './adaptersLater';
