import { CheckCircle2, XCircle } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { ScoreBreakdown } from '../../../shared/scoring/score';
import { formatNumber } from '../../i18n/format';
import { useScoreWords } from './scoreWords';

/** The verdict first and big (colour and words), then the scores, the rule and every reason. */
export function ScoreCard({ score, threshold }: { score: ScoreBreakdown; threshold: number }) {
  const { t } = useTranslation('qualifiedLead');
  const words = useScoreWords();
  const counted = score.lines.filter((l) => (l.section === 'decay' ? true : l.matched));
  const missed = score.lines.filter((l) => l.section !== 'decay' && !l.matched);
  return (
    <div className="ql-result">
      <div className={`ql-verdict ${score.isMql ? 'ql-verdict-yes' : 'ql-verdict-no'}`} data-testid="ql-verdict" role="status">
        {score.isMql ? <CheckCircle2 size={36} aria-hidden="true" /> : <XCircle size={36} aria-hidden="true" />}
        <span>{score.isMql ? t('score.mql') : t('score.notMql')}</span>
      </div>
      <dl className="ql-scores">
        <div>
          <dt>{t('score.fit')}</dt>
          <dd data-testid="ql-fit-score">{formatNumber(score.fit)}</dd>
        </div>
        <div>
          <dt>{t('score.engagement')}</dt>
          <dd data-testid="ql-engagement-score">{formatNumber(score.engagement)}</dd>
        </div>
        <div>
          <dt>{t('score.negative')}</dt>
          <dd>{score.negative > 0 ? `−${formatNumber(score.negative)}` : '0'}</dd>
        </div>
        <div className="ql-total">
          <dt>{t('score.total')}</dt>
          <dd>
            <span data-testid="ql-total-score">{formatNumber(score.total)}</span>
            <small>{t('score.needs', { n: formatNumber(threshold) })}</small>
          </dd>
        </div>
      </dl>
      {/* shared/scoring says what happened (codes and values); useScoreWords says it in the UI language. */}
      <ul className="ql-checks" aria-label={t('score.ruleLabel')}>
        {score.checks.map((c) => (
          <li key={c.code} className={c.met ? 'ql-met' : 'ql-unmet'}>
            <span aria-hidden="true">{c.met ? '✓' : '✗'}</span>{' '}
            <span className="sr-only">{c.met ? t('score.met') : t('score.notMet')}</span> {words.check(c)}
          </li>
        ))}
      </ul>
      <h3 className="ql-why-h">{t('score.why')}</h3>
      {counted.length === 0 ? (
        <p className="muted">{t('score.noMatch')}</p>
      ) : (
        <ul className="ql-lines" data-testid="ql-reasons">
          {counted.map((l, i) => (
            <li key={`${l.criterionId ?? 'decay'}-${i}`} className={l.points < 0 || l.veto ? 'ql-line-minus' : 'ql-line-plus'}>
              <span className="ql-line-section">{t(`score.${l.section}`)}</span>
              <span>{words.line(l)}</span>
            </li>
          ))}
        </ul>
      )}
      {missed.length > 0 && (
        <details className="ql-missed" open>
          <summary>{t('score.missed', { count: missed.length })}</summary>
          <ul className="ql-lines ql-lines-missed" data-testid="ql-misses">
            {missed.map((l, i) => (
              <li key={`${l.criterionId ?? 'x'}-${i}`}>
                <span className="ql-line-section">{t(`score.${l.section}`)}</span>
                <span>{words.line(l)}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
