import { create } from 'zustand';
import type { CaptureKind } from '../../shared/facilitation/capture';

/** Which facilitation dialog is open: one at a time, so Escape always closes the one in front. */
export type FacilitationDialog =
  | { name: 'palette' }
  | { name: 'agenda' }
  | { name: 'help' }
  | { name: 'capture'; tab: CaptureKind }
  | { name: 'quick'; kind: CaptureKind };

interface FacilitationUi {
  dialog: FacilitationDialog | null;
  open(d: FacilitationDialog): void;
  close(): void;
}

export const useFacilitationUi = create<FacilitationUi>((set) => ({
  dialog: null,
  open: (dialog) => set({ dialog }),
  close: () => set({ dialog: null }),
}));

export const openDialog = (d: FacilitationDialog) => useFacilitationUi.getState().open(d);
