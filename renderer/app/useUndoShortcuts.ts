import { useEffect } from 'react';
import { useWorkshop } from './workshopStore';

/** True for Ctrl/Cmd+Z (undo), Shift+Ctrl/Cmd+Z or Ctrl/Cmd+Y (redo); null for anything else. */
export function undoShortcut(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): 'undo' | 'redo' | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return null;
}

/**
 * Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z undo and redo the workshop's edits in every step, text fields
 * included: a field's own undo would forget its history at every re-render and could not undo a
 * deleted row. A screen with its own history (the diagram canvas) handles the keys first, in the
 * capture phase, and marks the event handled.
 */
export function useUndoShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const action = undoShortcut(e);
      if (!action) return;
      e.preventDefault();
      const store = useWorkshop.getState();
      if (action === 'undo') store.undo();
      else store.redo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
