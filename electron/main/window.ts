import { BrowserWindow } from 'electron';
import { APP_INDEX_URL } from './appUrl';
import { hardenWebContents, secureWebPreferences } from './security';
import { MIN_WINDOW_SIZE, type WindowState } from './windowState';

export interface MainWindowOptions {
  preloadPath: string;
  state: WindowState;
  /** Off in packaged builds: a console at the projector is a way around every other guard. */
  devTools: boolean;
}

/**
 * The single app window. Hidden until the first paint so the projector never shows a white
 * flash; the renderer gets no Node, runs sandboxed and isolated, and reaches main only
 * through the preload's contract.
 */
export function createMainWindow({ preloadPath, state, devTools }: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    title: 'Accord',
    webPreferences: secureWebPreferences({ preload: preloadPath, devTools }),
  });
  hardenWebContents(win.webContents);
  win.once('ready-to-show', () => {
    if (state.maximized) win.maximize();
    win.show();
  });
  void win.loadURL(APP_INDEX_URL).catch((error: unknown) => {
    console.error('Accord: the window could not load the app:', error);
  });
  return win;
}

/** A second launch lands here: bring the existing window forward instead of opening another. */
export function focusWindow(win: BrowserWindow | null): void {
  if (!win || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  if (!win.isVisible()) win.show();
  win.focus();
}
