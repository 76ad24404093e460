import type { EngagementCriterion } from '../workshop/steps/qualifiedLead';
import type { LeadNumberField, LeadTextField } from './lead';

/** What one CSV column feeds. */
export type ColumnTarget =
  | { kind: 'text'; field: LeadTextField }
  | { kind: 'number'; field: LeadNumberField }
  | { kind: 'days' }
  | { kind: 'behaviour'; criterionId: string; behaviour: string }
  | { kind: 'name' }
  | { kind: 'company' };

/** Header spellings people use for each lead field, compared without case, spaces or punctuation. */
const ALIASES: readonly [ColumnTarget, readonly string[]][] = [
  [{ kind: 'text', field: 'title' }, ['title', 'jobtitle', 'job', 'position']],
  [{ kind: 'text', field: 'seniority' }, ['seniority', 'senioritylevel', 'level']],
  [{ kind: 'text', field: 'department' }, ['department', 'dept', 'function', 'jobfunction']],
  [{ kind: 'text', field: 'industry' }, ['industry', 'sector', 'vertical']],
  [{ kind: 'number', field: 'companySize' }, ['companysize', 'employees', 'employeecount', 'numberofemployees', 'noofemployees', 'headcount', 'size']],
  [{ kind: 'number', field: 'annualRevenue' }, ['annualrevenue', 'revenue', 'companyrevenue', 'turnover', 'annualturnover']],
  [{ kind: 'text', field: 'region' }, ['region', 'geo', 'territory']],
  [{ kind: 'text', field: 'country' }, ['country', 'countryname', 'countrycode']],
  [{ kind: 'text', field: 'technology' }, ['technology', 'technologies', 'tech', 'techstack', 'stack']],
  [{ kind: 'text', field: 'email' }, ['email', 'emailaddress', 'mail', 'workemail', 'businessemail']],
  [{ kind: 'days' }, ['dayssincelastactivity', 'dayssinceactivity', 'daysinactive', 'inactivedays', 'lastactivitydays', 'dayssincelasttouch']],
  [{ kind: 'name' }, ['name', 'lead', 'leadname', 'fullname', 'contact', 'contactname']],
  [{ kind: 'company' }, ['company', 'companyname', 'account', 'accountname', 'organisation', 'organization']],
];

export const normalizeHeader = (h: string) => h.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

const targetKey = (t: ColumnTarget) => (t.kind === 'text' || t.kind === 'number' ? t.field : t.kind === 'behaviour' ? `b:${t.criterionId}` : t.kind);

export interface ColumnMap {
  /** Column index → what it feeds; absent for ignored columns. */
  targets: Map<number, ColumnTarget>;
  /** Headers that matched nothing, or repeated a column already mapped. */
  ignored: string[];
}

/**
 * Which lead field each header names: a field (by alias) or an engagement behaviour (by its
 * name or id). The first column wins when two mean the same thing.
 */
export function mapColumns(headers: readonly string[], engagement: readonly EngagementCriterion[]): ColumnMap {
  const behaviours = new Map<string, ColumnTarget>();
  for (const c of engagement) {
    const target: ColumnTarget = { kind: 'behaviour', criterionId: c.id, behaviour: c.behaviour };
    if (normalizeHeader(c.behaviour)) behaviours.set(normalizeHeader(c.behaviour), target);
    behaviours.set(normalizeHeader(c.id), target);
  }
  const targets = new Map<number, ColumnTarget>();
  const ignored: string[] = [];
  const seen = new Set<string>();
  headers.forEach((header, i) => {
    const n = normalizeHeader(header);
    const target = behaviours.get(n) ?? ALIASES.find(([, names]) => names.includes(n))?.[0];
    if (!target || seen.has(targetKey(target))) {
      if (header.trim() !== '') ignored.push(header.trim());
      return;
    }
    seen.add(targetKey(target));
    targets.set(i, target);
  });
  return { targets, ignored };
}
