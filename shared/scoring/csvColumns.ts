import type { EngagementCriterion } from '../workshop/steps/qualifiedLead';
import type { LeadNumberField, LeadTextField } from './lead';

/** What one CSV column feeds. */
export type ColumnTarget =
  | { kind: 'text'; field: LeadTextField }
  | { kind: 'number'; field: LeadNumberField }
  | { kind: 'days' }
  | { kind: 'behaviour'; criterionId: string; behaviour: string }
  /** "Requested a demo (days ago)": how many days ago each occurrence happened. */
  | { kind: 'behaviourAge'; criterionId: string; behaviour: string }
  | { kind: 'name' }
  | { kind: 'company' };

/** Header spellings people use for each lead field, compared without case, spaces or punctuation. */
const ALIASES: readonly [ColumnTarget, readonly string[]][] = [
  [{ kind: 'text', field: 'title' }, ['title', 'jobtitle', 'job', 'position']],
  [{ kind: 'text', field: 'seniority' }, ['seniority', 'senioritylevel', 'level']],
  [{ kind: 'text', field: 'department' }, ['department', 'dept', 'function', 'jobfunction']],
  [{ kind: 'text', field: 'industry' }, ['industry', 'sector', 'vertical']],
  [
    { kind: 'number', field: 'companySize' },
    ['companysize', 'employees', 'employeecount', 'numberofemployees', 'noofemployees', 'headcount', 'size'],
  ],
  [{ kind: 'number', field: 'annualRevenue' }, ['annualrevenue', 'revenue', 'companyrevenue', 'turnover', 'annualturnover']],
  [{ kind: 'text', field: 'region' }, ['region', 'geo', 'territory']],
  [{ kind: 'text', field: 'country' }, ['country', 'countryname', 'countrycode']],
  [{ kind: 'text', field: 'technology' }, ['technology', 'technologies', 'tech', 'techstack', 'stack']],
  [{ kind: 'text', field: 'email' }, ['email', 'emailaddress', 'mail', 'workemail', 'businessemail']],
  [
    { kind: 'days' },
    ['dayssincelastactivity', 'dayssinceactivity', 'daysinactive', 'inactivedays', 'lastactivitydays', 'dayssincelasttouch'],
  ],
  [{ kind: 'name' }, ['name', 'lead', 'leadname', 'fullname', 'contact', 'contactname']],
  [{ kind: 'company' }, ['company', 'companyname', 'account', 'accountname', 'organisation', 'organization']],
];

export const normalizeHeader = (h: string) => h.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

const targetKey = (t: ColumnTarget) =>
  t.kind === 'text' || t.kind === 'number'
    ? t.field
    : t.kind === 'behaviour'
      ? `b:${t.criterionId}`
      : t.kind === 'behaviourAge'
        ? `a:${t.criterionId}`
        : t.kind;

/** Header endings that make a behaviour column hold ages instead of counts. */
const AGE_SUFFIXES = ['daysago', 'agedays', 'ageindays', 'dias', 'días', 'diasatras', 'hacedías', 'hacedias', '天前'];

export interface ColumnMap {
  /** Column index → what it feeds; absent for ignored columns. */
  targets: Map<number, ColumnTarget>;
  /** Headers that matched nothing, or repeated a column already mapped. */
  ignored: string[];
}

/**
 * Which lead field each header names: a field (by alias), an engagement behaviour (by its
 * name or id: how many times) or its age ("<behaviour> (days ago)": how long ago). The first
 * column wins when two mean the same thing.
 */
export function mapColumns(headers: readonly string[], engagement: readonly EngagementCriterion[]): ColumnMap {
  const behaviours = new Map<string, ColumnTarget>();
  for (const c of engagement) {
    const target: ColumnTarget = { kind: 'behaviour', criterionId: c.id, behaviour: c.behaviour };
    const age: ColumnTarget = { kind: 'behaviourAge', criterionId: c.id, behaviour: c.behaviour };
    for (const name of [normalizeHeader(c.behaviour), normalizeHeader(c.id)]) {
      if (!name) continue;
      behaviours.set(name, target);
      for (const suffix of AGE_SUFFIXES) behaviours.set(name + suffix, age);
    }
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
