import { useState } from 'react';
import type { ProcessPiece } from '../../../shared/workshop/steps/technology';
import { defaultGapActionText, gapActionItem } from '../../../shared/technology/automation';
import { PROCESS_PIECE_TEXT } from '../../../shared/technology/labels';
import { addDays, isIsoDate } from '../../../shared/calendar/dates';
import { useOpenWorkshop, useWorkshop } from '../../app/workshopStore';
import { showToast } from '../../app/toastStore';
import { Modal } from '../../ui/Modal';
import { FieldShell, SelectField, TextField } from '../../ui/fields';

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Turns a gap into an action item (text, owner, due date) in one step, on the room's action list. */
export function ActionItemDialog({ piece, onClose }: { piece: ProcessPiece; onClose(): void }) {
  const w = useOpenWorkshop();
  const update = useWorkshop((s) => s.update);
  const replace = useWorkshop((s) => s.replace);
  const people = w.commitment.participants;
  const [text, setText] = useState(defaultGapActionText(piece));
  const [ownerId, setOwnerId] = useState(people.find((p) => p.team === 'operations')?.id ?? '');
  const [dueDate, setDueDate] = useState(addDays(today(), 14));
  const [tried, setTried] = useState(false);

  const errors = {
    text: text.trim() === '' ? 'Action: say what needs to happen.' : null,
    owner: people.length > 0 && ownerId === '' ? 'Owner: choose who will do it.' : null,
    due: !isIsoDate(dueDate) ? 'Due date: choose a date.' : null,
  };

  const create = () => {
    setTried(true);
    if (errors.text || errors.owner || errors.due) return;
    const before = w;
    const item = gapActionItem({ text, ownerId: ownerId || null, dueDate }, new Date());
    update((d) => {
      d.facilitation.actionItems.push(item);
      d.technology.gapActionItemIds = { ...d.technology.gapActionItemIds, [piece]: item.id };
    });
    showToast({ message: `Action item added for ${PROCESS_PIECE_TEXT[piece].label.toLowerCase()}.`, action: { label: 'Undo', run: () => replace(before) } });
    onClose();
  };

  return (
    <Modal open onOpenChange={(open) => !open && onClose()} title={`Make an action item: ${PROCESS_PIECE_TEXT[piece].label}`}
      description="It joins the workshop's action items, and the gap shows who does what by when.">
      <form className="stack" onSubmit={(e) => { e.preventDefault(); create(); }}>
        <TextField id="action-text" label="Action" value={text} onChange={setText} maxLength={500} multiline error={tried ? errors.text : null} />
        {people.length > 0 ? (
          <SelectField id="action-owner" label="Owner" value={ownerId}
            options={[{ value: '', label: 'Choose a participant…' }, ...people.map((p) => ({ value: p.id, label: `${p.name || 'Unnamed participant'}${p.role ? `, ${p.role}` : ''}` }))]}
            onChange={setOwnerId} />
        ) : (
          <p className="muted">No participants yet (step 1): the action item is saved without an owner.</p>
        )}
        {tried && errors.owner && <span className="field-error" role="alert">{errors.owner}</span>}
        <FieldShell label="Due date" id="action-due" error={tried ? errors.due : null}>
          <input className="input" type="date" id="action-due" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
        </FieldShell>
        <div className="modal-actions">
          <button type="button" className="btn" onClick={onClose}>Cancel</button>
          <button type="submit" className="btn btn-primary">Create action item</button>
        </div>
      </form>
    </Modal>
  );
}
