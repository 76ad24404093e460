import { newId } from '../workshop/factory';
import type { Icp, Persona } from '../workshop/steps/targetBuyer';
import type { FitCriterion, FitField, NegativeCriterion, Operator, QualifiedLeadStep } from '../workshop/steps/qualifiedLead';
import { FREE_EMAIL_DOMAINS, STUDENT_TITLES } from '../scoring/starterModel';
import { parseBand } from './band';
import type { Language } from '../workshop/languages';
import { defaultText } from '../workshop/defaultText';
import { titleKeyword } from './titleKeyword';

const MAX_CRITERIA = 100;

/** Starting weights; the room tunes them in step 5, where the threshold gives them meaning. */
export const CRITERION_POINTS = { title: 15, seniority: 10, industry: 10, region: 5, technology: 5, band: 10, disqualifier: 20 } as const;

export type FitSuggestion = Omit<FitCriterion, 'id'>;
export type NegativeSuggestion = Omit<NegativeCriterion, 'id'>;
export interface CriteriaSuggestion {
  fit: FitSuggestion[];
  negative: NegativeSuggestion[];
  /** Disqualifiers no lead field can hold ("Fewer than 20 trucks"): left for the room, never guessed. */
  skipped: string[];
}

const texts = (facts: Icp[keyof Icp]) => facts.map((f) => f.text.trim()).filter((t) => t !== '');

// Words around the values that a lead record never holds: "SAP TM or Oracle OTM in place".
const LEADING = /^(?:(?:e\.g\.|eg|such as|incl\.|including|uses?|using|runs?|running|on|in|the|any|an?)\s+)+/i;
const TRAILING = /\s+(?:in place|installed|deployed|in use|users?|customers?|shops?|stack|companies|firms|businesses|industry|etc\.?)$/i;

/**
 * The values a profile fact names, one per option, as a lead record holds them: "SAP TM or
 * Oracle OTM in place" → "SAP TM", "Oracle OTM"; "SaaS / Fintech" → "SaaS", "Fintech".
 */
export function factOptions(fact: string): string[] {
  return fact
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s*(?:,|;|\/|\||\+|&|\bor\b|\band\b|\bou\b|\bo\b|\by\b|\be\b|或|和|、|，)\s*/i)
    .map((v) =>
      v
        .trim()
        .replace(LEADING, '')
        .replace(TRAILING, '')
        .replace(/[.:]+$/, '')
        .trim(),
    )
    .filter((v) => v !== '');
}

const optionList = (facts: string[]) => [...new Map(facts.flatMap(factOptions).map((v) => [v.toLowerCase(), v])).values()];

/** A size or revenue band as ONE range criterion: a lead outside it gets none of its points. */
function bandCriteria(facts: Icp[keyof Icp], field: FitField): FitSuggestion[] {
  const bands = texts(facts)
    .map(parseBand)
    .filter((b) => b !== null);
  const mins = bands.map((b) => b.min).filter((n) => n !== null);
  const maxs = bands.map((b) => b.max).filter((n) => n !== null);
  // A band open at one end ("500+") is the open comparison; two readable ends are a range.
  const min = mins.length > 0 && mins.length === bands.length ? Math.min(...mins) : null;
  const max = maxs.length > 0 && maxs.length === bands.length ? Math.max(...maxs) : null;
  const points = CRITERION_POINTS.band;
  if (min !== null && max !== null) return [{ field, operator: 'between', value: String(min), valueMax: String(max), points }];
  if (min !== null) return [{ field, operator: 'gte', value: String(min), points }];
  if (max !== null) return [{ field, operator: 'lte', value: String(max), points }];
  return [];
}

const DOMAIN = /\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b/gi;

/**
 * A disqualifier as a veto on the lead field that holds it: a size or revenue band, students,
 * free e-mail, competitors' domains, or an industry named in a few words. A sentence no lead
 * field holds is skipped (null) rather than made into a criterion that could never match.
 */
function disqualifierCriterion(text: string): NegativeSuggestion | null {
  const veto = { kind: 'custom' as const, points: CRITERION_POINTS.disqualifier, veto: true };
  const band = parseBand(text);
  const numericField: FitField | null = /employee|staff|people|headcount|funcion|empleado|员工/i.test(text)
    ? 'companySize'
    : /revenue|turnover|\barr\b|receita|ingresos|营收|收入/i.test(text)
      ? 'annualRevenue'
      : null;
  if (band && numericField) {
    if (band.min !== null && band.max !== null)
      return { ...veto, field: numericField, operator: 'between', value: String(band.min), valueMax: String(band.max) };
    if (band.max !== null) return { ...veto, field: numericField, operator: 'lte', value: String(band.max) };
    return { ...veto, field: numericField, operator: 'gte', value: String(band.min) };
  }
  if (/\d/.test(text)) return null; // a number about something no lead field holds ("fewer than 20 trucks")
  if (/\bstudents?\b|estudante|estudiante|学生/i.test(text))
    return { ...veto, kind: 'student', field: 'title', operator: 'oneOf', value: STUDENT_TITLES };
  if (/free (?:e-?mail|webmail)|gmail|hotmail|e-?mail gratuito|免费邮箱/i.test(text))
    return { ...veto, kind: 'freeEmailDomain', field: 'emailDomain', operator: 'oneOf', value: FREE_EMAIL_DOMAINS };
  const domains = text.match(DOMAIN);
  if (domains && domains.length > 0)
    return {
      ...veto,
      kind: /competitor|concorrente|competidor|竞争/i.test(text) ? 'competitor' : 'custom',
      field: 'emailDomain',
      operator: 'oneOf',
      value: domains.join(', ').toLowerCase(),
    };
  const options = factOptions(text);
  // An industry is named in a word or three ("Public sector", "Government or education").
  if (options.length > 0 && options.every((o) => o.split(/\s+/).length <= 3))
    return { ...veto, field: 'industry', operator: 'oneOf', value: options.join(', ').slice(0, 500) };
  return null;
}

