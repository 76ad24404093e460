import { readFile, stat } from 'node:fs/promises';
import { app, dialog, ipcMain, type BrowserWindow } from 'electron';
import { writeFileAtomic } from '../main/atomicWrite';
import { createAppInfoHandler } from './appInfo';
import { createFileOpenHandler } from './fileOpen';
import { createFileSaveHandler } from './fileSave';
import { registerHandlers, type Handlers } from './registerHandlers';
import { isTrustedSender } from './trustedSender';

/** Wires the pure handlers to Electron; everything worth testing lives in the files above. */
export function installIpc(getWindow: () => BrowserWindow | null): () => void {
  const parent = () => {
    const win = getWindow();
    return win && !win.isDestroyed() ? win : null;
  };
  const documentsDir = app.getPath('documents');
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
  };
  return registerHandlers(ipcMain, handlers, (event) => isTrustedSender(event, parent()?.webContents));
}
