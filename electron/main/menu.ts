import { BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import { MENU_CHANNEL, type MenuCommand } from '../../shared/ipc/contract';

export interface MenuOptions {
  isPackaged: boolean;
  platform: NodeJS.Platform;
  send: (command: MenuCommand) => void;
}

/**
 * The menu only names commands; the renderer decides what they do (it owns the workshop
 * state), so main never needs to know what "New workshop" means.
 */
export function buildMenuTemplate({ isPackaged, platform, send }: MenuOptions): MenuItemConstructorOptions[] {
  const command = (id: MenuCommand) => () => send(id);
  const isMac = platform === 'darwin';
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  // Developer tools in a shipped build would hand anyone at the projector a console.
  if (!isPackaged) view.push({ type: 'separator' }, { role: 'toggleDevTools' });
  return [
    // macOS puts Quit and About in the app menu named after the app.
    ...(isMac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    {
      label: '&File',
      submenu: [
        { label: 'New workshop', accelerator: 'CmdOrCtrl+N', click: command('newWorkshop') },
        { label: 'Open workshop file…', accelerator: 'CmdOrCtrl+O', click: command('openWorkshop') },
        { label: 'Export SLA PDF…', accelerator: 'CmdOrCtrl+E', click: command('exportSla') },
        { label: 'Export workshop report…', accelerator: 'Shift+CmdOrCtrl+E', click: command('exportReport') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        // The workshop keeps its own undo history across steps (the renderer handles the keys);
        // the accelerators are shown but not registered, so one key press undoes exactly once.
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: command('undo') },
        { label: 'Redo', accelerator: 'Shift+CmdOrCtrl+Z', registerAccelerator: false, click: command('redo') },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    { label: '&View', submenu: view },
    { role: 'help', label: '&Help', submenu: [{ label: 'About Accord', click: command('about') }] },
  ];
}

interface CommandTarget {
  isDestroyed(): boolean;
  webContents: { send(channel: string, ...args: unknown[]): void };
}

/** Menu clicks go to the focused window, or the main one when focus is elsewhere (e.g. a dialog). */
export function sendToWindow(getFallback: () => CommandTarget | null): (command: MenuCommand) => void {
  return (command) => {
    const target: CommandTarget | null = BrowserWindow.getFocusedWindow() ?? getFallback();
    if (target && !target.isDestroyed()) target.webContents.send(MENU_CHANNEL, command);
  };
}

export function installApplicationMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}
