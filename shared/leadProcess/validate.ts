import type { LeadProcessStep, Stage } from '../workshop/steps/leadProcess';
import { formatPercent, isTerminalKind, liveTransitions, reachableFromCapture, stagesById } from './graph';

/** What is wrong with a diagram, each entry pointing at the element to fix. */
export type IssueRule =
  | 'noCapture'
  | 'noTerminal'
  | 'noName'
  | 'noOwner'
  | 'unreachable'
  | 'rateMissing'
  | 'rateOutOfRange'
  | 'danglingTransition';

export interface IssueTarget {
  kind: 'stage' | 'transition';
  id: string;
}

export interface Issue {
  /** Stable across edits, so the UI can keep focus and highlight on the same entry. */
  key: string;
  rule: IssueRule;
  message: string;
  target: IssueTarget | null;
}

/** DOM id of an issue's entry in the validation panel; step gaps focus it. */
export const issueDomId = (issue: Pick<Issue, 'key'>) => `leadProcess-issue-${issue.key}`;

export const stageLabel = (s: Stage) => (s.name.trim() ? `“${s.name.trim()}”` : 'An unnamed stage');

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
      message: 'No capture stage: set one stage’s kind to “Capture” so the diagram shows where leads enter.',
      target: null,
    });
  }
  if (!step.stages.some((s) => isTerminalKind(s) || !outgoing.has(s.id))) {
    issues.push({
      key: 'noTerminal',
      rule: 'noTerminal',
      message: 'No terminal stage: add a Won or Lost stage, or a stage where the forward path ends.',
      target: null,
    });
  }

  step.stages.forEach((s, i) => {
    const target: IssueTarget = { kind: 'stage', id: s.id };
    const add = (rule: IssueRule, message: string) => issues.push({ key: `${rule}-${s.id}`, rule, message, target });
    if (!s.name.trim()) add('noName', `Stage ${i + 1} has no name: say what the stage is called.`);
    const label = stageLabel(s);
    if (s.owner === null) add('noOwner', `${label} has no owner: choose marketing, sales, SDR or operations.`);
    if (hasCapture && !reachable.has(s.id)) add('unreachable', `${label} cannot be reached from the capture stage: connect a forward transition into it.`);
    const movesOn = !isTerminalKind(s) && (outgoing.get(s.id) ?? []).some((to) => byId.get(to)?.kind !== 'lost');
    if (s.conversionToNext !== null && !isValidRate(s.conversionToNext)) {
      add('rateOutOfRange', `${label}: expected conversion is ${formatPercent(s.conversionToNext)}; it must be more than 0 % and at most 100 %.`);
    } else if (s.conversionToNext === null && movesOn) {
      add('rateMissing', `${label}: expected conversion to the next stage is missing (more than 0 %, at most 100 %).`);
    }
  });

  for (const t of step.transitions) {
    const from = byId.get(t.from);
    const to = byId.get(t.to);
    if (from && to) continue;
    const ends = `from ${from ? stageLabel(from) : 'a missing stage'} to ${to ? stageLabel(to) : 'a missing stage'}`;
    issues.push({
      key: `danglingTransition-${t.id}`,
      rule: 'danglingTransition',
      message: `A transition ${ends} points to a stage that no longer exists: delete it.`,
      target: { kind: 'transition', id: t.id },
    });
  }
  return issues;
}
