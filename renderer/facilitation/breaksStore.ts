import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { DEFAULT_BREAKS, moveBreak, setBreakMinutes, validBreaks, type AgendaBreak } from '../../shared/facilitation/agenda';

/**
 * Where each workshop's breaks and lunch sit in the day, kept on this computer beside the
 * timers (localStorage), so the presenter window reads them too. The workshop document has no
 * field for them yet (its schema is shared with the PDF and file formats); when it gets one
 * (`agenda.breaks`), this store becomes the fallback for workshops that never moved a break.
 */
interface BreaksStore {
  breaks: Record<string, AgendaBreak[]>;
  move(workshopId: string, id: string, by: -1 | 1): void;
  setMinutes(workshopId: string, id: string, minutes: number): void;
  reset(workshopId: string): void;
}

export const BREAKS_STORAGE_KEY = 'accord.agendaBreaks';

const current = (s: BreaksStore, workshopId: string): AgendaBreak[] => s.breaks[workshopId] ?? [...DEFAULT_BREAKS];

export const useBreaksStore = create<BreaksStore>()(
  persist(
    (set, get) => ({
      breaks: {},
      move: (workshopId, id, by) => set({ breaks: { ...get().breaks, [workshopId]: moveBreak(current(get(), workshopId), id, by) } }),
      setMinutes: (workshopId, id, minutes) =>
        set({ breaks: { ...get().breaks, [workshopId]: setBreakMinutes(current(get(), workshopId), id, minutes) } }),
      reset: (workshopId) => {
        const { [workshopId]: _gone, ...rest } = get().breaks;
        set({ breaks: rest });
      },
    }),
    {
      name: BREAKS_STORAGE_KEY,
      storage: createJSONStorage(() => localStorage),
      version: 1,
      // Whatever was stored is checked again: a hand-edited or older entry never breaks the agenda.
      merge: (persisted, state) => {
        const stored = (persisted as { breaks?: Record<string, unknown> } | undefined)?.breaks ?? {};
        const breaks: Record<string, AgendaBreak[]> = {};
        for (const [id, list] of Object.entries(stored)) if (Array.isArray(list)) breaks[id] = validBreaks(list);
        return { ...state, breaks };
      },
    },
  ),
);

/** The presenter window follows a break moved in the facilitator's window. */
if (typeof window !== 'undefined')
  window.addEventListener('storage', (e) => {
    if (e.key === BREAKS_STORAGE_KEY) void useBreaksStore.persist.rehydrate();
  });

const EMPTY: readonly AgendaBreak[] = DEFAULT_BREAKS;
export const useBreaks = (workshopId: string): readonly AgendaBreak[] => useBreaksStore((s) => s.breaks[workshopId] ?? EMPTY);
