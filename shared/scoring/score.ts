import type { Period } from '../workshop/schema';
import type { Decay, EngagementCriterion, NegativeCriterion, QualifiedLeadStep } from '../workshop/steps/qualifiedLead';
import { matchCondition, type Condition, type MissReason } from './conditions';
import type { LeadActivity, SampleLead } from './lead';

/** What scoring needs from the step (SQL criteria are confirmed by people, not scored). */
export type ScoringModel = Pick<
  QualifiedLeadStep,
  'fit' | 'engagement' | 'negative' | 'decay' | 'mqlThreshold' | 'minimumFit' | 'minimumEngagement'
>;

export type ScoreSection = 'fit' | 'engagement' | 'decay' | 'negative';

/**
 * One line of the explanation: every criterion, matched or not, and why, as meanings (the
 * step-5 screen words them in the UI language). `points` is the signed contribution to the total.
 */
export interface FitLine {
  section: 'fit';
  criterionId: string;
  condition: Condition;
  matched: boolean;
  /** The lead's value compared ('' when it has none). */
  actual: string;
  miss: MissReason | null;
  points: number;
  veto: false;
}

export interface NegativeLine {
  section: 'negative';
  criterionId: string;
  kind: NegativeCriterion['kind'];
  condition: Condition;
  matched: boolean;
  actual: string;
  miss: MissReason | null;
  /** Minus the criterion's points when it matched, else 0. */
  points: number;
  veto: boolean;
}

export interface EngagementLine {
  section: 'engagement';
  criterionId: string;
  behaviour: string;
  /** Whether the lead did it at all; when not, `miss` is 'noActivity' (or 'incomplete' for an unnamed row). */
  matched: boolean;
  miss: 'noActivity' | 'incomplete' | null;
  times: number;
  pointsEach: number;
  /** times × points, before the cap and decay. */
  raw: number;
  /** After the cap per period, before decay. */
  afterCap: number;
  cap: number | null;
  capPeriod: Period;
  /** The newest and oldest activity counted, in days ago. */
  newestDaysAgo: number | null;
  oldestDaysAgo: number | null;
  /** After decay: what the behaviour adds to the total (one decimal). */
  points: number;
  veto: false;
}

/** The pre-v5 rule (weeklySinceLast): one line for the whole engagement. */
export interface DecayLine {
  section: 'decay';
  criterionId: null;
  daysSinceLastActivity: number;
  weeks: number;
  pointsPerWeek: number;
  /** Decay taken (negative), never more than the engagement there was. */
  points: number;
  /** Engagement stopped at 0 before the full decay was taken. */
  floored: boolean;
  veto: false;
}

export type ScoreLine = FitLine | EngagementLine | NegativeLine | DecayLine;

/** One condition of the MQL rule and whether this lead meets it. */
export type QualificationCheck =
  | { code: 'threshold'; met: boolean; total: number; threshold: number }
  | { code: 'minimumFit'; met: boolean; fit: number; minimum: number }
  | { code: 'minimumEngagement'; met: boolean; engagement: number; minimum: number }
  /** `vetoes`: the negative lines that disqualified the lead. */
  | { code: 'noVeto'; met: boolean; vetoes: NegativeLine[] };

export interface ScoreBreakdown {
  lines: ScoreLine[];
  fit: number;
  /** Behaviour points after caps, before decay. */
  engagementBeforeDecay: number;
  /** Decay actually taken off engagement (never more than there was). */
  decay: number;
  engagement: number;
  negative: number;
  total: number;
  vetoed: boolean;
  isMql: boolean;
  checks: QualificationCheck[];
}

const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * How long each period of a cap is, counted back from today: this week is the last 7 days,
 * this month the last 365/12 days, and so on (a year of 52 weeks, 12 months, 4 quarters).
 */
export const PERIOD_DAYS: Record<Period, number> = { week: 7, month: 365 / 12, quarter: 365 / 4, year: 365 };

const validActivity = (a: LeadActivity) => Number.isFinite(a.times) && a.times >= 1 && Number.isFinite(a.daysAgo) && a.daysAgo >= 0;
const wholeActivity = (a: LeadActivity): LeadActivity => ({
  behaviour: a.behaviour,
  times: Math.floor(a.times),
  daysAgo: Math.floor(a.daysAgo),
});

/** The lead's activities of one behaviour: keyed by criterion id, or by its name as a person would type it. */
export function activitiesOf(lead: SampleLead, c: EngagementCriterion): LeadActivity[] {
  const name = norm(c.behaviour);
  return lead.activities
    .filter((a) => validActivity(a) && (a.behaviour === c.id || (name !== '' && norm(a.behaviour) === name)))
    .map(wholeActivity);
}

/** What one activity's points are worth after decay, `daysAgo` days later. */
export function decayFactor(decay: Decay, daysAgo: number): number {
  return decay.kind === 'halfLife' ? Math.pow(0.5, daysAgo / decay.days) : 1;
}

/**
 * A behaviour's points: each activity earns times × points, at most the cap within its period
 * (newest first), and each keeps what its own age leaves of it.
 */
