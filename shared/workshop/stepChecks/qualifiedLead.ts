import type { Gap } from '../gaps';
import type { Workshop } from '../schema';
import { conditionProblemMessage, conditionValueError } from '../../scoring/conditions';
import { maxFit, maxTotal } from '../../scoring/limits';
import { say, type CheckCode, type CheckValues } from '../checkMessage';

/** DOM ids of the step's inputs, shared with the screen so a gap can focus its field. */
export const QL_FIELD = {
  fit: 'ql-fit',
  engagement: 'ql-engagement',
  negative: 'ql-negative',
  sql: 'ql-sql',
  threshold: 'ql-threshold',
  minimumFit: 'ql-minimum-fit',
  decay: 'ql-decay',
  fitValue: (id: string) => `ql-fit-${id}-value`,
  behaviour: (id: string) => `ql-eng-${id}-behaviour`,
  negativeValue: (id: string) => `ql-neg-${id}-value`,
  sqlLabel: (id: string) => `ql-sql-${id}-label`,
} as const;

/** What step "qualifiedLead" still needs before it can be marked done. */
export function qualifiedLeadGaps(w: Workshop): Gap[] {
  const q = w.qualifiedLead;
  const gaps: Gap[] = [];
  const add = (field: string, code: CheckCode, values?: CheckValues) => gaps.push({ field, ...say(code, values) });
  if (q.fit.length === 0) add(QL_FIELD.fit, 'fitNone');
  q.fit.forEach((c, i) => {
    const err = conditionValueError(c.operator, c.value, c.valueMax);
    if (err)
      add(QL_FIELD.fitValue(c.id), 'fitValue', {
        n: i + 1,
        field: say(`fitField.${c.field}`),
        problem: conditionProblemMessage(c.operator, err),
      });
  });
  if (q.engagement.length === 0) add(QL_FIELD.engagement, 'engagementNone');
  q.engagement.forEach((c, i) => {
    if (c.behaviour.trim() === '') add(QL_FIELD.behaviour(c.id), 'engagementName', { n: i + 1 });
  });
  q.negative.forEach((c, i) => {
    const err = conditionValueError(c.operator, c.value, c.valueMax);
    const hint = c.kind === 'competitor' && c.value.trim() === '' ? say('competitorHint') : err && conditionProblemMessage(c.operator, err);
    if (hint) add(QL_FIELD.negativeValue(c.id), 'negativeValue', { n: i + 1, kind: say(`negKind.${c.kind}`), problem: hint });
  });
  if (q.sqlCriteria.length === 0) add(QL_FIELD.sql, 'sqlNone');
  q.sqlCriteria.forEach((c, i) => {
    if (c.label.trim() === '') add(QL_FIELD.sqlLabel(c.id), 'sqlName', { n: i + 1 });
  });
  const best = maxTotal(q);
  if (best < q.mqlThreshold) add(QL_FIELD.threshold, 'threshold', { points: q.mqlThreshold, max: best });
  const bestFit = maxFit(q);
  if (q.minimumFit !== null && q.minimumFit > bestFit) add(QL_FIELD.minimumFit, 'minimumFit', { points: q.minimumFit, max: bestFit });
  return gaps;
}

/** Whether anything was entered in this step yet (drives "in progress"). */
export function qualifiedLeadStarted(w: Workshop): boolean {
  const q = w.qualifiedLead;
  return q.started || q.fit.length + q.engagement.length + q.negative.length + q.sqlCriteria.length > 0;
}
