import type { Gap } from '../gaps';
import type { Workshop } from '../schema';
import { goalsAgreementStatus } from '../agreements';
import { say, type CheckMessage } from '../checkMessage';

const blank = (s: string) => s.trim() === '';
const gap = (field: string, code: CheckMessage['code'], values?: CheckMessage['values']): Gap => ({ field, ...say(code, values) });

/** What step "goals" still needs before it can be marked done. */
export function goalsGaps(w: Workshop): Gap[] {
  const g = w.goals;
  const gaps: Gap[] = [];
  if (g.goals.length === 0) gaps.push(gap('goals', 'goals'));
  g.goals.forEach((goal, i) => {
    const n = i + 1;
    if (goal.kind === 'custom' && blank(goal.title)) gaps.push(gap(`goal-${goal.id}-title`, 'goalName', { n }));
    if (blank(goal.metric)) gaps.push(gap(`goal-${goal.id}-metric`, 'goalMetric', { n }));
    if (goal.baseline === null) gaps.push(gap(`goal-${goal.id}-baseline`, 'goalBaseline', { n }));
    if (goal.target === null) gaps.push(gap(`goal-${goal.id}-target`, 'goalTarget', { n }));
    if (!goal.deadline) gaps.push(gap(`goal-${goal.id}-deadline`, 'goalDeadline', { n }));
  });
  if (goalsAgreementStatus(g, 'marketing') !== 'agreed') gaps.push(gap('agreement-marketing', 'goalsMarketing'));
  if (goalsAgreementStatus(g, 'sales') !== 'agreed') gaps.push(gap('agreement-sales', 'goalsSales'));
  return gaps;
}

/** Whether anything was entered in this step yet (drives "in progress"). */
export const goalsStarted = (w: Workshop): boolean => w.goals.goals.length > 0;