export function engagementLine(c: EngagementCriterion, activities: readonly LeadActivity[], decay: Decay): EngagementLine {
  const sorted = [...activities].sort((a, b) => a.daysAgo - b.daysAgo);
  const left = new Map<number, number>();
  let raw = 0;
  let afterCap = 0;
  let decayed = 0;
  let times = 0;
  for (const a of sorted) {
    const window = c.capPerPeriod === null ? 0 : Math.floor(a.daysAgo / PERIOD_DAYS[c.capPeriod]);
    const room = left.get(window) ?? c.capPerPeriod ?? Infinity;
    const earned = a.times * c.points;
    const counted = Math.min(earned, room);
    left.set(window, room - counted);
    times += a.times;
    raw += earned;
    afterCap += counted;
    decayed += counted * decayFactor(decay, a.daysAgo);
  }
  const unnamed = c.behaviour.trim() === '' && activities.length === 0;
  return {
    section: 'engagement',
    criterionId: c.id,
    behaviour: c.behaviour.trim(),
    matched: times > 0,
    miss: times > 0 ? null : unnamed ? 'incomplete' : 'noActivity',
    times,
    pointsEach: c.points,
    raw,
    afterCap,
    cap: c.capPerPeriod,
    capPeriod: c.capPeriod,
    newestDaysAgo: sorted[0]?.daysAgo ?? null,
    oldestDaysAgo: sorted.at(-1)?.daysAgo ?? null,
    points: round1(decayed),
    veto: false,
  };
}

/** Whole weeks without activity: the pre-v5 decay is taken once a full week has passed. */
export const weeksInactive = (days: number) => (Number.isFinite(days) && days > 0 ? Math.floor(days / 7) : 0);

/**
 * The lead score (docs/domain.md): fit = Σ matched fit points; engagement = Σ behaviour points
 * (capped per period, each activity decayed by its own age); total = fit + engagement −
 * negative points. MQL when total ≥ threshold, fit ≥ minimum fit and engagement ≥ minimum
 * engagement (each if set) and no veto criterion matched. Every criterion gets a line.
 */
export function scoreLead(model: ScoringModel, lead: SampleLead): ScoreBreakdown {
  const lines: ScoreLine[] = [];
  let fit = 0;
  for (const c of model.fit) {
    const m = matchCondition(lead, c);
    if (m.matched) fit += c.points;
    lines.push({
      section: 'fit',
      criterionId: c.id,
      condition: c,
      matched: m.matched,
      actual: m.actual,
      miss: m.miss,
      points: m.matched ? c.points : 0,
      veto: false,
    });
  }

  let engagementBeforeDecay = 0;
  let engagementAfter = 0;
  for (const c of model.engagement) {
    const line = engagementLine(c, activitiesOf(lead, c), model.decay);
    engagementBeforeDecay += line.afterCap;
    engagementAfter += line.points;
    lines.push(line);
  }

  if (model.decay.kind === 'weeklySinceLast') {
    const ages = lead.activities.filter(validActivity).map((a) => Math.floor(a.daysAgo));
    const days = ages.length > 0 ? Math.min(...ages) : 0;
    const weeks = weeksInactive(days);
    const full = weeks * model.decay.pointsPerWeek;
    const taken = Math.min(full, engagementAfter);
    if (full > 0) {
      lines.push({
        section: 'decay',
        criterionId: null,
        daysSinceLastActivity: days,
        weeks,
        pointsPerWeek: model.decay.pointsPerWeek,
        points: -taken,
        floored: taken < full,
        veto: false,
      });
      engagementAfter -= taken;
    }
  }
  const engagement = round1(engagementAfter);
  const decay = round1(engagementBeforeDecay - engagement);

  let negative = 0;
  const vetoes: NegativeLine[] = [];
  for (const c of model.negative) {
    const m = matchCondition(lead, c);
    if (m.matched) negative += c.points;
    const line: NegativeLine = {
      section: 'negative',
      criterionId: c.id,
      kind: c.kind,
      condition: c,
      matched: m.matched,
      actual: m.actual,
      miss: m.miss,
      points: m.matched ? -c.points : 0,
      veto: c.veto,
    };
    if (m.matched && c.veto) vetoes.push(line);
    lines.push(line);
  }

  const total = round1(fit + engagement - negative);
  const checks: QualificationCheck[] = [{ code: 'threshold', met: total >= model.mqlThreshold, total, threshold: model.mqlThreshold }];
  if (model.minimumFit !== null) checks.push({ code: 'minimumFit', met: fit >= model.minimumFit, fit, minimum: model.minimumFit });
  if (model.minimumEngagement !== null)
    checks.push({ code: 'minimumEngagement', met: engagement >= model.minimumEngagement, engagement, minimum: model.minimumEngagement });
  checks.push({ code: 'noVeto', met: vetoes.length === 0, vetoes });

  return {
    lines,
    fit,
    engagementBeforeDecay,
    decay,
    engagement,
    negative,
    total,
    vetoed: vetoes.length > 0,
    isMql: checks.every((c) => c.met),
    checks,
  };
}
