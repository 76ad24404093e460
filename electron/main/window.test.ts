import type { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events');
  class FakeBrowserWindow {
    static instances: FakeBrowserWindow[] = [];
    readonly events = new EventEmitter();
    readonly webContents = Object.assign(new EventEmitter(), { setWindowOpenHandler: () => undefined });
    shown = false;
    maximized = false;
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
    maximize() {
      this.maximized = true;
    }
    loadURL(url: string) {
      this.loadedUrl = url;
      return Promise.resolve();
    }
  }
  return { BrowserWindow: FakeBrowserWindow };
});
vi.mock('electron', () => electron);

const { createMainWindow } = await import('./window');
const last = () => electron.BrowserWindow.instances.at(-1)!;

beforeEach(() => {
  electron.BrowserWindow.instances.length = 0;
});

describe('main window', () => {
  it('is created isolated, sandboxed and without Node, with our preload', () => {
    createMainWindow({ preloadPath: '/app/out/preload/index.cjs', state: { width: 1280, height: 800, maximized: false }, devTools: false });
    expect(last().options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      devTools: false,
    });
    expect(last().options).toMatchObject({ title: 'Accord', minWidth: 1024, minHeight: 640, show: false });
  });

  it('loads the app from app://accord/ and shows only once ready to paint', () => {
    createMainWindow({ devTools: true, preloadPath: 'p', state: { width: 1280, height: 800, maximized: true } });
    const win = last();
    expect(win.loadedUrl).toBe('app://accord/index.html');
    expect(win.shown).toBe(false);
    win.events.emit('ready-to-show');
    expect(win.shown).toBe(true);
    expect(win.maximized).toBe(true);
  });

  it('opens at the restored position, or lets Electron centre it when there is none', () => {
    createMainWindow({ devTools: true, preloadPath: 'p', state: { x: 40, y: 30, width: 1400, height: 900, maximized: false } });
    expect(last().options).toMatchObject({ x: 40, y: 30, width: 1400, height: 900 });
    createMainWindow({ devTools: true, preloadPath: 'p', state: { width: 1280, height: 800, maximized: false } });
    expect(last().options).not.toHaveProperty('x');
  });

  it('denies navigation away from the app on its own webContents', () => {
    createMainWindow({ devTools: true, preloadPath: 'p', state: { width: 1280, height: 800, maximized: false } });
    const preventDefault = vi.fn();
    (last().webContents as EventEmitter).emit('will-navigate', { url: 'https://evil.example/', preventDefault });
    expect(preventDefault).toHaveBeenCalled();
  });
});
