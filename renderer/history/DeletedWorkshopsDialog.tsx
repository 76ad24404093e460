import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { initStorage, storage } from '../app/storageContext';
import { showToast } from '../app/toastStore';
import { formatDateTime } from '../i18n/format';
import { Modal } from '../ui/Modal';
import type { SnapshotInfo } from '../storage/snapshots';
import './history.css';

/** Workshops deleted from this computer, back from their last snapshot. */
export function DeletedWorkshopsDialog({
  existingIds,
  onClose,
  onRestored,
}: {
  existingIds: readonly string[];
  onClose(): void;
  onRestored(): void;
}) {
  const { t } = useTranslation(['history', 'app']);
  const [deleted, setDeleted] = useState<SnapshotInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void initStorage()
      .then(() => storage().snapshots.listDeleted(new Set(existingIds)))
      .then(setDeleted);
  }, [existingIds]);

  const restore = async (s: SnapshotInfo) => {
    const read = await storage().snapshots.read(s.id);
    if (!read.ok) return setError(t('unreadable', { error: read.error }));
    await storage().restoreWorkshop(read.workshop);
    const name = s.clientCompany || s.title || t('app:topBar.untitledWorkshop');
    showToast({ message: t('deleted.restored', { name }) });
    onRestored();
    onClose();
  };

  return (
    <Modal open onOpenChange={(o) => !o && onClose()} title={t('deleted.title')} description={t('deleted.description')}>
      {error && (
        <p className="callout callout-danger" role="alert">
          {error}
        </p>
      )}
      {deleted === null ? (
        <p className="muted" aria-busy="true">
          {t('loading')}
        </p>
      ) : deleted.length === 0 ? (
        <p className="muted">{t('deleted.empty')}</p>
      ) : (
        <ul className="history-deleted">
          {deleted.map((s) => {
            const name = s.clientCompany || s.title || t('app:topBar.untitledWorkshop');
            return (
              <li key={s.id}>
                <span>
                  <strong>{name}</strong>
                  {s.title && s.clientCompany ? ` · ${s.title}` : ''}
                  <br />
                  <span className="muted">{t('deleted.deletedAt', { when: formatDateTime(s.takenAt) })}</span>
                </span>
                <button className="btn btn-sm" aria-label={t('deleted.restoreLabel', { name })} onClick={() => void restore(s)}>
                  {t('deleted.restore')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </Modal>
  );
}
