import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MENU_CHANNEL, type MenuCommand } from '../../shared/ipc/contract';

const electron = vi.hoisted(() => ({
  focused: null as null | { isDestroyed(): boolean; webContents: { send: (channel: string, ...args: unknown[]) => void } },
  BrowserWindow: { getFocusedWindow: () => electron.focused },
  Menu: { buildFromTemplate: vi.fn((t: unknown) => t), setApplicationMenu: vi.fn() },
}));
vi.mock('electron', () => electron);

const { buildMenuTemplate, installApplicationMenu, sendToWindow } = await import('./menu');

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}
const find = (template: MenuItemConstructorOptions[], label: string) => items(template).find((i) => i.label === label);
const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as (() => void) | undefined)?.();
const topLabels = (template: MenuItemConstructorOptions[]) => template.map((i) => i.label ?? i.role);

describe('application menu', () => {
  const build = (isPackaged: boolean, platform: NodeJS.Platform = 'linux') => {
    const sent: MenuCommand[] = [];
    return { template: buildMenuTemplate({ isPackaged, platform, send: (c) => sent.push(c) }), sent };
  };

  it('has File, Edit, View and Help', () => {
    expect(topLabels(build(true).template)).toEqual(['&File', '&Edit', '&View', '&Help']);
  });

  it.each([
    ['New workshop', 'CmdOrCtrl+N', 'newWorkshop'],
    ['Open workshop file…', 'CmdOrCtrl+O', 'openWorkshop'],
    ['Export SLA PDF…', 'CmdOrCtrl+E', 'exportSla'],
    ['Export workshop report…', 'Shift+CmdOrCtrl+E', 'exportReport'],
    ['Undo', 'CmdOrCtrl+Z', 'undo'],
    ['Redo', 'Shift+CmdOrCtrl+Z', 'redo'],
    ['About Accord', undefined, 'about'],
  ] as const)('%s sends %s → %s', (label, accelerator, command) => {
    const { template, sent } = build(true);
    const item = find(template, label);
    expect(item?.accelerator).toBe(accelerator);
    click(item);
    expect(sent).toEqual([command]);
  });

  it('leaves Ctrl+Z to the page, where the workshop-wide undo handles it', () => {
    const undo = find(build(true).template, 'Undo');
    expect(undo?.role).toBeUndefined();
    expect(undo?.registerAccelerator).toBe(false);
  });

  it('uses standard roles for editing, zoom, full screen and quit', () => {
    const roles = items(build(true).template)
      .map((i) => i.role)
      .filter(Boolean);
    expect(roles).toEqual(
      expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen', 'quit']),
    );
  });

  it('offers developer tools only in an unpackaged build', () => {
    const roles = (packaged: boolean) => items(build(packaged).template).map((i) => i.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(false)).toContain('toggleDevTools');
  });

  it('follows macOS conventions with an app menu', () => {
    expect(build(true, 'darwin').template[0]?.role).toBe('appMenu');
  });
});

describe('delivering menu commands', () => {
  const fakeWindow = () => ({ isDestroyed: () => false, webContents: { send: vi.fn() } });

  it('sends the command on the menu channel to the focused window', () => {
    const focused = fakeWindow();
    const main = fakeWindow();
    electron.focused = focused;
    sendToWindow(() => main)('exportSla');
    expect(focused.webContents.send).toHaveBeenCalledWith(MENU_CHANNEL, 'exportSla');
    expect(main.webContents.send).not.toHaveBeenCalled();
  });

  it('falls back to the main window when nothing is focused, and to nothing when it is gone', () => {
    const main = fakeWindow();
    electron.focused = null;
    sendToWindow(() => main)('newWorkshop');
    expect(main.webContents.send).toHaveBeenCalledWith(MENU_CHANNEL, 'newWorkshop');
    expect(() => sendToWindow(() => null)('newWorkshop')).not.toThrow();
  });

  it('a click on the installed menu reaches the focused window', () => {
    const focused = fakeWindow();
    electron.focused = focused;
    installApplicationMenu({ isPackaged: true, platform: 'linux', send: sendToWindow(() => null) });
    const installed = electron.Menu.setApplicationMenu.mock.calls[0]?.[0] as MenuItemConstructorOptions[];
    click(find(installed, 'Open workshop file…'));
    expect(focused.webContents.send).toHaveBeenCalledWith(MENU_CHANNEL, 'openWorkshop');
  });
});
