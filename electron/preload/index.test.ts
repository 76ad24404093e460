import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { DESKTOP_API_KEY, MENU_CHANNEL, type DesktopApi, type MenuCommand } from '../../shared/ipc/contract';

const electron = vi.hoisted(() => {
  const exposed = new Map<string, unknown>();
  return {
    exposed,
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
    ipcRenderer: {
      invoke: vi.fn(async (channel: string, request: unknown) => ({ channel, request })),
      on: vi.fn(),
      removeListener: vi.fn(),
    },
  };
});
vi.mock('electron', () => electron);

// The renderer side of the menu channel: a real emitter, wired through the mocked ipcRenderer.
const channel = new EventEmitter();
electron.ipcRenderer.on.mockImplementation((name: string, listener: (...args: unknown[]) => void) => channel.on(name, listener));
electron.ipcRenderer.removeListener.mockImplementation((name: string, listener: (...args: unknown[]) => void) =>
  channel.off(name, listener),
);

await import('./index');
const api = electron.exposed.get(DESKTOP_API_KEY) as DesktopApi;

describe('preload', () => {
  it('exposes exactly the contract under one key, and never ipcRenderer', () => {
    expect([...electron.exposed.keys()]).toEqual([DESKTOP_API_KEY]);
    expect(Object.keys(api).sort()).toEqual([
      'getAppInfo',
      'importOrganisationKey',
      'onMenuCommand',
      'openFile',
      'openPresenter',
      'removeOrganisationKey',
      'saveFile',
      'sealInfo',
      'sealPdf',
      'signAuditSeal',
      'takeOpenedFiles',
    ]);
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true);
    expect(Object.values(api)).not.toContain(electron.ipcRenderer);
  });

  it('invokes each contract channel with its request', async () => {
    const data = new Uint8Array([1]);
    await expect(api.getAppInfo()).resolves.toEqual({ channel: 'app:getInfo', request: {} });
    await expect(api.saveFile({ suggestedName: 'sla.pdf', kind: 'pdf', data })).resolves.toEqual({
      channel: 'file:save',
      request: { suggestedName: 'sla.pdf', kind: 'pdf', data },
    });
    await expect(api.openFile({ kind: 'workshop' })).resolves.toEqual({ channel: 'file:open', request: { kind: 'workshop' } });
    await expect(api.openPresenter({ workshopId: 'w-1', step: 'sla' })).resolves.toEqual({
      channel: 'presenter:open',
      request: { workshopId: 'w-1', step: 'sla' },
    });
    await expect(api.sealInfo()).resolves.toEqual({ channel: 'seal:info', request: {} });
    await expect(api.sealPdf({ pdf: data, reason: 'r' })).resolves.toEqual({
      channel: 'seal:sealPdf',
      request: { pdf: data, reason: 'r' },
    });
    const seal = { workshopId: 'w-1', from: 0, to: 1, head: 'a'.repeat(64), kind: 'recorded' as const, at: '2026-12-07T10:00:00.000Z' };
    await expect(api.signAuditSeal(seal)).resolves.toEqual({ channel: 'seal:signAuditSeal', request: seal });
    await expect(api.importOrganisationKey({ data, password: 'pw' })).resolves.toEqual({
      channel: 'seal:importOrganisation',
      request: { data, password: 'pw' },
    });
    await expect(api.removeOrganisationKey()).resolves.toEqual({ channel: 'seal:removeOrganisation', request: {} });
    await expect(api.takeOpenedFiles()).resolves.toEqual({ channel: 'file:takeOpened', request: {} });
  });

  it("passes main's error message on without Electron's wrapper", async () => {
    electron.ipcRenderer.invoke.mockRejectedValueOnce(
      new Error("Error invoking remote method 'file:save': Error: file:save refused: invalid request: kind: Invalid option"),
    );
    await expect(api.saveFile({ suggestedName: 'x', kind: 'pdf', data: new Uint8Array() })).rejects.toThrow(
      /^file:save refused: invalid request: kind: Invalid option$/,
    );
  });

  it('delivers valid menu commands, drops unknown ones, and unsubscribes', () => {
    const received: MenuCommand[] = [];
    const unsubscribe = api.onMenuCommand((command) => received.push(command));
    channel.emit(MENU_CHANNEL, {}, 'exportSla');
    channel.emit(MENU_CHANNEL, {}, 'rm -rf');
    channel.emit(MENU_CHANNEL, {}, { command: 'about' });
    expect(received).toEqual(['exportSla']);
    unsubscribe();
    channel.emit(MENU_CHANNEL, {}, 'about');
    expect(received).toEqual(['exportSla']);
    expect(channel.listenerCount(MENU_CHANNEL)).toBe(0);
  });

  it('keeps two subscribers independent', () => {
    const a = vi.fn();
    const b = vi.fn();
    const offA = api.onMenuCommand(a);
    const offB = api.onMenuCommand(b);
    offA();
    channel.emit(MENU_CHANNEL, {}, 'newWorkshop');
    expect(a).not.toHaveBeenCalled();
    expect(b).toHaveBeenCalledWith('newWorkshop');
    offB();
  });
});
