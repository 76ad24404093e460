import type { NegativeCriterion, QualifiedLeadStep } from '../workshop/steps/qualifiedLead';
import type { Language } from '../workshop/languages';
import { defaultText } from '../workshop/defaultText';
import { conditionValueError, describeCondition, lowerFirst } from './conditions';

const complete = (c: { operator: NegativeCriterion['operator']; value: string; valueMax?: string | undefined }) =>
  conditionValueError(c.operator, c.value, c.valueMax) === null;

/**
 * The model in sentences, in the workshop's document language, for the room to read aloud and
 * for the SLA to quote verbatim. Rows still being typed (no value yet) are left out: they score
 * nothing either.
 */
export function mqlDefinitionText(step: QualifiedLeadStep, language: Language = 'en'): string {
  const t = defaultText(language).definition;
  const num = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const f = (n: number) => num.format(n);
  // Mid-sentence a condition starts in lower case where the language writes it so ("title is …").
  const inSentence = (s: string) => (t.lowerFirst ? lowerFirst(s) : s);
  const condition = (c: Pick<NegativeCriterion, 'field' | 'operator' | 'value' | 'valueMax'>) =>
    inSentence(describeCondition(c.field, c.operator, c.value, c.valueMax, language));
  const negativeText = (c: NegativeCriterion) => (c.kind === 'custom' ? condition(c) : `${condition(c)} (${t.kindNoun[c.kind]})`);

  const fit = step.fit.filter(complete);
  const engagement = step.engagement.filter((c) => c.behaviour.trim() !== '');
  const negative = step.negative.filter(complete);
  const vetoes = negative.filter((c) => c.veto);
  const penalties = negative.filter((c) => !c.veto);
  const positive = (n: number | null) => (n !== null && n > 0 ? f(n) : null);

  const paragraphs = [
    t.mql({
      threshold: f(step.mqlThreshold),
      thresholdCount: step.mqlThreshold,
      minimumFit: positive(step.minimumFit),
      minimumEngagement: positive(step.minimumEngagement),
      vetoes: vetoes.length > 0,
    }),
    t.fit(fit.map((c) => t.fitItem(condition(c), f(c.points)))),
  ];

  const behaviours = engagement.map((c) =>
    t.engagementItem(
      inSentence(c.behaviour.trim()),
      f(c.points),
      c.capPerPeriod === null ? null : { cap: f(c.capPerPeriod), period: c.capPeriod },
    ),
  );
  const decay =
    step.decay.kind === 'halfLife'
      ? t.decayHalfLife(f(step.decay.days))
      : step.decay.kind === 'weeklySinceLast' && step.decay.pointsPerWeek > 0
        ? t.decayWeekly(f(step.decay.pointsPerWeek), step.decay.pointsPerWeek)
        : '';
  paragraphs.push(t.engagement(behaviours, decay));

  if (vetoes.length > 0) paragraphs.push(t.vetoes(vetoes.map(negativeText)));
  if (penalties.length > 0) paragraphs.push(t.penalties(penalties.map((c) => t.penaltyItem(negativeText(c), f(c.points)))));

  const sql = step.sqlCriteria.filter((c) => c.label.trim() !== '');
  if (sql.length > 0)
    paragraphs.push(t.sql(sql.map((c) => t.sqlItem(c.label.trim(), c.description.trim().replace(/[.。]$/, ''), c.verifiedBy))));
  return paragraphs.join('\n\n');
}
