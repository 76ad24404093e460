import type { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events');
  class FakeBrowserWindow {
    static instances: FakeBrowserWindow[] = [];
    readonly events = new EventEmitter();
    readonly webContents = Object.assign(new EventEmitter(), {
      windowOpenHandler: null as null | (() => unknown),
      setWindowOpenHandler(h: () => unknown) {
        this.windowOpenHandler = h;
      },
    });
    shown = false;
    loadedUrl: string | undefined;
    constructor(readonly options: Record<string, unknown>) {
      FakeBrowserWindow.instances.push(this);
    }
    once(event: string, listener: () => void) {
      this.events.once(event, listener);
      return this;
    }
    show() {
      this.shown = true;
    }
    maximize() {}
    loadURL(url: string) {
      this.loadedUrl = url;
      return Promise.resolve();
    }
  }
  return { BrowserWindow: FakeBrowserWindow };
});
vi.mock('electron', () => electron);

const { createPresenterWindow, presenterUrl } = await import('./presenterWindow');
const { createMainWindow } = await import('./window');
const last = () => electron.BrowserWindow.instances.at(-1)!;

beforeEach(() => {
  electron.BrowserWindow.instances.length = 0;
});

const placement = { bounds: { x: 1920, y: 0, width: 1280, height: 720 }, fullscreen: true, display: 'secondary' as const };

describe('presenter window', () => {
  it('has exactly the main window’s hardened webPreferences, minus the preload', () => {
    createMainWindow({ preloadPath: '/app/out/preload/index.cjs', state: { width: 1280, height: 800, maximized: false }, devTools: false });
    const { preload, ...main } = last().options.webPreferences as Record<string, unknown>;
    expect(preload).toBe('/app/out/preload/index.cjs');
    createPresenterWindow(placement, presenterUrl('w1', 'sla'), false);
    expect(last().options.webPreferences).toEqual(main);
    expect(last().options.webPreferences).not.toHaveProperty('preload');
  });

  it('opens full screen where it was placed, loads the presenter route, and shows once ready', () => {
    createPresenterWindow(placement, presenterUrl('w 1', 'sla'), true);
    const win = last();
    expect(win.options).toMatchObject({ x: 1920, y: 0, width: 1280, height: 720, fullscreen: true, show: false });
    expect(win.loadedUrl).toBe('app://accord/index.html#/presenter/w%201/sla');
    expect(win.shown).toBe(false);
    win.events.emit('ready-to-show');
    expect(win.shown).toBe(true);
  });

  it('denies navigation away from the app and every window.open from its page', () => {
    createPresenterWindow(placement, presenterUrl('w1', 'sla'), false);
    const preventDefault = vi.fn();
    (last().webContents as unknown as EventEmitter).emit('will-navigate', { url: 'https://evil.example/', preventDefault });
    expect(preventDefault).toHaveBeenCalled();
    expect(last().webContents.windowOpenHandler?.()).toEqual({ action: 'deny' });
  });
});
