import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAccordServerAt, serveRenderer } from './serve';

let root: string;
const cleanups: Array<() => Promise<void> | void> = [];
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'accord-serve-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Accord</title>');
});
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  rmSync(root, { recursive: true, force: true });
});

/** Something that is not Accord holding a port. */
async function foreignServer(): Promise<number> {
  const server: Server = createServer((_req, res) => res.end('not accord'));
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  cleanups.push(() => new Promise<void>((ok) => server.close(() => ok())));
  return (server.address() as AddressInfo).port;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((ok) => server.close(() => ok()));
  return port;
}

describe('serving the renderer', () => {
  it('uses the fixed port when it is free', async () => {
    const port = await freePort();
    const served = await serveRenderer(root, port);
    cleanups.push(() => served.server?.close());
    expect(served).toMatchObject({ kind: 'fixed', url: `http://127.0.0.1:${port}/` });
    expect(await (await fetch(served.url)).text()).toContain('Accord');
  });

  it('joins another Accord launcher already on the fixed port instead of moving origin', async () => {
    const first = await serveRenderer(root, 0);
    cleanups.push(() => first.server?.close());
    const port = Number(new URL(first.url).port);
    const second = await serveRenderer(root, port);
    expect(second).toEqual({ kind: 'shared', url: `http://127.0.0.1:${port}/`, server: null });
  });

  it('falls back to a random port when a foreign program holds the fixed one', async () => {
    const port = await foreignServer();
    expect(await isAccordServerAt(`http://127.0.0.1:${port}/`)).toBe(false);
    const served = await serveRenderer(root, port);
    cleanups.push(() => served.server?.close());
    expect(served.kind).toBe('fallback');
    expect(served.url).not.toBe(`http://127.0.0.1:${port}/`);
    expect((await fetch(served.url)).status).toBe(200);
  });

  it('does not mistake a missing folder or another error for a busy port', async () => {
    await expect(
      serveRenderer(root, 1234, { start: async () => Promise.reject(new Error('EACCES')), isAccordAt: async () => false }),
    ).rejects.toThrow('EACCES');
  });
});
