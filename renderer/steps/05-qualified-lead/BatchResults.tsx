import { useTranslation } from 'react-i18next';
import type { BatchResult } from '../../../shared/scoring/batch';
import { formatNumber } from '../../i18n/format';
import { useScoreWords } from './scoreWords';

/**
 * The batch's first leads with their scores, folded away until someone asks "which ones?". A
 * large file keeps only its first rows (the figures above count every lead).
 */
export function BatchResults({ results, total }: { results: readonly BatchResult[]; total: number }) {
  const { t } = useTranslation('qualifiedLead');
  const words = useScoreWords();
  return (
    <details className="ql-batch-details">
      <summary>
        {results.length < total
          ? t('batch.perLeadFirst', { n: formatNumber(results.length), total: formatNumber(total) })
          : t('batch.perLead', { n: results.length })}
      </summary>
      <table className="table">
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('batch.row')}
            </th>
            <th scope="col">{t('batch.lead')}</th>
            <th scope="col" className="num">
              {t('score.fit')}
            </th>
            <th scope="col" className="num">
              {t('score.engagement')}
            </th>
            <th scope="col" className="num">
              {t('score.total')}
            </th>
            <th scope="col">{t('batch.grid')}</th>
            <th scope="col">{t('batch.verdict')}</th>
          </tr>
        </thead>
        <tbody>
          {results.map((r) => (
            <tr key={r.row}>
              <td className="num">{r.row}</td>
              <td>{r.label}</td>
              <td className="num">{formatNumber(r.score.fit)}</td>
              <td className="num">{formatNumber(r.score.engagement)}</td>
              <td className="num">{formatNumber(r.score.total)}</td>
              <td>
                {r.cell.fit}
                {r.cell.engagement}
              </td>
              <td className={r.score.isMql ? 'ql-met' : 'ql-unmet'}>
                {r.score.isMql
                  ? `✓ ${t('score.mql')}`
                  : `✗ ${((c) => (c ? words.check(c) : t('score.notMql')))(r.score.checks.find((c) => !c.met))}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
