import { useTranslation } from 'react-i18next';
import type { DiffEntry } from '../../../shared/sla/diff';

/** A readable diff: one row per clause, commitment or term that changed, before and after. */
export function DiffList({ entries, empty }: { entries: DiffEntry[]; empty: string }) {
  const { t } = useTranslation('sla');
  if (entries.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="diff-list">
      {entries.map((e, i) => (
        <li key={`${e.label}-${i}`} className={`diff-${e.change}`}>
          <div className="diff-head"><span className="diff-badge">{t(`diff.change.${e.change}`)}</span> <strong>{e.label}</strong></div>
          {e.before !== null && <p className="diff-before"><span className="sr-only">{t('diff.before')}</span><del>{e.before}</del></p>}
          {e.after !== null && <p className="diff-after"><span className="sr-only">{t('diff.after')}</span><ins>{e.after}</ins></p>}
        </li>
      ))}
    </ul>
  );
}
