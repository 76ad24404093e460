import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { StepId } from '../../shared/workshop/stepIds';
import type { Workshop } from '../../shared/workshop/schema';
import { agendaOf, plannedMinutes, recordActual } from '../../shared/facilitation/agenda';
import * as timer from '../../shared/facilitation/timer';
import { useWorkshop } from '../app/workshopStore';

/**
 * The step timer of each workshop, persisted in localStorage so a reload (or a crash) keeps it
 * running: the state holds when it started, not a counter, so no tick is ever lost.
 * Time comes from Date.now() here, at the edge; shared/facilitation/timer.ts never reads a clock.
 */
interface TimerStore {
  timers: Record<string, timer.TimerState>;
  /** A gentle beep at orange, red and time-up; off by default (a room may find it rude). */
  sound: boolean;
  setSound(on: boolean): void;
  /** Start, pause or resume. With no timer yet (or a finished one) it starts for `step`. */
  toggle(w: Workshop, step: StepId): void;
  /** Time `step` now: the running timebox is closed and its time recorded on its own step. */
  timeStep(w: Workshop, step: StepId): void;
  extend(workshopId: string, minutes: number): void;
  finish(workshopId: string): void;
}

export const TIMER_STORAGE_KEY = 'accord.timers';

const durationFor = (w: Workshop, step: StepId) => plannedMinutes(agendaOf(w.facilitation.agenda), step) * timer.MINUTE_MS;

/** Spent time goes to the agenda through the workshop store, so it autosaves and can be undone. */
function record(workshopId: string, stepId: StepId, ms: number) {
  if (ms <= 0 || useWorkshop.getState().workshop?.id !== workshopId) return;
  useWorkshop.getState().update((d) => {
    d.facilitation.agenda = recordActual(agendaOf(d.facilitation.agenda), stepId, ms);
  });
}

export const useTimers = create<TimerStore>()(
  persist(
    (set, get) => {
      const put = (workshopId: string, t: timer.TimerState) => set({ timers: { ...get().timers, [workshopId]: t } });
      return {
        timers: {},
        sound: false,
        setSound: (sound) => set({ sound }),
        toggle(w, step) {
          const now = Date.now();
          const current = get().timers[w.id];
          if (!current || current.status === 'finished') put(w.id, timer.start(timer.idleTimer(step, durationFor(w, step)), now));
          else put(w.id, timer.toggle(current, now));
        },
        timeStep(w, step) {
          const now = Date.now();
          const current = get().timers[w.id] ?? timer.idleTimer(step, durationFor(w, step));
          const { timer: next, spent } = timer.switchStep(current, step, durationFor(w, step), now);
          put(w.id, next);
          if (spent) record(w.id, spent.stepId, spent.ms);
        },
        extend(workshopId, minutes) {
          const current = get().timers[workshopId];
          if (current) put(workshopId, timer.extend(current, minutes));
        },
        finish(workshopId) {
          const current = get().timers[workshopId];
          if (!current) return;
          const { timer: next, spentMs } = timer.finish(current, Date.now());
          put(workshopId, next);
          record(workshopId, current.stepId, spentMs);
        },
      };
    },
    {
      name: TIMER_STORAGE_KEY,
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ timers: s.timers, sound: s.sound }),
      version: 1,
    },
  ),
);

/** Another window of this app (the presenter, a second facilitator tab) changed the timers. */
if (typeof window !== 'undefined')
  window.addEventListener('storage', (e) => {
    if (e.key === TIMER_STORAGE_KEY) void useTimers.persist.rehydrate();
  });

export const useWorkshopTimer = (workshopId: string): timer.TimerState | undefined => useTimers((s) => s.timers[workshopId]);
