import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';

const electron = vi.hoisted(() => ({ protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() } }));
vi.mock('electron', () => electron);

const { createAppProtocolHandler, registerAppScheme } = await import('./protocol');

let base: string;
let handler: ReturnType<typeof createAppProtocolHandler>;
const get = (url: string) => handler({ url, method: 'GET' });

beforeAll(() => {
  // A project-like layout: the renderer build, and a secret next to it that must stay out of reach.
  base = mkdtempSync(join(tmpdir(), 'accord-protocol-'));
  const root = join(base, 'out', 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Accord</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'inter.woff2'), new Uint8Array([1, 2, 3]));
  writeFileSync(join(base, 'out', 'package.json'), '{"secret":true}');
  writeFileSync(join(base, 'package.json'), '{"secret":true}');
  handler = createAppProtocolHandler(root);
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('app:// protocol', () => {
  it('registers app as a standard, secure, fetch-capable scheme without opening it to other origins', () => {
    registerAppScheme();
    const [schemes] = electron.protocol.registerSchemesAsPrivileged.mock.calls[0] ?? [];
    expect(schemes).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true, stream: true }) },
    ]);
    expect(schemes[0].privileges.corsEnabled).toBeFalsy();
  });

  it('serves index.html with the CSP header and the right MIME type', async () => {
    const res = await get('app://accord/index.html');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toContain('<title>Accord</title>');
  });

  it('serves the root as index.html and assets with their MIME types', async () => {
    expect(await (await get('app://accord/')).text()).toContain('Accord');
    expect((await get('app://accord/assets/app.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const font = await get('app://accord/assets/inter.woff2');
    expect(font.headers.get('content-type')).toBe('font/woff2');
    expect(new Uint8Array(await font.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
  });

  it.each([
    'app://accord/../package.json',
    'app://accord/..%2fpackage.json',
    'app://accord/..%2f..%2fpackage.json',
    'app://accord/%2e%2e%2f%2e%2e%2fpackage.json',
    'app://accord/assets/..%2f..%2f..%2fpackage.json',
    'app://accord/..%5c..%5cpackage.json',
  ])('refuses path traversal: %s', async (url) => {
    const res = await get(url);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('secret');
  });

  it('answers 404 for missing files, folders, other hosts and malformed escapes', async () => {
    for (const url of ['app://accord/missing.js', 'app://accord/assets', 'app://evil/index.html', 'app://accord/%E0%A4%A']) {
      const res = await get(url);
      expect(res.status, url).toBe(404);
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await handler({ url: 'app://accord/index.html', method: 'POST' })).status).toBe(405);
    const head = await handler({ url: 'app://accord/index.html', method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
