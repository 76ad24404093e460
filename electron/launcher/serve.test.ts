import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { launcherServeDeps, serveRenderer, type Served } from './serve';
import { startStaticServer } from './staticServer';
import { whoamiProof, WHOAMI_PATH } from './whoami';

let root: string;
const secret = randomBytes(32);
const ours = launcherServeDeps(secret);
const cleanups: Array<() => Promise<void> | void> = [];
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'accord-serve-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Accord</title>');
});
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  rmSync(root, { recursive: true, force: true });
});

/** Something other than this user's launcher holding a port. */
async function squatter(handler: RequestListener): Promise<number> {
  const server = createServer(handler);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  cleanups.push(() => new Promise<void>((ok) => (server.closeAllConnections(), server.close(() => ok()))));
  return (server.address() as AddressInfo).port;
}

/** A squatter that looks like Accord from the outside: our CSP on every answer. */
const copiesCsp =
  (whoami: (req: IncomingMessage, res: ServerResponse) => void): RequestListener =>
  (req, res) => {
    res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
    if (req.url?.startsWith(WHOAMI_PATH)) return whoami(req, res);
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end('<!doctype html><title>Accord</title>');
  };

const json = (body: unknown) => (_req: IncomingMessage, res: ServerResponse) => {
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(body));
};

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((ok) => server.close(() => ok()));
  return port;
}

async function serve(port: number, deps = ours): Promise<Served> {
  const served = await serveRenderer(root, port, deps);
  cleanups.push(() => served.server?.close());
  return served;
}

async function expectFallback(port: number): Promise<void> {
  const served = await serve(port);
  expect(served.kind).toBe('fallback');
  expect(served.url).not.toBe(`http://127.0.0.1:${port}/`);
  expect((await fetch(served.url)).status).toBe(200);
}

describe('serving the renderer', () => {
  it('uses the fixed port when it is free', async () => {
    const port = await freePort();
    const served = await serve(port);
    expect(served).toMatchObject({ kind: 'fixed', url: `http://127.0.0.1:${port}/` });
    expect(await (await fetch(served.url)).text()).toContain('Accord');
  });

  it("joins this user's other launcher on the fixed port, but not another user's", async () => {
    const first = await serve(0);
    const port = Number(new URL(first.url).port);
    expect(await serve(port)).toEqual({ kind: 'shared', url: `http://127.0.0.1:${port}/`, server: null });
    // A genuine Accord launcher with a different secret is someone else's: its origin is not ours to use.
    expect((await serve(port, launcherServeDeps(randomBytes(32)))).kind).toBe('fallback');
  });

  it('falls back to a random port when a foreign program holds the fixed one', async () => {
    await expectFallback(await squatter((_req, res) => res.end('not accord')));
  });

  it('does not trust a squatter that copies our CSP header', async () => {
    await expectFallback(await squatter(copiesCsp((_req, res) => res.end('<!doctype html><title>Accord</title>'))));
  });

  it.each([
    ['not JSON', (_req: IncomingMessage, res: ServerResponse) => res.end('yes, it is me')],
    ['no proof', json({ ok: true })],
    ['a proof that is not hex', json({ proof: 'z'.repeat(64) })],
    ['a proof of the wrong length', json({ proof: 'ab' })],
    ['a proof that is not a string', json({ proof: 42 })],
  ])('does not trust a squatter that answers whoami with %s', async (_what, whoami) => {
    await expectFallback(await squatter(copiesCsp(whoami)));
  });

  it('does not trust a squatter that proves a different secret', async () => {
    const other = randomBytes(32);
    const port = await squatter(
      copiesCsp((req, res) => {
        const nonce = new URL(req.url ?? '/', 'http://x').searchParams.get('nonce') ?? '';
        json({ proof: whoamiProof(other, port, nonce) })(req, res);
      }),
    );
    await expectFallback(port);
  });

  it("does not trust a squatter that relays the question to this user's launcher on another port", async () => {
    const genuine = await startStaticServer(root, 0, { secret });
    cleanups.push(() => genuine.close());
    let relayed = 0;
    const port = await squatter(
      copiesCsp((req, res) => {
        const upstream = request({ host: '127.0.0.1', port: genuine.port, path: req.url }, (answer) => {
          if (answer.statusCode === 200) relayed++;
          answer.pipe(res);
        });
        upstream.end();
      }),
    );
    await expectFallback(port);
    // The genuine launcher did answer; its proof just names its own port, not the fixed one.
    expect(relayed).toBe(1);
  });

  it('does not mistake a missing folder or another error for a busy port', async () => {
    await expect(
      serveRenderer(root, 1234, { start: async () => Promise.reject(new Error('EACCES')), isOwnLauncherAt: async () => true }),
    ).rejects.toThrow('EACCES');
  });
});
