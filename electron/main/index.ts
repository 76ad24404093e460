import { join } from 'node:path';
import { app, BrowserWindow, screen, session } from 'electron';
import { installIpc } from '../ipc';
import { MENU_CHANNEL } from '../../shared/ipc/contract';
import { installApplicationMenu, sendToWindow } from './menu';
import { outPaths } from './paths';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { hardenAllWebContents, hardenSession } from './security';
import { createMainWindow, focusWindow } from './window';
import { createOpenedFilesQueue, workshopFileArgs } from './openedFiles';
import { loadWindowState, restoreWindowState, trackWindowState } from './windowState';

// Privileged schemes and the global sandbox must be set before `ready`; the rest waits for it.
registerAppScheme();
app.enableSandbox();
hardenAllWebContents(app);

const paths = outPaths(import.meta.url);
let mainWindow: BrowserWindow | null = null;

// Files opened with Accord wait here until the renderer takes them (it asks once it is ready,
// and again whenever it is told more arrived).
const openedFiles = createOpenedFilesQueue();
openedFiles.add(workshopFileArgs(process.argv.slice(1)));
const announceOpenedFiles = () => {
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(MENU_CHANNEL, 'filesOpened');
};
// macOS delivers double-clicked files as events, possibly before `ready`.
app.on('open-file', (event, path) => {
  event.preventDefault();
  openedFiles.add(workshopFileArgs([path]));
  announceOpenedFiles();
});

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
  installIpc(() => mainWindow, openedFiles);
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
  app.on('second-instance', (_event, argv) => {
    focusWindow(mainWindow);
    openedFiles.add(workshopFileArgs(argv.slice(1)));
    announceOpenedFiles();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  start().catch((error: unknown) => {
    console.error('Accord: failed to start:', error);
    app.exit(1);
  });
}
