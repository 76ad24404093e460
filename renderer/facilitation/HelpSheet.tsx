import { useTranslation } from 'react-i18next';
import { Modal } from '../ui/Modal';
import { useFacilitationUi } from './facilitationUi';
import { MOD } from './keys';

const SHORTCUTS = [
  { keys: [MOD, 'K'], what: 'palette' },
  { keys: [MOD, 'J'], what: 'quickCapture' },
  { keys: ['Alt', '→'], what: 'nextStep' },
  { keys: ['Alt', '←'], what: 'previousStep' },
  { keys: [MOD, 'Z'], what: 'undo' },
  { keys: ['Shift', MOD, 'Z'], what: 'redo' },
  { keys: ['?'], what: 'help' },
  { keys: ['B'], what: 'blank' },
  { keys: ['Esc'], what: 'close' },
] as const;

/** `?`: every keyboard shortcut on one sheet (docs/ui.md). */
export function HelpSheet() {
  const { t } = useTranslation('facilitation');
  const close = useFacilitationUi((s) => s.close);
  return (
    <Modal open onOpenChange={(o) => !o && close()} title={t('help.title')} description={t('help.description')}>
      <dl className="keys">
        {SHORTCUTS.map((s) => (
          <div key={s.what} style={{ display: 'contents' }}>
            <dt>
              {s.keys.map((k, i) => (
                <span key={i}>
                  {i > 0 && ' + '}
                  <kbd>{k}</kbd>
                </span>
              ))}
            </dt>
            <dd>{t(`help.keys.${s.what}`)}</dd>
          </div>
        ))}
      </dl>
      <div className="modal-actions">
        <button className="btn btn-primary" onClick={close}>
          {t('help.close')}
        </button>
      </div>
    </Modal>
  );
}
