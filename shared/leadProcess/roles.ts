import type { LeadProcessStep, Stage, StageRole } from '../workshop/steps/leadProcess';
import { forwardPath } from './graph';

/**
 * Stage roles and what they mean for the calculator. A stage's "conversion to next" is the
 * share of its leads that reach the stage after it; with roles on both ends that is a known
 * stretch of the funnel (MQL → SQL, SQL → won), read by meaning, never by position or name.
 */

/** The funnel the calculator works back through, in the order a lead meets it. */
export const FUNNEL_ORDER = ['mql', 'sal', 'sql', 'opportunity', 'won'] as const;
export type FunnelPoint = (typeof FUNNEL_ORDER)[number];

/** The calculator's rate fields, each from one funnel point to the next. */
export const RATE_FIELDS = ['mqlToSal', 'salToSql', 'sqlToOpportunity', 'winRate'] as const;
export type RateField = (typeof RATE_FIELDS)[number];

const ROLE_PATTERNS: [StageRole, RegExp][] = [
  ['mql', /\bMQLs?\b|marketing[- ]qualified/i],
  ['sal', /\bSALs?\b|sales[- ]accepted|accepted/i],
  ['sql', /\bSQLs?\b|sales[- ]qualified/i],
  ['opportunity', /opportunit|\bopps?\b|deal/i],
];

/** The role a stage's name suggests (how roles were found before they were explicit). */
export function guessStageRole(name: string): StageRole | null {
  return ROLE_PATTERNS.find(([, re]) => re.test(name))?.[0] ?? null;
}

/** The stage with a role (explicit), or the won stage. */
export function stageWithRole(lp: LeadProcessStep, role: FunnelPoint): Stage | null {
  if (role === 'won') return lp.stages.find((s) => s.kind === 'won') ?? null;
  return lp.stages.find((s) => s.kind === 'stage' && s.role === role) ?? null;
}

/** Where a rate comes from: the stage whose conversion fills it, or nothing yet. */
export interface MappedRate {
  /** A fraction in (0, 1]; 1 for a stretch the diagram skips; null when the stage has no rate. */
  value: number | null;
  stageId: string | null;
  /** The diagram has no stage for this stretch (no SAL stage: every MQL counts as accepted). */
  notApplicable: boolean;
}

/** Why a stage's rate is not used, as a meaning the UI words. */
export type RateIssue =
  /** Two stages would fill the same rate: `stageIds` are the one used and the one refused. */
  | { code: 'rateUsedTwice'; field: RateField; stageIds: [string, string] }
  /** A stage with a role leads to a stage with none, so its rate measures no known stretch. */
  | { code: 'nextHasNoRole'; stageId: string; nextId: string }
  /** A stage leads to a stage earlier in the funnel (SQL → MQL), so its rate cannot be used. */
  | { code: 'roleOrder'; stageId: string; nextId: string };

export interface RateMapping {
  rates: Record<RateField, MappedRate>;
  issues: RateIssue[];
}

const pointOf = (s: Stage): FunnelPoint | null => (s.kind === 'won' ? 'won' : s.kind === 'stage' ? (s.role ?? null) : null);

/** The stage after `stage` on the main path, else its first forward target that is not a loss. */
function following(lp: LeadProcessStep, stage: Stage, path: readonly Stage[]): Stage | null {
  const i = path.findIndex((s) => s.id === stage.id);
  if (i >= 0) return path[i + 1] ?? null;
  const targets = lp.transitions
    .filter((t) => t.kind === 'forward' && t.from === stage.id)
    .map((t) => lp.stages.find((s) => s.id === t.to))
    .filter((s): s is Stage => s !== undefined);
  return targets.find((s) => s.kind !== 'lost') ?? null;
}

const rate = (percent: number | null): number | null => (percent === null || !Number.isFinite(percent) ? null : percent / 100);

/**
 * The calculator's rates from the diagram. A stage with a role fills the rate that ends where
 * its next stage's role begins: MQL → SQL fills SAL → SQL (MQL → SAL is not applicable, 100 %),
 * SQL → won fills the win rate (SQL → opportunity not applicable). A rate two stages would
 * fill is refused for the second, naming both.
 */
export function rateMapping(lp: LeadProcessStep): RateMapping {
  const path = forwardPath(lp);
  const rates = Object.fromEntries(RATE_FIELDS.map((f) => [f, { value: null, stageId: null, notApplicable: false }])) as Record<
    RateField,
    MappedRate
  >;
  const issues: RateIssue[] = [];
  const inOrder = [...path, ...lp.stages.filter((s) => !path.includes(s))];
  for (const stage of inOrder) {
    const from = stage.kind === 'stage' ? stage.role : null;
    if (!from) continue;
    const next = following(lp, stage, path);
    if (!next || next.kind === 'lost') continue;
    const to = pointOf(next);
    if (to === null) {
      issues.push({ code: 'nextHasNoRole', stageId: stage.id, nextId: next.id });
      continue;
    }
    const i = FUNNEL_ORDER.indexOf(from);
    const j = FUNNEL_ORDER.indexOf(to);
    if (j <= i) {
      issues.push({ code: 'roleOrder', stageId: stage.id, nextId: next.id });
      continue;
    }
    const fields = RATE_FIELDS.slice(i, j);
    const taken = fields.find((f) => rates[f].stageId !== null);
    if (taken) {
      issues.push({ code: 'rateUsedTwice', field: taken, stageIds: [rates[taken].stageId!, stage.id] });
      continue;
    }
    fields.forEach((f, k) => {
      const last = k === fields.length - 1;
      rates[f] = { value: last ? rate(stage.conversionToNext) : 1, stageId: stage.id, notApplicable: !last };
    });
  }
  return { rates, issues };
}

/** The issues that concern one stage (for its inspector). */
export const rateIssuesOf = (mapping: RateMapping, stageId: string): RateIssue[] =>
  mapping.issues.filter((i) => (i.code === 'rateUsedTwice' ? i.stageIds.includes(stageId) : i.stageId === stageId));
