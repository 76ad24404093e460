import type { Gap } from '../gaps';
import type { Workshop } from '../schema';
import { conditionValueError } from '../../scoring/conditions';
import { FIT_FIELD_LABEL } from '../../scoring/lead';
import { maxFit, maxTotal } from '../../scoring/limits';

const fmt = new Intl.NumberFormat('en');

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
  if (q.fit.length === 0) gaps.push({ field: QL_FIELD.fit, message: 'Fit criteria: add at least one (who a good lead is, e.g. industry or company size).' });
  q.fit.forEach((c, i) => {
    const err = conditionValueError(c.operator, c.value, c.valueMax);
    if (err) gaps.push({ field: QL_FIELD.fitValue(c.id), message: `Fit criterion ${i + 1} (${FIT_FIELD_LABEL[c.field]}): ${err}.` });
  });
  if (q.engagement.length === 0)
    gaps.push({ field: QL_FIELD.engagement, message: 'Engagement criteria: add at least one (what a lead does, e.g. requests a demo).' });
  q.engagement.forEach((c, i) => {
    if (c.behaviour.trim() === '') gaps.push({ field: QL_FIELD.behaviour(c.id), message: `Engagement criterion ${i + 1}: name the behaviour.` });
  });
  q.negative.forEach((c, i) => {
    const err = conditionValueError(c.operator, c.value, c.valueMax);
    const hint = c.kind === 'competitor' && c.value.trim() === '' ? 'list your competitors’ e-mail domains, or remove the row' : err;
    if (err) gaps.push({ field: QL_FIELD.negativeValue(c.id), message: `Negative criterion ${i + 1} (${c.kind === 'freeEmailDomain' ? 'free e-mail domain' : c.kind}): ${hint}.` });
  });
  if (q.sqlCriteria.length === 0)
    gaps.push({ field: QL_FIELD.sql, message: 'SQL criteria: add at least one confirmation sales relies on (e.g. budget, authority, need, timing).' });
  q.sqlCriteria.forEach((c, i) => {
    if (c.label.trim() === '') gaps.push({ field: QL_FIELD.sqlLabel(c.id), message: `SQL criterion ${i + 1}: name it (e.g. Budget).` });
  });
  const best = maxTotal(q);
  if (best < q.mqlThreshold)
    gaps.push({ field: QL_FIELD.threshold, message: `MQL threshold: no lead can reach ${fmt.format(q.mqlThreshold)} points with these criteria (maximum ${fmt.format(best)}).` });
  const bestFit = maxFit(q);
  if (q.minimumFit !== null && q.minimumFit > bestFit)
    gaps.push({ field: QL_FIELD.minimumFit, message: `Minimum fit: no lead can reach ${fmt.format(q.minimumFit)} fit points with these criteria (maximum ${fmt.format(bestFit)}).` });
  return gaps;
}

/** Whether anything was entered in this step yet (drives "in progress"). */
export function qualifiedLeadStarted(w: Workshop): boolean {
  const q = w.qualifiedLead;
  return q.started || q.fit.length + q.engagement.length + q.negative.length + q.sqlCriteria.length > 0;
}
