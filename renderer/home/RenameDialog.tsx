import { useState } from 'react';
import { Modal } from '../ui/Modal';
import { TextField } from '../ui/fields';
import type { WorkshopSummary } from '../app/storageContext';
import { useHome } from './homeStore';

export function RenameDialog({ summary, onClose }: { summary: WorkshopSummary; onClose(): void }) {
  const rename = useHome((s) => s.rename);
  const [client, setClient] = useState(summary.clientCompany);
  const [title, setTitle] = useState(summary.title);
  return (
    <Modal open onOpenChange={(o) => !o && onClose()} title="Rename workshop">
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          void rename(summary.id, title.trim(), client.trim()).then(onClose);
        }}
      >
        <TextField label="Client company" value={client} onChange={setClient} maxLength={200} />
        <TextField label="Workshop title" value={title} onChange={setTitle} maxLength={200} />
        <div className="modal-actions">
          <button type="button" className="btn" onClick={onClose}>Cancel</button>
          <button type="submit" className="btn btn-primary">Rename</button>
        </div>
      </form>
    </Modal>
  );
}
