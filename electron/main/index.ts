import { join } from 'node:path';
import { app, BrowserWindow, screen, session } from 'electron';
import { installIpc } from '../ipc';
import { installApplicationMenu, sendToWindow } from './menu';
import { outPaths } from './paths';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { hardenAllWebContents, hardenSession } from './security';
import { createMainWindow, focusWindow } from './window';
import { loadWindowState, restoreWindowState, trackWindowState } from './windowState';

// Privileged schemes and the global sandbox must be set before `ready`; the rest waits for it.
registerAppScheme();
app.enableSandbox();
hardenAllWebContents(app);

const paths = outPaths(import.meta.url);
let mainWindow: BrowserWindow | null = null;

function openMainWindow(): void {
  const stateFile = join(app.getPath('userData'), 'window-state.json');
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const state = restoreWindowState(loadWindowState(stateFile), workAreas);
  const win = createMainWindow({ preloadPath: paths.preload, state, devTools: !app.isPackaged });
  trackWindowState(win, stateFile);
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  mainWindow = win;
}

async function start(): Promise<void> {
  await app.whenReady();
  hardenSession(session.defaultSession);
  handleAppProtocol(paths.renderer, session.defaultSession.protocol);
  installIpc(() => mainWindow);
  installApplicationMenu({ isPackaged: app.isPackaged, platform: process.platform, send: sendToWindow(() => mainWindow) });
  openMainWindow();
  // macOS keeps the app alive without windows; clicking the dock icon brings one back.
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
}

// A second copy would fight the first over the same IndexedDB and window state.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => focusWindow(mainWindow));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  start().catch((error: unknown) => {
    console.error('Accord: failed to start:', error);
    app.exit(1);
  });
}
