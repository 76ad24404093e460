import { EventEmitter } from 'node:events';
import type { App, Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { hardenAllWebContents, hardenSession, hardenWebContents } from './security';

/** A webContents stand-in that emits events the way Electron does. */
function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (h: typeof openHandler) => {
      openHandler = h;
    },
  });
  const navigate = (event: 'will-navigate' | 'will-redirect' | 'will-attach-webview', url: string) => {
    const e = { url, preventDefault: vi.fn() };
    emitter.emit(event, e, url);
    return e.preventDefault.mock.calls.length > 0 ? 'blocked' : 'allowed';
  };
  return { contents: contents as unknown as WebContents, navigate, open: (url: string) => openHandler?.({ url }) };
}

describe('webContents hardening', () => {
  it('blocks navigation and redirects away from the app, allows in-app ones', () => {
    const { contents, navigate } = fakeContents();
    hardenWebContents(contents);
    expect(navigate('will-navigate', 'https://evil.example/')).toBe('blocked');
    expect(navigate('will-navigate', 'file:///etc/passwd')).toBe('blocked');
    expect(navigate('will-navigate', 'app://accord.evil.example/index.html')).toBe('blocked');
    expect(navigate('will-redirect', 'http://127.0.0.1:8080/')).toBe('blocked');
    expect(navigate('will-navigate', 'app://accord/index.html')).toBe('allowed');
    expect(navigate('will-redirect', 'app://accord/index.html#/workshop/1')).toBe('allowed');
  });

  it('denies every window.open and webview', () => {
    const { contents, navigate, open } = fakeContents();
    hardenWebContents(contents);
    expect(open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(open('app://accord/index.html')).toEqual({ action: 'deny' });
    expect(navigate('will-attach-webview', 'app://accord/index.html')).toBe('blocked');
  });

  it('hardens webContents created later, not only the main window', () => {
    const app = new EventEmitter();
    hardenAllWebContents(app as unknown as App);
    const { contents, navigate } = fakeContents();
    app.emit('web-contents-created', {}, contents);
    expect(navigate('will-navigate', 'https://evil.example/')).toBe('blocked');
  });
});

describe('session hardening', () => {
  function hardened() {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn() },
    };
    hardenSession(session as unknown as Session);
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0];
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0];
    const beforeRequest = session.webRequest.onBeforeRequest.mock.calls[0]?.[0];
    return {
      requestPermission(permission: string) {
        const callback = vi.fn();
        request({}, permission, callback, {});
        return callback.mock.calls[0]?.[0];
      },
      checkPermission: (permission: string) => check({}, permission, 'app://accord', {}),
      isCancelled(url: string) {
        const callback = vi.fn();
        beforeRequest({ url }, callback);
        return callback.mock.calls[0]?.[0].cancel;
      },
    };
  }

  it('denies every permission request and check', () => {
    const s = hardened();
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'hid']) {
      expect(s.requestPermission(permission), permission).toBe(false);
      expect(s.checkPermission(permission), permission).toBe(false);
    }
  });

  it('cancels every request that leaves the app', () => {
    const s = hardened();
    for (const url of [
      'https://evil.example/x.js',
      'http://127.0.0.1/',
      'ws://localhost:1/',
      'wss://x/',
      'ftp://x/',
      'file:///etc/passwd',
      'app://other/index.html',
      'APP://other/index.html',
      'not a url',
    ]) {
      expect(s.isCancelled(url), url).toBe(true);
    }
    for (const url of [
      'app://accord/assets/app.js',
      'devtools://devtools/bundled/inspector.html',
      'data:font/woff2;base64,AAAA',
      'blob:app://accord/1234',
    ]) {
      expect(s.isCancelled(url), url).toBe(false);
    }
  });
});
