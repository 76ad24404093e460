import { newId } from '../workshop/factory';
import type { Icp, Persona } from '../workshop/steps/targetBuyer';
import type { FitCriterion, FitField, NegativeCriterion, Operator, QualifiedLeadStep } from '../workshop/steps/qualifiedLead';
import { parseBand } from './band';
import { SENIORITY_LABEL } from './labels';
import { titleKeyword } from './titleKeyword';

const MAX_CRITERIA = 100;

/** Starting weights; the room tunes them in step 5, where the threshold gives them meaning. */
export const CRITERION_POINTS = { title: 15, seniority: 10, industry: 10, region: 5, technology: 5, band: 5, disqualifier: 20 } as const;

export type FitSuggestion = Omit<FitCriterion, 'id'>;
export type NegativeSuggestion = Omit<NegativeCriterion, 'id'>;
export interface CriteriaSuggestion {
  fit: FitSuggestion[];
  negative: NegativeSuggestion[];
}

const texts = (facts: Icp[keyof Icp]) => facts.map((f) => f.text.trim()).filter((t) => t !== '');

function bandCriteria(facts: Icp[keyof Icp], field: FitField): FitSuggestion[] {
  const bands = texts(facts).map(parseBand).filter((b) => b !== null);
  const mins = bands.map((b) => b.min).filter((n) => n !== null);
  const maxs = bands.map((b) => b.max).filter((n) => n !== null);
  // No "between" operator in scoring: a band becomes a lower and an upper bound, each worth half.
  const out: FitSuggestion[] = [];
  if (mins.length > 0) out.push({ field, operator: 'gte', value: String(Math.min(...mins)), points: CRITERION_POINTS.band });
  if (maxs.length > 0) out.push({ field, operator: 'lte', value: String(Math.max(...maxs)), points: CRITERION_POINTS.band });
  return out;
}

/** A disqualifier as a negative criterion: numbers where the sentence has them, else the words. */
function disqualifierCriterion(text: string): NegativeSuggestion {
  const base = { kind: 'custom' as const, points: CRITERION_POINTS.disqualifier, veto: false };
  const band = parseBand(text);
  const field: FitField | null = /employee|staff|people|headcount/i.test(text) ? 'companySize' : /revenue|turnover|arr\b/i.test(text) ? 'annualRevenue' : null;
  if (band && field) {
    if (band.max !== null && band.min === null) return { ...base, field, operator: 'lte', value: String(band.max) };
    if (band.min !== null && band.max === null) return { ...base, field, operator: 'gte', value: String(band.min) };
  }
  return { ...base, field: 'industry', operator: 'contains', value: text };
}

/**
 * The scoring criteria a persona and the ideal customer profile imply: who the person is
 * (title, seniority) and what the company looks like (industry, region, size, revenue,
 * technology), plus the profile's disqualifiers as negative criteria.
 */
export function criteriaFromPersona(persona: Persona, icp: Icp): CriteriaSuggestion {
  const fit: FitSuggestion[] = [];
  const keyword = titleKeyword(persona.title);
  if (keyword) fit.push({ field: 'title', operator: 'contains', value: keyword, points: CRITERION_POINTS.title });
  if (persona.seniority) fit.push({ field: 'seniority', operator: 'equals', value: SENIORITY_LABEL[persona.seniority], points: CRITERION_POINTS.seniority });
  const oneOf = (field: FitField, facts: Icp[keyof Icp], points: number) => {
    const values = texts(facts);
    if (values.length > 0) fit.push({ field, operator: 'oneOf', value: values.join(', ').slice(0, 500), points });
  };
  oneOf('industry', icp.industries, CRITERION_POINTS.industry);
  oneOf('region', icp.regions, CRITERION_POINTS.region);
  fit.push(...bandCriteria(icp.companySizes, 'companySize'), ...bandCriteria(icp.revenueBands, 'annualRevenue'));
  oneOf('technology', icp.technologies, CRITERION_POINTS.technology);
  const negative = texts(icp.disqualifiers).map(disqualifierCriterion);
  return { fit: uniqueBy(fit), negative: uniqueBy(negative) };
}

const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** Same field, operator and value, as scoring compares them (case-insensitive; oneOf in any order). */
export function criterionKey(c: { field: FitField; operator: Operator; value: string }): string {
  const value =
    c.operator === 'oneOf'
      ? c.value.split(',').map(norm).filter(Boolean).sort().join(',')
      : c.operator === 'gte' || c.operator === 'lte'
        ? norm(c.value).replace(/[,\s]/g, '')
        : norm(c.value);
  return `${c.field}|${c.operator}|${value}`;
}

function uniqueBy<T extends { field: FitField; operator: Operator; value: string }>(list: T[], taken = new Set<string>()): T[] {
  return list.filter((c) => {
    const key = criterionKey(c);
    if (taken.has(key)) return false;
    taken.add(key);
    return true;
  });
}

/** Only what step 5 does not already have. */
export function newCriteria(suggestion: CriteriaSuggestion, step: QualifiedLeadStep): CriteriaSuggestion {
  return {
    fit: uniqueBy(suggestion.fit, new Set(step.fit.map(criterionKey))),
    negative: uniqueBy(suggestion.negative, new Set(step.negative.map(criterionKey))),
  };
}

/**
 * Appends the persona's new criteria to step 5 (works on an immer draft or a plain object)
 * and marks step 5 as started. Returns how many criteria were added.
 */
export function addPersonaCriteria(step: QualifiedLeadStep, persona: Persona, icp: Icp, makeId = newId): number {
  const found = newCriteria(criteriaFromPersona(persona, icp), step);
  // Step 5's schema holds at most 100 of each; past that the workshop would not load again.
  const add = { fit: found.fit.slice(0, Math.max(0, MAX_CRITERIA - step.fit.length)), negative: found.negative.slice(0, Math.max(0, MAX_CRITERIA - step.negative.length)) };
  step.fit.push(...add.fit.map((c) => ({ id: makeId(), ...c })));
  step.negative.push(...add.negative.map((c) => ({ id: makeId(), ...c })));
  const added = add.fit.length + add.negative.length;
  if (added > 0) step.started = true;
  return added;
}
