import { useState } from 'react';
import { Lock } from 'lucide-react';
import { useOpenWorkshop, useWorkshop } from '../../app/workshopStore';
import { showToast } from '../../app/toastStore';
import { Modal } from '../../ui/Modal';

/** Signed content is frozen; editing it means discarding the signatures, after a confirmation. */
export function LockBanner() {
  const w = useOpenWorkshop();
  const update = useWorkshop((s) => s.update);
  const replace = useWorkshop((s) => s.replace);
  const [confirming, setConfirming] = useState(false);
  const n = w.sla.signatures.length;
  const discard = () => {
    const before = w;
    update((d) => {
      d.sla.signatures = [];
      d.completedSteps = d.completedSteps.filter((s) => s !== 'sla');
    });
    setConfirming(false);
    showToast({ message: `${n} signature${n === 1 ? '' : 's'} discarded; the SLA can be edited again.`, action: { label: 'Undo', run: () => replace(before) } });
  };
  return (
    <div className="callout callout-info row lock-banner" role="status">
      <Lock size={20} aria-hidden="true" />
      <span className="spacer">
        The SLA content is frozen because {n === 1 ? 'one person has' : `${n} people have`} signed it. Editing it discards the signatures and everyone signs again.
      </span>
      <button className="btn" onClick={() => setConfirming(true)}>Edit SLA…</button>
      <Modal open={confirming} onOpenChange={setConfirming} title="Discard the signatures and edit?"
        description={`${n} signature${n === 1 ? '' : 's'} will be removed because they apply to the current text. Everyone must sign again after your changes.`}>
        <div className="modal-actions">
          <button className="btn" onClick={() => setConfirming(false)}>Keep signatures</button>
          <button className="btn btn-danger" onClick={discard}>Discard signatures and edit</button>
        </div>
      </Modal>
    </div>
  );
}
