import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessPiece } from '../../../shared/workshop/steps/technology';
import { gapActionItem } from '../../../shared/technology/automation';
import { addDays, isIsoDate, localIsoDate } from '../../../shared/calendar/dates';
import { useOpenWorkshop, useWorkshop } from '../../app/workshopStore';
import { showUndoToast } from '../../app/undoToast';
import { Modal } from '../../ui/Modal';
import { FieldShell, SelectField, TextField } from '../../ui/fields';

/** Turns a gap into an action item (text, owner, due date) in one step, on the room's action list. */
export function ActionItemDialog({ piece, onClose }: { piece: ProcessPiece; onClose(): void }) {
  const w = useOpenWorkshop();
  const update = useWorkshop((s) => s.update);
  const people = w.commitment.participants;
  const { t } = useTranslation(['technology', 'app']);
  const [text, setText] = useState(() => t('dialog.defaultText', { piece: t(`pieceInSentence.${piece}`) }));
  const [ownerId, setOwnerId] = useState(people.find((p) => p.team === 'operations')?.id ?? '');
  const [dueDate, setDueDate] = useState(addDays(localIsoDate(), 14));
  const [tried, setTried] = useState(false);

  const errors = {
    text: text.trim() === '' ? t('dialog.errorText') : null,
    owner: people.length > 0 && ownerId === '' ? t('dialog.errorOwner') : null,
    due: !isIsoDate(dueDate) ? t('dialog.errorDue') : null,
  };

  const create = () => {
    setTried(true);
    if (errors.text || errors.owner || errors.due) return;
    const item = gapActionItem({ text, ownerId: ownerId || null, dueDate }, new Date());
    const undoId = update((d) => {
      d.facilitation.actionItems.push(item);
      d.technology.gapActionItemIds = { ...d.technology.gapActionItemIds, [piece]: item.id };
    });
    showUndoToast(t('dialog.added', { piece: t(`pieceInSentence.${piece}`) }), undoId);
    onClose();
  };

  return (
    <Modal
      open
      onOpenChange={(open) => !open && onClose()}
      title={t('dialog.title', { piece: t(`piece.${piece}.label`) })}
      description={t('dialog.description')}
    >
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          create();
        }}
      >
        <TextField
          id="action-text"
          label={t('dialog.action')}
          value={text}
          onChange={setText}
          maxLength={500}
          multiline
          error={tried ? errors.text : null}
        />
        {people.length > 0 ? (
          <SelectField
            id="action-owner"
            label={t('dialog.owner')}
            value={ownerId}
            options={[
              { value: '', label: t('dialog.choose') },
              ...people.map((p) => ({
                value: p.id,
                label: `${p.name || t('app:common.unnamedParticipant')}${p.role ? `, ${p.role}` : ''}`,
              })),
            ]}
            onChange={setOwnerId}
          />
        ) : (
          <p className="muted">{t('dialog.noPeople')}</p>
        )}
        {tried && errors.owner && (
          <span className="field-error" role="alert">
            {errors.owner}
          </span>
        )}
        <FieldShell label={t('dialog.due')} id="action-due" error={tried ? errors.due : null}>
          <input className="input" type="date" id="action-due" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
        </FieldShell>
        <div className="modal-actions">
          <button type="button" className="btn" onClick={onClose}>
            {t('app:common.cancel')}
          </button>
          <button type="submit" className="btn btn-primary">
            {t('dialog.create')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
