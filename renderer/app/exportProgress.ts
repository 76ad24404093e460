import { create } from 'zustand';

/**
 * The export under way: its label (shown on its button, e.g. the report's current phase) and
 * which export it is, so only that button shows it. Null when idle.
 */
export const useExportProgress = create<{ busy: string | null; job?: 'sla' | 'report' | 'sendReady' | null }>(() => ({
  busy: null,
  job: null,
}));
