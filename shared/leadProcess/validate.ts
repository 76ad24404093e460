import type { LeadProcessStep, Stage } from '../workshop/steps/leadProcess';
import { isTerminalKind, liveTransitions, reachableFromCapture, stagesById } from './graph';
import { say, type CheckMessage, type CheckValues } from '../workshop/checkMessage';

/** What is wrong with a diagram, each entry pointing at the element to fix. */
export type IssueRule =
  'noCapture' | 'noTerminal' | 'noName' | 'noOwner' | 'unreachable' | 'rateMissing' | 'rateOutOfRange' | 'danglingTransition';

export interface IssueTarget {
  kind: 'stage' | 'transition';
  id: string;
}

export interface Issue {
  /** Stable across edits, so the UI can keep focus and highlight on the same entry. */
  key: string;
  rule: IssueRule;
  /** What goes into the rule's wording (the stage it names, the rate); see issueMessage. */
  values: CheckValues;
  target: IssueTarget | null;
}

/** DOM id of an issue's entry in the validation panel; step gaps focus it. */
export const issueDomId = (issue: Pick<Issue, 'key'>) => `leadProcess-issue-${issue.key}`;

/** A stage as an issue names it: its name in quotes, or "an unnamed stage" in the reader's language. */
export const stageLabel = (s: Stage): CheckMessage => (s.name.trim() ? say('stageName', { name: s.name.trim() }) : say('anUnnamedStage'));

/** An issue as a meaning the screen words. */
export const issueMessage = (i: Pick<Issue, 'rule' | 'values'>): CheckMessage => say(`lp.${i.rule}`, i.values);

/** Whether a rate is allowed: more than 0 and at most 100 percent. */
export const isValidRate = (pct: number) => Number.isFinite(pct) && pct > 0 && pct <= 100;

export function validateLeadProcess(step: LeadProcessStep): Issue[] {
  const issues: Issue[] = [];
  if (step.stages.length === 0) return issues;
  const forward = liveTransitions(step, ['forward']);
  const hasCapture = step.stages.some((s) => s.kind === 'capture');
  const reachable = reachableFromCapture(step);
  const byId = stagesById(step);
  const outgoing = new Map<string, string[]>();
  for (const t of forward) outgoing.set(t.from, [...(outgoing.get(t.from) ?? []), t.to]);

  if (!hasCapture) {
    issues.push({
      key: 'noCapture',
      rule: 'noCapture',
      values: {},
      target: null,
    });
  }
  if (!step.stages.some((s) => isTerminalKind(s) || !outgoing.has(s.id))) {
    issues.push({
      key: 'noTerminal',
      rule: 'noTerminal',
      values: {},
      target: null,
    });
  }

  step.stages.forEach((s, i) => {
    const target: IssueTarget = { kind: 'stage', id: s.id };
    const add = (rule: IssueRule, values: CheckValues) => issues.push({ key: `${rule}-${s.id}`, rule, values, target });
    if (!s.name.trim()) add('noName', { n: i + 1 });
    const stage = stageLabel(s);
    if (s.owner === null) add('noOwner', { stage });
    if (hasCapture && !reachable.has(s.id)) add('unreachable', { stage });
    const movesOn = !isTerminalKind(s) && (outgoing.get(s.id) ?? []).some((to) => byId.get(to)?.kind !== 'lost');
    if (s.conversionToNext !== null && !isValidRate(s.conversionToNext)) {
      add('rateOutOfRange', { stage, rate: s.conversionToNext });
    } else if (s.conversionToNext === null && movesOn) {
      add('rateMissing', { stage });
    }
  });

  for (const t of step.transitions) {
    const from = byId.get(t.from);
    const to = byId.get(t.to);
    if (from && to) continue;
    issues.push({
      key: `danglingTransition-${t.id}`,
      rule: 'danglingTransition',
      values: { from: from ? stageLabel(from) : say('missingStage'), to: to ? stageLabel(to) : say('missingStage') },
      target: { kind: 'transition', id: t.id },
    });
  }
  return issues;
}
