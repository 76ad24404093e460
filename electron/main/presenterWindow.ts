import { BrowserWindow } from 'electron';
import { APP_INDEX_URL } from './appUrl';
import { hardenWebContents, secureWebPreferences } from './security';

/** The parts of Electron's Display the placement reads. */
export interface DisplayLike {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
  workArea: { x: number; y: number; width: number; height: number };
}

export interface PresenterPlacement {
  bounds: { x: number; y: number; width: number; height: number };
  /** Full screen on the projector; a plain window beside the app when there is one screen. */
  fullscreen: boolean;
  display: 'secondary' | 'primary';
}

/**
 * The projector is the display the facilitator's window is not on (the laptop screen keeps
 * the app); with a single display the presenter view opens as a window there, 1280×720 or
 * smaller, for the facilitator to drag wherever the room can see it.
 */
export function placePresenter(
  displays: readonly DisplayLike[],
  facilitatorDisplayId: number | null,
  primaryId: number,
): PresenterPlacement {
  const other = displays.find((d) => d.id !== (facilitatorDisplayId ?? primaryId));
  if (other) return { bounds: other.bounds, fullscreen: true, display: 'secondary' };
  const home = displays.find((d) => d.id === primaryId) ?? displays[0];
  const area = home?.workArea ?? { x: 0, y: 0, width: 1280, height: 720 };
  const width = Math.min(1280, area.width);
  const height = Math.min(720, area.height);
  return {
    bounds: { x: area.x + Math.round((area.width - width) / 2), y: area.y + Math.round((area.height - height) / 2), width, height },
    fullscreen: false,
    display: 'primary',
  };
}

/** The presenter route of the renderer (renderer/app/route.ts). */
export const presenterUrl = (workshopId: string, step: string): string =>
  `${APP_INDEX_URL}#/presenter/${encodeURIComponent(workshopId)}/${encodeURIComponent(step)}`;

/**
 * The presenter window: the same hardened webPreferences as the main window
 * (secureWebPreferences in security.ts) and no preload at all, as it only reads the
 * workshop from IndexedDB and listens on a BroadcastChannel; it has nothing to ask of main.
 */
export function createPresenterWindow(placement: PresenterPlacement, url: string, devTools: boolean): BrowserWindow {
  const win = new BrowserWindow({
    ...placement.bounds,
    fullscreen: placement.fullscreen,
    show: false,
    title: 'Accord — presenter view',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences({ devTools }),
  });
  hardenWebContents(win.webContents);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(url).catch((error: unknown) => {
    console.error('Accord: the presenter window could not load the app:', error);
  });
  return win;
}
