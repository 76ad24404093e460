import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startStaticServer, type StaticServer } from '../launcher/staticServer';

vi.mock('electron', () => ({ protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() } }));
const { createAppProtocolHandler } = await import('./protocol');

/** One of each kind of file a renderer build can hold, and one it never emits. */
const FILES = [
  'index.html',
  'app.js',
  'chunk.mjs',
  'app.css',
  'data.json',
  'app.js.map',
  'logo.svg',
  'icon.png',
  'photo.jpg',
  'photo.jpeg',
  'photo.webp',
  'favicon.ico',
  'inter.ttf',
  'font.otf',
  'font.woff',
  'font.woff2',
  'zip.wasm',
  'LICENSE.txt',
  'notes.xyz',
];

let root: string;
let server: StaticServer;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'accord-mime-'));
  mkdirSync(join(root, 'assets'));
  for (const f of FILES) writeFileSync(join(root, 'assets', f), 'x');
  server = await startStaticServer(root);
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('the content type of each file', () => {
  it('is the same in browser mode (static server) and in the desktop app (app:// protocol)', async () => {
    const desktop = createAppProtocolHandler(root);
    for (const f of FILES) {
      const fromDesktop = (await desktop({ url: `app://accord/assets/${f}`, method: 'GET' })).headers.get('content-type');
      const fromBrowserMode = (await fetch(`${server.url}assets/${f}`)).headers.get('content-type');
      expect(fromBrowserMode, f).toBe(fromDesktop);
    }
    // Spot checks that the table is the right one, not merely shared.
    expect((await fetch(`${server.url}assets/photo.jpg`)).headers.get('content-type')).toBe('image/jpeg');
    expect((await fetch(`${server.url}assets/notes.xyz`)).headers.get('content-type')).toBe('application/octet-stream');
  });
});
