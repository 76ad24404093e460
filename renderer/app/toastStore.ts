import { create } from 'zustand';
import { i18n } from '../i18n';

/** Toasts replace confirmation dialogs where an action can be undone (docs/ui.md). */
export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error';
  /** `undo`: the action takes back what was just done (also recognised by its label, "Undo"). */
  action?: { label: string; run: () => void; undo?: boolean };
}

interface ToastState {
  toasts: Toast[];
  show(t: Omit<Toast, 'id' | 'tone'> & { tone?: Toast['tone'] }): void;
  dismiss(id: number): void;
  /** Moving to another step: what was said about the last one goes, an Undo stays. */
  dismissTransient(): void;
}

let nextId = 1;

/** An Undo is worth keeping until it runs out: the step it undoes may be behind the room by now. */
export const carriesUndo = (t: Toast): boolean =>
  !!t.action && (t.action.undo === true || t.action.label.trim().toLocaleLowerCase() === i18n.t('common.undo').toLocaleLowerCase());

export const useToasts = create<ToastState>((set) => ({
  toasts: [],
  show: (t) => set((s) => ({ toasts: [...s.toasts.slice(-2), { tone: 'info', ...t, id: nextId++ }] })),
  dismiss: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
  dismissTransient: () => set((s) => (s.toasts.some((t) => !carriesUndo(t)) ? { toasts: s.toasts.filter(carriesUndo) } : s)),
}));

export const showToast = (t: Parameters<ToastState['show']>[0]) => useToasts.getState().show(t);
