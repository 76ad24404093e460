import { useEffect, useState } from 'react';
import type { StepId } from '../../shared/workshop/stepIds';
import type { Workshop } from '../../shared/workshop/schema';
import type { TimerState } from '../../shared/facilitation/timer';
import { useWorkshop } from '../app/workshopStore';
import { useTimers } from './timerStore';

/**
 * The facilitator's window and the presenter window talk over a BroadcastChannel: same origin
 * in both the desktop app (app://accord) and browser mode, no main process in between. The
 * facilitator announces what the room should see; a presenter that opens late says hello and
 * gets the current state at once.
 */
export const PRESENTER_CHANNEL = 'accord-presenter';

export interface PresenterState {
  workshopId: string;
  step: StepId;
  timer: TimerState | null;
  workshop: Workshop;
}

type Message = { type: 'hello'; workshopId: string } | ({ type: 'state' } & PresenterState);

/** In the facilitator's window: publish on every step, timer or content change. */
export function usePresenterPublisher(workshopId: string, step: StepId): void {
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(PRESENTER_CHANNEL);
    let pending = 0;
    const post = () => {
      const workshop = useWorkshop.getState().workshop;
      if (!workshop || workshop.id !== workshopId) return;
      const message: Message = { type: 'state', workshopId, step, timer: useTimers.getState().timers[workshopId] ?? null, workshop };
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
    channel.onmessage = (e: MessageEvent<Message>) => {
      if (e.data?.type === 'hello' && e.data.workshopId === workshopId) post();
    };
    const offWorkshop = useWorkshop.subscribe((s, prev) => s.workshop !== prev.workshop && schedule());
    const offTimers = useTimers.subscribe((s, prev) => s.timers[workshopId] !== prev.timers[workshopId] && schedule());
    post();
    return () => {
      offWorkshop();
      offTimers();
      window.clearTimeout(pending);
      channel.close();
    };
  }, [workshopId, step]);
}

/** In the presenter window: the latest state the facilitator published, or null until then. */
export function usePresenterFeed(workshopId: string): PresenterState | null {
  const [state, setState] = useState<PresenterState | null>(null);
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(PRESENTER_CHANNEL);
    channel.onmessage = (e: MessageEvent<Message>) => {
      const m = e.data;
      if (m?.type === 'state' && m.workshopId === workshopId) setState({ workshopId: m.workshopId, step: m.step, timer: m.timer, workshop: m.workshop });
    };
    channel.postMessage({ type: 'hello', workshopId } satisfies Message);
    return () => channel.close();
  }, [workshopId]);
  return state;
}
