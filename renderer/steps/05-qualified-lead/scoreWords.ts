import { useTranslation } from 'react-i18next';
import type { Condition } from '../../../shared/scoring/conditions';
import { listItems, parseAmount } from '../../../shared/scoring/conditions';
import type { QualificationCheck, ScoreLine } from '../../../shared/scoring/score';
import { formatNumber } from '../../i18n/format';

export type LooseT = (key: string, values?: Record<string, unknown>) => string;

const signed = (n: number) => (n < 0 ? `−${formatNumber(-n)}` : `+${formatNumber(n)}`);

/** The simulator's words in the UI language, from the step's namespace (a hook for the screen). */
export function useScoreWords() {
  const { t } = useTranslation('qualifiedLead');
  return scoreWords(t as unknown as LooseT);
}

/**
 * The simulator's explanation: shared/scoring returns what happened (codes and values); these
 * words say it. One sentence per criterion, matched or not, and per rule.
 */
export function scoreWords(t: LooseT) {
  const amount = (v: string) => {
    const n = parseAmount(v);
    return n === null ? v.trim() : formatNumber(n, 2);
  };
  const condition = (c: Condition): string => {
    const value =
      c.operator === 'between'
        ? t('words.range', { min: amount(c.value), max: amount(c.valueMax ?? '') })
        : c.operator === 'gte' || c.operator === 'lte'
          ? amount(c.value)
          : c.operator === 'oneOf'
            ? listItems(c.value).join(', ')
            : `‘${c.value.trim()}’`;
    return t('words.condition', { field: t(`field.${c.field}`), op: t(`operator.${c.operator}`), value });
  };
  /** What a negative criterion is called when it fires: its kind, or its condition. */
  const negativeName = (l: Extract<ScoreLine, { section: 'negative' }>) =>
    l.kind === 'custom' ? condition(l.condition) : t(`negative.kind.${l.kind}`);

  const missWhy = (l: Extract<ScoreLine, { section: 'fit' | 'negative' }>): string =>
    t(`words.miss.${l.miss ?? 'different'}`, { field: t(`field.${l.condition.field}`).toLowerCase(), actual: l.actual });

  const line = (l: ScoreLine): string => {
    switch (l.section) {
      case 'fit':
        return l.matched ? `${condition(l.condition)} ${signed(l.points)}` : `${condition(l.condition)}: ${missWhy(l)}`;
      case 'negative':
        if (!l.matched) return `${negativeName(l)}: ${missWhy(l)}`;
        return `${negativeName(l)} (${l.actual}) ${signed(l.points)}${l.veto ? t('words.vetoSuffix') : ''}`;
      case 'engagement': {
        const name = l.behaviour || t('words.unnamed');
        if (!l.matched) return l.miss === 'incomplete' ? t('words.eng.incomplete') : t('words.eng.notDone', { behaviour: name });
        const parts = [
          t(l.times > 1 ? 'words.eng.did' : 'words.eng.didOnce', {
            behaviour: name,
            times: formatNumber(l.times),
            each: formatNumber(l.pointsEach),
          }),
        ];
        if (l.afterCap < l.raw && l.cap !== null)
          parts.push(t('words.eng.capped', { cap: formatNumber(l.cap), period: t(`words.period.${l.capPeriod}`) }));
        const when =
          l.newestDaysAgo === l.oldestDaysAgo
            ? l.newestDaysAgo === 0
              ? t('words.eng.today')
              : t('words.eng.when', { count: l.newestDaysAgo ?? 0 })
            : t('words.eng.whenRange', { newest: formatNumber(l.newestDaysAgo ?? 0), oldest: formatNumber(l.oldestDaysAgo ?? 0) });
        parts.push(
          l.points < l.afterCap ? t('words.eng.decayed', { when, before: formatNumber(l.afterCap), after: formatNumber(l.points) }) : when,
        );
        return `${parts.join(', ')} ${signed(l.points)}`;
      }
      case 'decay':
        return `${t('words.decayLegacy', { days: formatNumber(l.daysSinceLastActivity), weeks: formatNumber(l.weeks), points: formatNumber(l.pointsPerWeek) })} ${signed(l.points)}${l.floored ? t('words.floored') : ''}`;
    }
  };

  const check = (c: QualificationCheck): string => {
    switch (c.code) {
      case 'threshold':
        return c.met
          ? t('words.check.thresholdMet', { total: formatNumber(c.total), threshold: formatNumber(c.threshold) })
          : t('words.check.thresholdUnmet', {
              total: formatNumber(c.total),
              short: formatNumber(c.threshold - c.total),
              threshold: formatNumber(c.threshold),
            });
      case 'minimumFit':
        return t(c.met ? 'words.check.fitMet' : 'words.check.fitUnmet', { fit: formatNumber(c.fit), minimum: formatNumber(c.minimum) });
      case 'minimumEngagement':
        return t(c.met ? 'words.check.engagementMet' : 'words.check.engagementUnmet', {
          engagement: formatNumber(c.engagement),
          minimum: formatNumber(c.minimum),
        });
      case 'noVeto':
        return c.met
          ? t('words.check.noVeto')
          : t('words.check.vetoed', { what: c.vetoes.map((v) => `${negativeName(v)} (${v.actual})`).join('; ') });
    }
  };

  return { condition, line, check };
}
