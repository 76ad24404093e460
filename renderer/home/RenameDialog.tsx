import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../ui/Modal';
import { TextField } from '../ui/fields';
import type { WorkshopSummary } from '../app/storageContext';
import { useHome } from './homeStore';

export function RenameDialog({ summary, onClose }: { summary: WorkshopSummary; onClose(): void }) {
  const rename = useHome((s) => s.rename);
  const { t } = useTranslation(['home', 'app']);
  const [client, setClient] = useState(summary.clientCompany);
  const [title, setTitle] = useState(summary.title);
  return (
    <Modal open onOpenChange={(o) => !o && onClose()} title={t('renameDialog.title')}>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          void rename(summary.id, title.trim(), client.trim()).then(onClose);
        }}
      >
        <TextField label={t('renameDialog.client')} value={client} onChange={setClient} maxLength={200} />
        <TextField label={t('renameDialog.workshopTitle')} value={title} onChange={setTitle} maxLength={200} />
        <div className="modal-actions">
          <button type="button" className="btn" onClick={onClose}>
            {t('app:common.cancel')}
          </button>
          <button type="submit" className="btn btn-primary">
            {t('renameDialog.submit')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
