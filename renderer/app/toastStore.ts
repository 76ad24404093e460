import { create } from 'zustand';

/** Toasts replace confirmation dialogs where an action can be undone (ui.md). */
export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error';
  action?: { label: string; run: () => void };
}

interface ToastState {
  toasts: Toast[];
  show(t: Omit<Toast, 'id' | 'tone'> & { tone?: Toast['tone'] }): void;
  dismiss(id: number): void;
}

let nextId = 1;

export const useToasts = create<ToastState>((set) => ({
  toasts: [],
  show: (t) => set((s) => ({ toasts: [...s.toasts.slice(-2), { tone: 'info', ...t, id: nextId++ }] })),
  dismiss: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
}));

export const showToast = (t: Parameters<ToastState['show']>[0]) => useToasts.getState().show(t);
