import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CAPTURE_KINDS, CAPTURE_MAX_LENGTH, type CaptureKind } from '../../shared/facilitation/capture';
import type { StepId } from '../../shared/workshop/stepIds';
import { useOpenWorkshop } from '../app/workshopStore';
import { showToast } from '../app/toastStore';
import { capture } from './captureActions';
import { openDialog } from './facilitationUi';

interface Props {
  kind: CaptureKind;
  step: StepId | null;
  /** Show the decision / action item / parking lot switch (quick capture) or not (a panel tab). */
  switchable?: boolean;
  autoFocus?: boolean;
  onDone?: () => void;
}

/** One text box and Enter: what the room just said goes in without leaving the step. */
export function CaptureForm({ kind: initialKind, step, switchable, autoFocus, onDone }: Props) {
  const { t } = useTranslation('facilitation');
  const w = useOpenWorkshop();
  const uid = useId();
  const [kind, setKind] = useState(initialKind);
  const [text, setText] = useState('');
  const [ownerId, setOwnerId] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [error, setError] = useState<{ field: string; message: string } | null>(null);
  const textId = `${uid}-text`;

  const submit = () => {
    const r = capture({ kind, text, stepId: step, ownerId: ownerId || null, dueDate });
    if (!r.ok) {
      const message =
        r.field === 'text' && !text.trim()
          ? t('capture.errors.empty', { what: t(`capture.kind.${kind}`) })
          : r.field === 'text'
            ? t('capture.errors.tooLong', { what: t(`capture.kind.${kind}`), max: CAPTURE_MAX_LENGTH[kind] })
            : r.field === 'dueDate'
              ? t('capture.errors.dueDate')
              : t('capture.errors.full', { what: t(`capture.kind.${kind}`) });
      setError({ field: r.field, message });
      return;
    }
    setError(null);
    setText('');
    setOwnerId('');
    setDueDate('');
    showToast({
      message: t(`capture.added.${kind}`),
      action: { label: t('capture.show'), run: () => openDialog({ name: 'capture', tab: kind }) },
    });
    onDone?.();
  };

  return (
    <form
      className="capture-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      aria-label={t(`capture.formLabel.${kind}`)}
    >
      {switchable && (
        <fieldset className="kind-switch">
          <legend className="sr-only">{t('capture.kindLegend')}</legend>
          {CAPTURE_KINDS.map((k) => (
            <label key={k}>
              <input type="radio" name={`${uid}-kind`} value={k} checked={kind === k} onChange={() => setKind(k)} />
              {t(`capture.kind.${k}`)}
            </label>
          ))}
        </fieldset>
      )}
      <div className="field">
        <label htmlFor={textId}>{t(`capture.textLabel.${kind}`)}</label>
        <textarea
          id={textId}
          className="textarea"
          rows={3}
          value={text}
          autoFocus={autoFocus}
          maxLength={CAPTURE_MAX_LENGTH[kind] + 1}
          aria-invalid={error?.field === 'text' ? true : undefined}
          aria-describedby={error ? `${uid}-error` : `${uid}-hint`}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            // Enter adds, Shift+Enter starts a new line: typing speed matters while someone talks.
            if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
              e.preventDefault();
              submit();
            }
          }}
        />
        {!error && (
          <span className="field-hint" id={`${uid}-hint`}>
            {t('capture.enterHint')}
          </span>
        )}
      </div>
      {kind === 'actionItem' && (
        <div className="grid-2">
          <div className="field">
            <label htmlFor={`${uid}-owner`}>{t('capture.owner')}</label>
            <select id={`${uid}-owner`} className="select" value={ownerId} onChange={(e) => setOwnerId(e.target.value)}>
              <option value="">{t('capture.noOwner')}</option>
              {w.commitment.participants.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name || t('capture.unnamed')}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${uid}-due`}>{t('capture.dueDate')}</label>
            <input
              id={`${uid}-due`}
              className="input"
              type="date"
              value={dueDate}
              aria-invalid={error?.field === 'dueDate' ? true : undefined}
              onChange={(e) => setDueDate(e.target.value)}
            />
          </div>
        </div>
      )}
      {error && (
        <span className="field-error" id={`${uid}-error`} role="alert">
          {error.message}
        </span>
      )}
      <div className="modal-actions">
        <button type="submit" className="btn btn-primary">
          {t(`capture.add.${kind}`)}
        </button>
      </div>
    </form>
  );
}
