import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events');
  class FakeBrowserWindow {
    static instances: FakeBrowserWindow[] = [];
    readonly events = new EventEmitter();
    readonly webContents = Object.assign(new EventEmitter(), { setWindowOpenHandler: () => undefined });
    constructor(readonly options: Record<string, unknown>) {
      FakeBrowserWindow.instances.push(this);
    }
    once(event: string, listener: () => void) {
      this.events.once(event, listener);
      return this;
    }
    show() {}
    maximize() {}
    loadURL() {
      return Promise.resolve();
    }
  }
  return { BrowserWindow: FakeBrowserWindow };
});
vi.mock('electron', () => electron);

const { secureWebPreferences } = await import('./security');
const { createMainWindow } = await import('./window');
const { createPresenterWindow, presenterUrl } = await import('./presenterWindow');
const last = () => electron.BrowserWindow.instances.at(-1)!;

beforeEach(() => {
  electron.BrowserWindow.instances.length = 0;
});

describe('every window the app opens', () => {
  it('has the one set of hardened webPreferences: no Node, sandboxed, isolated', () => {
    for (const devTools of [false, true]) {
      createMainWindow({ preloadPath: '/app/out/preload/index.cjs', state: { width: 1280, height: 800, maximized: false }, devTools });
      expect(last().options.webPreferences).toEqual(secureWebPreferences({ preload: '/app/out/preload/index.cjs', devTools }));
      createPresenterWindow(
        { bounds: { x: 0, y: 0, width: 1280, height: 720 }, fullscreen: false, display: 'primary' },
        presenterUrl('w1', 'sla'),
        devTools,
      );
      expect(last().options.webPreferences).toEqual(secureWebPreferences({ devTools }));
    }
    expect(secureWebPreferences({ devTools: false })).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
  });

  it('is created with secureWebPreferences wherever main creates a BrowserWindow', () => {
    // A window added later (a print preview, an about box) must not bring its own settings.
    const dir = import.meta.dirname;
    const sources = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    const creating = sources.filter((f) => readFileSync(join(dir, f), 'utf8').includes('new BrowserWindow('));
    expect(creating.sort()).toEqual(['presenterWindow.ts', 'window.ts']);
    for (const f of creating) {
      const text = readFileSync(join(dir, f), 'utf8');
      expect(text.split('new BrowserWindow(').length - 1, f).toBe(text.split('webPreferences: secureWebPreferences(').length - 1);
    }
  });
});
