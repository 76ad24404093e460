import { create } from 'zustand';

/** The label of the export under way (shown on its button), or null when idle. */
export const useExportProgress = create<{ busy: string | null }>(() => ({ busy: null }));
