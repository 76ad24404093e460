import type { EngagementCriterion, NegativeCriterion, QualifiedLeadStep } from '../workshop/steps/qualifiedLead';
import { describeCondition, matchCondition } from './conditions';
import type { SampleLead } from './lead';

/** What scoring needs from the step (SQL criteria are confirmed by people, not scored). */
export type ScoringModel = Pick<QualifiedLeadStep, 'fit' | 'engagement' | 'negative' | 'decayPointsPerWeek' | 'mqlThreshold' | 'minimumFit'>;

export type ScoreSection = 'fit' | 'engagement' | 'decay' | 'negative';

/** One reason the score moved: a matched criterion, or decay. */
export interface ScoreLine {
  section: ScoreSection;
  /** The criterion that matched; null for decay. */
  criterionId: string | null;
  /** Signed contribution to the total. */
  points: number;
  veto: boolean;
  reason: string;
}

/** One condition of the MQL rule and whether this lead meets it. */
export interface QualificationCheck {
  met: boolean;
  text: string;
}

export interface ScoreBreakdown {
  lines: ScoreLine[];
  fit: number;
  /** Behaviour points before decay. */
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

const fmt = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
export const signed = (n: number) => (n < 0 ? `−${fmt.format(-n)}` : `+${fmt.format(n)}`);
const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** Occurrences of a behaviour: keyed by criterion id, or by its name as a person would type it. */
export function behaviourCount(lead: SampleLead, c: EngagementCriterion): number {
  const byId = lead.behaviours[c.id];
  const byName = byId ?? Object.entries(lead.behaviours).find(([k]) => norm(k) === norm(c.behaviour) && norm(k) !== '')?.[1];
  const n = byName ?? 0;
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
}

/** Points a behaviour earns: occurrences × points, at most the cap for the period. */
export function behaviourPoints(c: EngagementCriterion, count: number): number {
  const raw = count * c.points;
  return c.capPerPeriod === null ? raw : Math.min(raw, c.capPerPeriod);
}

/** Whole weeks without activity: decay is taken once a full week has passed. */
export const weeksInactive = (days: number) => (Number.isFinite(days) && days > 0 ? Math.floor(days / 7) : 0);

const NEGATIVE_LABEL: Record<Exclude<NegativeCriterion['kind'], 'custom'>, string> = {
  competitor: 'Competitor',
  student: 'Student',
  freeEmailDomain: 'Free e-mail domain',
};

function engagementReason(c: EngagementCriterion, count: number, points: number): string {
  const name = c.behaviour.trim() || 'Unnamed behaviour';
  const each = count > 1 ? ` (${fmt.format(c.points)} each)` : '';
  const capped = c.capPerPeriod !== null && count * c.points > c.capPerPeriod ? `, capped at ${fmt.format(c.capPerPeriod)} per period` : '';
  const detail = capped ? ` (${fmt.format(c.points)} each${capped})` : each;
  return `${name} ×${count}${detail} ${signed(points)}`;
}

/** "Free e-mail domain (gmail.com)": what matched, with the lead's own value. */
function negativeWhat(c: NegativeCriterion, actual: string): string {
  const what = c.kind === 'custom' ? describeCondition(c.field, c.operator, c.value) : NEGATIVE_LABEL[c.kind];
  return `${what} (${actual})`;
}

/**
 * The lead score of domain.md: fit = Σ matched fit points; engagement = Σ behaviour points
 * (each capped per period) − decay, floor 0; total = fit + engagement − negative points.
 * MQL when total ≥ threshold, fit ≥ minimum fit (if set) and no veto criterion matched.
 */
export function scoreLead(model: ScoringModel, lead: SampleLead): ScoreBreakdown {
  const lines: ScoreLine[] = [];
  let fit = 0;
  for (const c of model.fit) {
    const m = matchCondition(lead, c.field, c.operator, c.value);
    if (!m.matched) continue;
    fit += c.points;
    lines.push({ section: 'fit', criterionId: c.id, points: c.points, veto: false, reason: `${describeCondition(c.field, c.operator, c.value)} ${signed(c.points)}` });
  }

  let engagementBeforeDecay = 0;
  for (const c of model.engagement) {
    const count = behaviourCount(lead, c);
    if (count === 0) continue;
    const points = behaviourPoints(c, count);
    engagementBeforeDecay += points;
    lines.push({ section: 'engagement', criterionId: c.id, points, veto: false, reason: engagementReason(c, count, points) });
  }

  const weeks = weeksInactive(lead.daysSinceLastActivity);
  const fullDecay = weeks * model.decayPointsPerWeek;
  const decay = Math.min(fullDecay, engagementBeforeDecay);
  if (fullDecay > 0) {
    const floor = decay < fullDecay ? '; engagement stops at 0' : '';
    lines.push({
      section: 'decay',
      criterionId: null,
      points: -decay,
      veto: false,
      reason: `No activity for ${fmt.format(lead.daysSinceLastActivity)} days: ${weeks} week${weeks === 1 ? '' : 's'} × ${fmt.format(model.decayPointsPerWeek)} decay ${signed(-decay)}${floor}`,
    });
  }
  const engagement = engagementBeforeDecay - decay;

  let negative = 0;
  const vetoes: string[] = [];
  for (const c of model.negative) {
    const m = matchCondition(lead, c.field, c.operator, c.value);
    if (!m.matched) continue;
    negative += c.points;
    const what = negativeWhat(c, m.actual);
    const reason = `${what} ${signed(-c.points)}${c.veto ? ', veto' : ''}`;
    if (c.veto) vetoes.push(what);
    lines.push({ section: 'negative', criterionId: c.id, points: -c.points, veto: c.veto, reason });
  }

  const total = fit + engagement - negative;
  const t = model.mqlThreshold;
  const checks: QualificationCheck[] = [
    total >= t
      ? { met: true, text: `Total ${fmt.format(total)} reaches the threshold of ${fmt.format(t)} points.` }
      : { met: false, text: `Total ${fmt.format(total)} is ${fmt.format(t - total)} short of the threshold of ${fmt.format(t)} points.` },
  ];
  if (model.minimumFit !== null)
    checks.push(
      fit >= model.minimumFit
        ? { met: true, text: `Fit ${fmt.format(fit)} reaches the minimum fit of ${fmt.format(model.minimumFit)}.` }
        : { met: false, text: `Fit ${fmt.format(fit)} is below the minimum fit of ${fmt.format(model.minimumFit)}.` },
    );
  checks.push(vetoes.length > 0 ? { met: false, text: `Disqualified: ${vetoes.join('; ')}.` } : { met: true, text: 'No disqualifying criterion matched.' });

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
