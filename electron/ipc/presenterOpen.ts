import type { Handler } from './registerHandlers';
import { placePresenter, presenterUrl, type DisplayLike, type PresenterPlacement } from '../main/presenterWindow';

/** The presenter window as the handler sees it (Electron's BrowserWindow fits). */
export interface PresenterWindowLike {
  isDestroyed(): boolean;
  loadURL(url: string): Promise<void>;
  focus(): void;
}

export interface PresenterOpenDeps {
  getDisplays(): readonly DisplayLike[];
  /** The display the facilitator's window is on, or null when it has no window. */
  facilitatorDisplayId(): number | null;
  primaryDisplayId(): number;
  create(placement: PresenterPlacement, url: string): PresenterWindowLike;
}

/**
 * presenter:open: one presenter window at a time. Asking again shows the requested workshop
 * and step in the window already open instead of stacking windows on the projector.
 */
export function createPresenterOpenHandler(deps: PresenterOpenDeps): Handler<'presenter:open'> {
  let current: PresenterWindowLike | null = null;
  let currentDisplay: PresenterPlacement['display'] = 'primary';
  return async ({ workshopId, step }) => {
    const url = presenterUrl(workshopId, step);
    if (current && !current.isDestroyed()) {
      await current.loadURL(url);
      current.focus();
      return { display: currentDisplay, reused: true };
    }
    const placement = placePresenter(deps.getDisplays(), deps.facilitatorDisplayId(), deps.primaryDisplayId());
    current = deps.create(placement, url);
    currentDisplay = placement.display;
    return { display: placement.display, reused: false };
  };
}
