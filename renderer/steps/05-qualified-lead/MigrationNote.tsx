import { Info } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useModel } from './useModel';

/**
 * Once, after an upgrade: what the migration to word matching, ranges and dated decay changed in
 * this model (shared/workshop/migrateV5/definition.ts), so the room can check its scores.
 */
export function MigrationNote() {
  const { q, edit } = useModel();
  const { t } = useTranslation('qualifiedLead');
  if (q.migrationNotes.length === 0) return null;
  return (
    <section className="card section callout callout-info ql-migration" aria-labelledby="ql-migration-h" data-testid="ql-migration-note">
      <h2 id="ql-migration-h">
        <Info size={20} aria-hidden="true" /> {t('migration.title')}
      </h2>
      <p>{t('migration.intro')}</p>
      <ul>
        {q.migrationNotes.map((n, i) => (
          <li key={`${n.code}-${i}`}>
            {t(`migration.${n.code}`, { field: n.field ? t(`field.${n.field}`) : '', value: n.value, max: n.valueMax ?? '' })}
          </li>
        ))}
      </ul>
      <div className="ql-migration-actions">
        <button className="btn" onClick={() => edit((d) => void (d.migrationNotes = []))}>
          {t('migration.dismiss')}
        </button>
      </div>
    </section>
  );
}
