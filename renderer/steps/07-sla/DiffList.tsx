import { useTranslation } from 'react-i18next';
import type { DiffDetail, DiffEntry } from '../../../shared/sla/diff';
import './signedText.css';

/**
 * A readable diff: one row per definition number, clause, commitment or term that changed. A
 * short value reads "MQL threshold: 60 → 55"; a clause or commitment shows only what changed in
 * it (its full text before and after stays one click away).
 */
export function DiffList({ entries, empty }: { entries: DiffEntry[]; empty: string }) {
  const { t } = useTranslation('sla');
  if (entries.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="diff-list">
      {entries.map((e, i) => (
        <li key={`${e.label}-${i}`} className={`diff-${e.change}`}>
          {e.inline ? (
            <div className="diff-head" data-testid="diff-inline">
              <span className="diff-badge">{t(`diff.change.${e.change}`)}</span> <strong>{e.label}</strong>
              {': '}
              <Values before={e.before} after={e.after} />
            </div>
          ) : (
            <>
              <div className="diff-head">
                <span className="diff-badge">{t(`diff.change.${e.change}`)}</span> <strong>{e.label}</strong>
              </div>
              {e.details && e.details.length > 0 ? (
                <>
                  <ul className="diff-details">
                    {e.details.map((d, j) => (
                      <Detail key={j} d={d} />
                    ))}
                  </ul>
                  <details className="diff-full">
                    <summary>{t('diff.fullText')}</summary>
                    <Full e={e} />
                  </details>
                </>
              ) : (
                <Full e={e} />
              )}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * "60 → 55": the arrow is drawn by the stylesheet, screen readers hear "Before: 60 After: 55".
 * An empty side (words only added, or only removed, within a sentence) is left out.
 */
function Values({ before, after }: { before: string | null; after: string | null }) {
  const { t } = useTranslation('sla');
  const was = before === '' ? null : before;
  const now = after === '' ? null : after;
  return (
    <span className="diff-values">
      {was !== null && (
        <del>
          <span className="sr-only">{t('diff.before')}</span>
          {was}
        </del>
      )}
      {now !== null && (
        <ins className={was !== null ? 'diff-then' : undefined}>
          <span className="sr-only">{t('diff.after')}</span>
          {now}
        </ins>
      )}
    </span>
  );
}

/** One change within an entry, in its sentence when it is part of one ("…reaches 60 → 55 points and…"). */
function Detail({ d }: { d: DiffDetail }) {
  return (
    <li>
      {d.label && <strong>{d.label}: </strong>}
      {d.lead && <span className="diff-context">{d.lead}</span>}
      <Values before={d.before} after={d.after} />
      {d.trail && <span className="diff-context">{d.trail}</span>}
    </li>
  );
}

function Full({ e }: { e: DiffEntry }) {
  const { t } = useTranslation('sla');
  return (
    <>
      {e.before !== null && (
        <p className="diff-before">
          <span className="sr-only">{t('diff.before')}</span>
          <del>{e.before}</del>
        </p>
      )}
      {e.after !== null && (
        <p className="diff-after">
          <span className="sr-only">{t('diff.after')}</span>
          <ins>{e.after}</ins>
        </p>
      )}
    </>
  );
}
