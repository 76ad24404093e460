import { afterEach, describe, expect, it } from 'vitest';
import { syncConnectPolicy } from './syncCsp';

const store = new Map<string, string>();
(globalThis as { localStorage?: unknown }).localStorage ??= {
  getItem: (k: string) => store.get(k) ?? null,
  setItem: (k: string, v: string) => void store.set(k, v),
  removeItem: (k: string) => void store.delete(k),
};
const configure = (v: object) =>
  localStorage.setItem('accord.teamWorkspace', JSON.stringify({ database: 'team', user: 'ana', name: '', shared: [], ...v }));

describe('the page connects only to the configured team server', () => {
  afterEach(() => localStorage.removeItem('accord.teamWorkspace'));

  it('allows nothing but the app itself with no server configured', () => {
    expect(syncConnectPolicy()).toBe("connect-src 'self' data: blob:");
  });
  it('adds exactly the configured server’s origin', () => {
    configure({ url: 'https://couch.example.com/some/path' });
    expect(syncConnectPolicy()).toBe("connect-src 'self' data: blob: https://couch.example.com");
  });
  it('adds nothing for a server whose address is refused (plain http to another computer)', () => {
    configure({ url: 'http://couch.example.com' });
    expect(syncConnectPolicy()).toBe("connect-src 'self' data: blob:");
  });
});