/**
 * The scoring criteria a persona and the ideal customer profile imply: who the person is
 * (title, seniority) and what the company looks like (industry, region, size, revenue,
 * technology), plus the profile's disqualifiers as negative criteria.
 */
export function criteriaFromPersona(persona: Persona, icp: Icp, language: Language = 'en'): CriteriaSuggestion {
  const fit: FitSuggestion[] = [];
  const keyword = titleKeyword(persona.title);
  if (keyword) fit.push({ field: 'title', operator: 'word', value: keyword, points: CRITERION_POINTS.title });
  if (persona.seniority)
    fit.push({
      field: 'seniority',
      operator: 'equals',
      value: defaultText(language).scoring.seniority[persona.seniority],
      points: CRITERION_POINTS.seniority,
    });
  const oneOf = (field: FitField, facts: Icp[keyof Icp], points: number) => {
    const values = optionList(texts(facts));
    if (values.length > 0) fit.push({ field, operator: 'oneOf', value: values.join(', ').slice(0, 500), points });
  };
  oneOf('industry', icp.industries, CRITERION_POINTS.industry);
  oneOf('region', icp.regions, CRITERION_POINTS.region);
  fit.push(...bandCriteria(icp.companySizes, 'companySize'), ...bandCriteria(icp.revenueBands, 'annualRevenue'));
  oneOf('technology', icp.technologies, CRITERION_POINTS.technology);
  const negative: NegativeSuggestion[] = [];
  const skipped: string[] = [];
  for (const text of texts(icp.disqualifiers)) {
    const c = disqualifierCriterion(text);
    if (c) negative.push(c);
    else skipped.push(text);
  }
  return { fit: uniqueBy(fit), negative: uniqueBy(negative), skipped };
}

const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** Same field, operator and value, as scoring compares them (case-insensitive; oneOf in any order). */
export function criterionKey(c: { field: FitField; operator: Operator; value: string; valueMax?: string | undefined }): string {
  const number = (v: string) => norm(v).replace(/[,\s]/g, '');
  const value =
    c.operator === 'oneOf'
      ? c.value.split(',').map(norm).filter(Boolean).sort().join(',')
      : c.operator === 'gte' || c.operator === 'lte'
        ? number(c.value)
        : c.operator === 'between'
          ? `${number(c.value)}-${number(c.valueMax ?? '')}`
          : norm(c.value);
  return `${c.field}|${c.operator}|${value}`;
}

function uniqueBy<T extends { field: FitField; operator: Operator; value: string; valueMax?: string | undefined }>(
  list: T[],
  taken = new Set<string>(),
): T[] {
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
    skipped: suggestion.skipped,
  };
}

/**
 * Appends the persona's new criteria to step 5 (works on an immer draft or a plain object)
 * and marks step 5 as started. Returns how many criteria were added.
 */
export function addPersonaCriteria(step: QualifiedLeadStep, persona: Persona, icp: Icp, makeId = newId): number {
  return addPersonaCriteriaWithSkipped(step, persona, icp, makeId).added;
}

/** The same, also naming the disqualifiers no lead field holds (the screen lists them for the room). */
export function addPersonaCriteriaWithSkipped(
  step: QualifiedLeadStep,
  persona: Persona,
  icp: Icp,
  makeId = newId,
  language: Language = 'en',
): { added: number; skipped: string[] } {
  const found = newCriteria(criteriaFromPersona(persona, icp, language), step);
  // Step 5's schema holds at most 100 of each; past that the workshop would not load again.
  const add = {
    fit: found.fit.slice(0, Math.max(0, MAX_CRITERIA - step.fit.length)),
    negative: found.negative.slice(0, Math.max(0, MAX_CRITERIA - step.negative.length)),
  };
  step.fit.push(...add.fit.map((c) => ({ id: makeId(), ...c })));
  step.negative.push(...add.negative.map((c) => ({ id: makeId(), ...c })));
  const added = add.fit.length + add.negative.length;
  if (added > 0) step.started = true;
  return { added, skipped: found.skipped };
}
