import { i18n } from '../i18n';
import { showToast } from './toastStore';
import { useWorkshop } from './workshopStore';

/**
 * A toast that announces one action and offers to take it back: its Undo reverses that action
 * alone (workshopStore's undoAction), so whatever was typed while the toast was up stays. If a
 * later edit changed the same thing, that edit is kept and a second toast says so. `undone`
 * runs after the action was taken back (e.g. to close a panel that described it).
 */
export function showUndoToast(message: string, actionId: number | null, options: { label?: string; undone?: () => void } = {}): void {
  if (actionId === null) {
    showToast({ message });
    return;
  }
  const run = () => {
    const kind = useWorkshop.getState().undoAction(actionId);
    if (kind === 'gone') return;
    if (kind === 'partial') showToast({ message: i18n.t('common.undonePartly') });
    options.undone?.();
  };
  showToast({ message, action: { label: options.label ?? i18n.t('common.undo'), run, undo: true } });
}
