import { describe, expect, it, vi } from 'vitest';
import type { DisplayLike } from '../main/presenterWindow';
import { createPresenterOpenHandler, type PresenterWindowLike } from './presenterOpen';
import { registerHandlers, type Handlers, type InvokeEventLike, type IpcMainLike } from './registerHandlers';
import { isTrustedSender } from './trustedSender';

vi.mock('electron', () => ({ BrowserWindow: class {} }));

const laptop: DisplayLike = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1040 },
};
const projector: DisplayLike = {
  id: 2,
  bounds: { x: 1920, y: 0, width: 1280, height: 720 },
  workArea: { x: 1920, y: 0, width: 1280, height: 720 },
};

function setup(displays: DisplayLike[], facilitatorOn: number | null = 1) {
  const windows: (PresenterWindowLike & { url: string; destroyed: boolean; focused: number })[] = [];
  const create = vi.fn((_placement, url: string) => {
    const w = {
      url,
      destroyed: false,
      focused: 0,
      isDestroyed: () => w.destroyed,
      loadURL: async (next: string) => void (w.url = next),
      focus: () => void w.focused++,
    };
    windows.push(w);
    return w;
  });
  const handler = createPresenterOpenHandler({
    getDisplays: () => displays,
    facilitatorDisplayId: () => facilitatorOn,
    primaryDisplayId: () => 1,
    create,
  });
  return { handler, create, windows };
}

describe('presenter:open', () => {
  it('opens full screen on the display the facilitator is not using, at the presenter route', async () => {
    const { handler, create, windows } = setup([laptop, projector]);
    await expect(handler({ workshopId: 'sample-northwind-analytics', step: 'sla' })).resolves.toEqual({
      display: 'secondary',
      reused: false,
    });
    expect(create.mock.calls[0]![0]).toEqual({ bounds: projector.bounds, fullscreen: true, display: 'secondary' });
    expect(windows[0]!.url).toBe('app://accord/index.html#/presenter/sample-northwind-analytics/sla');
  });

  it('uses the laptop screen when the facilitator dragged the app onto the projector', async () => {
    const { handler, create } = setup([laptop, projector], 2);
    await handler({ workshopId: 'w1', step: 'goals' });
    expect(create.mock.calls[0]![0]).toMatchObject({ bounds: laptop.bounds, display: 'secondary' });
  });

  it('opens a 1280×720 window centred on the only display when there is no second one', async () => {
    const { handler, create } = setup([laptop]);
    await expect(handler({ workshopId: 'w1', step: 'goals' })).resolves.toEqual({ display: 'primary', reused: false });
    expect(create.mock.calls[0]![0]).toEqual({
      bounds: { x: 320, y: 160, width: 1280, height: 720 },
      fullscreen: false,
      display: 'primary',
    });
  });

  it('reuses the open presenter window for the next request, and opens a new one once it was closed', async () => {
    const { handler, create, windows } = setup([laptop, projector]);
    await handler({ workshopId: 'w1', step: 'goals' });
    await expect(handler({ workshopId: 'w1', step: 'metrics' })).resolves.toEqual({ display: 'secondary', reused: true });
    expect(create).toHaveBeenCalledTimes(1);
    expect(windows[0]!.url).toMatch(/#\/presenter\/w1\/metrics$/);
    expect(windows[0]!.focused).toBe(1);
    windows[0]!.destroyed = true;
    await handler({ workshopId: 'w1', step: 'metrics' });
    expect(create).toHaveBeenCalledTimes(2);
  });
});

describe('presenter:open through the IPC guard', () => {
  const ours = { id: 1 };
  const trusted: InvokeEventLike = { sender: ours, senderFrame: { url: 'app://accord/index.html', parent: null } };

  function wire() {
    const listeners = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>>();
    const ipcMain: IpcMainLike = { handle: (c, l) => listeners.set(c, l), removeHandler: (c) => listeners.delete(c) };
    const { handler, create } = setup([laptop, projector]);
    registerHandlers(ipcMain, { 'presenter:open': handler } as unknown as Handlers, (e) => isTrustedSender(e, ours), { log: () => {} });
    return { invoke: (payload: unknown, event = trusted) => listeners.get('presenter:open')!(event, payload), create };
  }

  it.each([
    ['an unknown step', { workshopId: 'w1', step: 'step11' }, 'step'],
    ['a workshop id that would change the URL', { workshopId: 'w1/../../etc', step: 'sla' }, 'workshopId'],
    ['a workshop id with a hash', { workshopId: 'w1#/home', step: 'sla' }, 'workshopId'],
    ['a missing workshop id', { step: 'sla' }, 'workshopId'],
    ['an extra field', { workshopId: 'w1', step: 'sla', url: 'https://evil.example/' }, 'url'],
    ['no payload', undefined, 'request'],
  ])('refuses %s, naming the field, without opening a window', async (_what, payload, field) => {
    const { invoke, create } = wire();
    const error = (await invoke(payload).catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/^presenter:open refused: invalid request: /);
    expect(error.message).toContain(field);
    expect(create).not.toHaveBeenCalled();
  });

  it.each([
    ['a foreign page', { sender: ours, senderFrame: { url: 'https://evil.example/', parent: null } }],
    [
      'the presenter window itself (another webContents)',
      { sender: { id: 2 }, senderFrame: { url: 'app://accord/index.html', parent: null } },
    ],
    ['a subframe of our page', { sender: ours, senderFrame: { url: 'app://accord/index.html', parent: {} } }],
  ])('refuses %s without opening a window', async (_what, event) => {
    const { invoke, create } = wire();
    await expect(invoke({ workshopId: 'w1', step: 'sla' }, event)).rejects.toThrow('presenter:open refused: untrusted sender');
    expect(create).not.toHaveBeenCalled();
  });

  it('opens for our own page with a valid request', async () => {
    const { invoke, create } = wire();
    await expect(invoke({ workshopId: 'w1', step: 'sla' })).resolves.toEqual({ display: 'secondary', reused: false });
    expect(create).toHaveBeenCalledTimes(1);
  });
});
