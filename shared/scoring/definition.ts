import type { NegativeCriterion, QualifiedLeadStep } from '../workshop/steps/qualifiedLead';
import { conditionValueError, describeCondition, lowerFirst } from './conditions';

const fmt = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
const points = (n: number) => `${fmt.format(n)} point${n === 1 ? '' : 's'}`;
const complete = (c: { operator: NegativeCriterion['operator']; value: string; valueMax?: string | undefined }) =>
  conditionValueError(c.operator, c.value, c.valueMax) === null;
const condition = (c: Pick<NegativeCriterion, 'field' | 'operator' | 'value' | 'valueMax'>) =>
  lowerFirst(describeCondition(c.field, c.operator, c.value, c.valueMax));

const KIND_NOUN: Record<NegativeCriterion['kind'], string> = {
  competitor: 'a competitor',
  student: 'a student',
  freeEmailDomain: 'a free e-mail address',
  custom: '',
};

function negativeText(c: NegativeCriterion): string {
  return c.kind === 'custom' ? condition(c) : `${condition(c)} (${KIND_NOUN[c.kind]})`;
}

/**
 * The model in sentences, for the room to read aloud and for the SLA to quote verbatim.
 * Rows still being typed (no value yet) are left out: they score nothing either.
 */
export function mqlDefinitionText(step: QualifiedLeadStep): string {
  const fit = step.fit.filter(complete);
  const engagement = step.engagement.filter((c) => c.behaviour.trim() !== '');
  const negative = step.negative.filter(complete);
  const vetoes = negative.filter((c) => c.veto);
  const penalties = negative.filter((c) => !c.veto);

  const rule = [`scores at least ${points(step.mqlThreshold)}`];
  if (step.minimumFit !== null && step.minimumFit > 0) rule.push(`with at least ${fmt.format(step.minimumFit)} from fit`);
  if (step.minimumEngagement !== null && step.minimumEngagement > 0)
    rule.push(`${rule.length > 1 ? 'and' : 'with'} at least ${fmt.format(step.minimumEngagement)} from engagement`);
  const paragraphs = [
    `A marketing-qualified lead (MQL) is a lead that ${rule.join(', ')}${vetoes.length > 0 ? ', and is not disqualified' : ''}. Its score is fit plus engagement, minus negative points.`,
  ];

  paragraphs.push(
    fit.length === 0
      ? 'Fit: no fit criteria yet.'
      : `Fit (who the lead is): ${fit.map((c) => `${condition(c)} (+${fmt.format(c.points)})`).join('; ')}.`,
  );

  const behaviours = engagement.map((c) => {
    const cap = c.capPerPeriod === null ? '' : `, at most ${fmt.format(c.capPerPeriod)} per ${c.capPeriod}`;
    return `${lowerFirst(c.behaviour.trim())} (+${fmt.format(c.points)} each time${cap})`;
  });
  const decay =
    step.decay.kind === 'halfLife'
      ? ` Each activity's points halve every ${fmt.format(step.decay.days)} days from the day it happened.`
      : step.decay.kind === 'weeklySinceLast' && step.decay.pointsPerWeek > 0
        ? ` Engagement loses ${points(step.decay.pointsPerWeek)} for every full week without activity, never going below 0.`
        : '';
  paragraphs.push(
    engagement.length === 0
      ? `Engagement: no engagement criteria yet.${decay}`
      : `Engagement (what the lead does): ${behaviours.join('; ')}.${decay}`,
  );

  if (vetoes.length > 0)
    paragraphs.push(`Leads are disqualified, whatever their score, when ${vetoes.map(negativeText).join('; or when ')}.`);
  if (penalties.length > 0)
    paragraphs.push(`Points are subtracted when ${penalties.map((c) => `${negativeText(c)} (−${fmt.format(c.points)})`).join('; when ')}.`);

  const sql = step.sqlCriteria.filter((c) => c.label.trim() !== '');
  if (sql.length > 0) {
    const items = sql.map((c) => {
      const who = c.verifiedBy === 'sdr' ? 'verified by an SDR' : 'verified by sales';
      return `${c.label.trim()}${c.description.trim() ? ` — ${c.description.trim().replace(/\.$/, '')}` : ''} (${who})`;
    });
    paragraphs.push(`A sales-qualified lead (SQL) is an MQL for which all of these are confirmed: ${items.join('; ')}.`);
  }
  return paragraphs.join('\n\n');
}
