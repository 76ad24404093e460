import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

/**
 * A CouchDB-compatible team server for tests: pouchdb-server in memory on 127.0.0.1, behind a
 * small front that does what a real deployment's CouchDB does for Accord (CORS for the app's
 * origin, Basic authentication of one user) and can misbehave on demand: be down, refuse the
 * password, fail with 500, or answer garbage.
 */
export type ServerMode = 'ok' | 'down' | 'unauthorised' | 'error' | 'garbage';

export interface TeamServer {
  /** What the settings' "Server URL" holds. */
  url: string;
  database: string;
  user: string;
  password: string;
  setMode(mode: ServerMode): void;
  /** Writes a document straight into the database (as anyone with write access could). */
  put(doc: Record<string, unknown>): Promise<unknown>;
  get(path: string): Promise<{ status: number; body: unknown }>;
  close(): Promise<void>;
}

const freePort = () =>
  new Promise<number>((done, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => done(port));
    });
  });

async function waitFor(url: string, ms = 30_000) {
  const until = Date.now() + ms;
  for (;;) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      /* not up yet */
    }
    if (Date.now() > until) throw new Error(`pouchdb-server did not start at ${url}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function startTeamServer(
  opts: { database?: string; user?: string; password?: string; origins?: string[] } = {},
): Promise<TeamServer> {
  const database = opts.database ?? 'accord-team';
  const user = opts.user ?? 'ana';
  const password = opts.password ?? 'correct horse';
  const dir = mkdtempSync(join(tmpdir(), 'accord-couch-'));
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ log: { file: join(dir, 'log.txt') } }));
  const backPort = await freePort();
  const bin = resolve('node_modules/pouchdb-server/bin/pouchdb-server');
  const child: ChildProcess = spawn(
    process.execPath,
    [bin, '--in-memory', '--port', String(backPort), '--host', '127.0.0.1', '--config', join(dir, 'config.json'), '--no-stdout-logs'],
    {
      cwd: dir,
      stdio: 'ignore',
    },
  );
  const back = `http://127.0.0.1:${backPort}`;
  await waitFor(`${back}/`);
  await fetch(`${back}/${database}`, { method: 'PUT' });

  let mode: ServerMode = 'ok';
  const expected = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  const cors = (req: IncomingMessage, res: ServerResponse) => {
    const origin = req.headers.origin;
    if (origin && (!opts.origins || opts.origins.includes(origin))) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      res.setHeader('Access-Control-Allow-Methods', 'GET, PUT, POST, HEAD, DELETE');
      res.setHeader('Access-Control-Allow-Headers', 'accept, authorization, content-type, origin, referer');
    }
  };
  const front: Server = createServer((req, res) => {
    if (mode === 'down') return void req.socket.destroy();
    cors(req, res);
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    if (mode === 'garbage') return void res.writeHead(200, { 'Content-Type': 'application/json' }).end('<html>not a database');
    if (mode === 'error') return void res.writeHead(500, { 'Content-Type': 'application/json' }).end('{"error":"internal"}');
    if (mode === 'unauthorised' || req.headers.authorization !== expected)
      return void res
        .writeHead(401, { 'Content-Type': 'application/json' })
        .end('{"error":"unauthorized","reason":"Name or password is incorrect."}');
    const headers = { ...req.headers, host: `127.0.0.1:${backPort}` };
    delete headers.authorization;
    const upstream = request({ host: '127.0.0.1', port: backPort, path: req.url, method: req.method, headers }, (up) => {
      const h = { ...up.headers };
      for (const k of Object.keys(h)) if (k.startsWith('access-control-')) delete h[k];
      res.writeHead(up.statusCode ?? 502, h);
      up.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise<void>((r) => front.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(front.address() as AddressInfo).port}`;

  return {
    url,
    database,
    user,
    password,
    setMode: (m) => void (mode = m),
    async put(doc) {
      const r = await fetch(`${back}/${database}/${encodeURIComponent(String(doc._id))}`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(doc),
      });
      return r.json();
    },
    async get(path) {
      const r = await fetch(`${back}/${database}${path}`);
      return { status: r.status, body: await r.json().catch(() => null) };
    },
    async close() {
      front.closeAllConnections();
      await new Promise<void>((r) => front.close(() => r()));
      child.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
