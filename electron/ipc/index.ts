import { readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { app, dialog, ipcMain, safeStorage, screen, type BrowserWindow } from 'electron';
import { writeFileAtomic } from '../main/atomicWrite';
import { createAppInfoHandler } from './appInfo';
import { createFileOpenHandler } from './fileOpen';
import { createFileSaveHandler } from './fileSave';
import { createTakeOpenedFilesHandler } from './fileTakeOpened';
import type { OpenedFilesQueue } from '../main/openedFiles';
import { createPresenterOpenHandler } from './presenterOpen';
import { createPresenterWindow } from '../main/presenterWindow';
import { registerHandlers, type Handlers } from './registerHandlers';
import { createSealHandlers } from './seal';
import { isTrustedSender } from './trustedSender';

/** Wires the pure handlers to Electron; everything worth testing lives in the files above. */
export function installIpc(getWindow: () => BrowserWindow | null, openedFiles: OpenedFilesQueue): () => void {
  const parent = () => {
    const win = getWindow();
    return win && !win.isDestroyed() ? win : null;
  };
  const documentsDir = app.getPath('documents');
  const seal = createSealHandlers({
    safeStorage,
    platform: process.platform,
    readFile: (path) => readFile(path).catch((err: NodeJS.ErrnoException) => (err.code === 'ENOENT' ? null : Promise.reject(err))),
    writeFile: (path, data) => writeFileAtomic(path, data, undefined, { mode: 0o600 }),
    removeFile: (path) => rm(path, { force: true }),
    installFile: join(app.getPath('userData'), 'seal-key.bin'),
    organisationFile: join(app.getPath('userData'), 'seal-organisation.bin'),
  });
  const handlers: Handlers = {
    'app:getInfo': createAppInfoHandler({
      getName: () => app.getName(),
      getVersion: () => app.getVersion(),
      platform: process.platform,
      electronVersion: process.versions.electron ?? 'unknown',
    }),
    'file:save': createFileSaveHandler({
      showSaveDialog: (options) => {
        const win = parent();
        return win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options);
      },
      writeFile: (path, data) => writeFileAtomic(path, data),
      documentsDir,
    }),
    'file:open': createFileOpenHandler({
      showOpenDialog: (options) => {
        const win = parent();
        return win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options);
      },
      stat: (path) => stat(path),
      readFile: (path) => readFile(path),
      documentsDir,
    }),
    'file:takeOpened': createTakeOpenedFilesHandler({ queue: openedFiles, stat: (path) => stat(path), readFile: (path) => readFile(path) }),
    ...seal,
    'presenter:open': createPresenterOpenHandler({
      getDisplays: () => screen.getAllDisplays(),
      facilitatorDisplayId: () => {
        const win = parent();
        return win ? screen.getDisplayMatching(win.getBounds()).id : null;
      },
      primaryDisplayId: () => screen.getPrimaryDisplay().id,
      create: (placement, url) => {
        const presenter = createPresenterWindow(placement, url, !app.isPackaged);
        // The room's view goes with the facilitator's window, or the app would outlive it.
        parent()?.once('closed', () => presenter.isDestroyed() || presenter.close());
        return presenter;
      },
    }),
  };
  return registerHandlers(ipcMain, handlers, (event) => isTrustedSender(event, parent()?.webContents));
}
