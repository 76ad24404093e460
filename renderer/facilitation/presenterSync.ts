import { useEffect, useRef, useState } from 'react';
import { create } from 'zustand';
import type { StepId } from '../../shared/workshop/stepIds';
import type { Workshop } from '../../shared/workshop/schema';
import type { TimerState } from '../../shared/facilitation/timer';
import type { SampleLead } from '../../shared/scoring/lead';
import { useWorkshop } from '../app/workshopStore';
import { useSimulator } from '../steps/05-qualified-lead/simulatorStore';
import { useTimers } from './timerStore';

/**
 * The facilitator's window and the presenter window talk over a BroadcastChannel: same origin
 * in both the desktop app (app://accord) and browser mode, no main process in between. The
 * facilitator announces what the room should see; a presenter that opens late says hello and
 * gets the current state at once, and says goodbye when it closes.
 */
export const PRESENTER_CHANNEL = 'accord-presenter';

export interface PresenterState {
  workshopId: string;
  step: StepId;
  timer: TimerState | null;
  workshop: Workshop;
  /** The screen is blanked (B): the room sees nothing until it is shown again. */
  blank: boolean;
  /** The last lead tried in step 5's simulator (a trial, not part of the workshop), or null. */
  lead: SampleLead | null;
}

type Message =
  | { type: 'hello'; workshopId: string }
  | { type: 'bye'; workshopId: string }
  /** Either window asks for the screen blanked or shown (B pressed in the presenter window). */
  | { type: 'blank'; workshopId: string; blank: boolean }
  | ({ type: 'state' } & PresenterState);

/** The facilitator's side of the link: is a presenter window open, and is it blanked. */
interface PresenterLink {
  /** Presenter windows that said hello and not yet goodbye, per workshop. */
  open: Record<string, number>;
  blank: Record<string, boolean>;
  setBlank(workshopId: string, blank: boolean): void;
  toggleBlank(workshopId: string): void;
}

export const usePresenterLink = create<PresenterLink>((set, get) => ({
  open: {},
  blank: {},
  setBlank: (workshopId, blank) => set({ blank: { ...get().blank, [workshopId]: blank } }),
  toggleBlank: (workshopId) => get().setBlank(workshopId, !get().blank[workshopId]),
}));

const bump = (workshopId: string, by: number) =>
  usePresenterLink.setState((s) => ({ open: { ...s.open, [workshopId]: Math.max(0, (s.open[workshopId] ?? 0) + by) } }));

/** In the facilitator's window: publish on every step, timer, content, blank or simulator change. */
export function usePresenterPublisher(workshopId: string, step: StepId): void {
  // The simulator lives in this window only; the room sees the lead last tried in it.
  const { lead } = useSimulator(workshopId);
  const leadRef = useRef<SampleLead | null>(lead);
  const schedulePost = useRef<() => void>(() => undefined);
  useEffect(() => {
    leadRef.current = lead;
    schedulePost.current();
  }, [lead]);

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(PRESENTER_CHANNEL);
    let pending = 0;
    const post = () => {
      const workshop = useWorkshop.getState().workshop;
      if (!workshop || workshop.id !== workshopId) return;
      const message: Message = {
        type: 'state',
        workshopId,
        step,
        timer: useTimers.getState().timers[workshopId] ?? null,
        workshop,
        blank: usePresenterLink.getState().blank[workshopId] ?? false,
        lead: leadRef.current,
      };
      channel.postMessage(message);
    };
    // Typing fires one update per key: one message per frame is plenty for the back row.
    const schedule = () => {
      if (pending) return;
      pending = window.setTimeout(() => {
        pending = 0;
        post();
      }, 50);
    };
    schedulePost.current = schedule;
    channel.onmessage = (e: MessageEvent<Message>) => {
      const m = e.data;
      if (!m || m.workshopId !== workshopId) return;
      if (m.type === 'hello') {
        bump(workshopId, 1);
        post();
      } else if (m.type === 'bye') bump(workshopId, -1);
      else if (m.type === 'blank') usePresenterLink.getState().setBlank(workshopId, m.blank);
    };
    const offWorkshop = useWorkshop.subscribe((s, prev) => s.workshop !== prev.workshop && schedule());
    const offTimers = useTimers.subscribe((s, prev) => s.timers[workshopId] !== prev.timers[workshopId] && schedule());
    const offLink = usePresenterLink.subscribe((s, prev) => s.blank[workshopId] !== prev.blank[workshopId] && post());
    post();
    return () => {
      offWorkshop();
      offTimers();
      offLink();
      schedulePost.current = () => undefined;
      window.clearTimeout(pending);
      channel.close();
    };
  }, [workshopId, step]);
}

/**
 * In the presenter window: the latest state the facilitator published (null until then), and
 * whether the screen is blanked, which B here changes too (the facilitator's window follows).
 */
export function usePresenterFeed(workshopId: string): { state: PresenterState | null; blank: boolean; setBlank(blank: boolean): void } {
  const [state, setState] = useState<PresenterState | null>(null);
  const [blank, setBlankState] = useState(false);
  const channelRef = useRef<BroadcastChannel | null>(null);
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(PRESENTER_CHANNEL);
    channelRef.current = channel;
    channel.onmessage = (e: MessageEvent<Message>) => {
      const m = e.data;
      if (!m || m.workshopId !== workshopId) return;
      if (m.type === 'state') {
        setState({
          workshopId: m.workshopId,
          step: m.step,
          timer: m.timer,
          workshop: m.workshop,
          blank: m.blank === true,
          lead: m.lead ?? null,
        });
        setBlankState(m.blank === true);
      } else if (m.type === 'blank') setBlankState(m.blank);
    };
    channel.postMessage({ type: 'hello', workshopId } satisfies Message);
    let gone = false;
    const bye = () => {
      if (gone) return;
      gone = true;
      channel.postMessage({ type: 'bye', workshopId } satisfies Message);
    };
    window.addEventListener('pagehide', bye);
    return () => {
      window.removeEventListener('pagehide', bye);
      bye();
      channelRef.current = null;
      channel.close();
    };
  }, [workshopId]);
  const setBlank = (next: boolean) => {
    setBlankState(next);
    channelRef.current?.postMessage({ type: 'blank', workshopId, blank: next } satisfies Message);
  };
  return { state, blank, setBlank };
}
