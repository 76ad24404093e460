import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { mimeTypeOf } from '../main/mime';
import { WHOAMI_PATH, whoamiAnswer } from './whoami';

/**
 * Browser mode and the end-to-end tests serve the built renderer with this: static files
 * only, bound to 127.0.0.1, GET/HEAD only, answering only to its own host and port, no
 * directory listing, no path escaping the root, and the same CSP the desktop window gets.
 */

export interface StaticServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** The launcher secret: only the launcher's own server can prove who it is (whoami.ts). */
  secret?: Uint8Array;
}

/**
 * The names this server answers to. A web page can point any name at 127.0.0.1 (DNS
 * rebinding) and then read our pages as its own origin; checking Host stops that. Browsers
 * leave out ":80" on port 80, so only there the bare name is the same address.
 */
export function allowedHosts(port: number): string[] {
  const names = ['127.0.0.1', 'localhost'];
  return names.flatMap((name) => (port === 80 ? [name, `${name}:80`] : [`${name}:${port}`]));
}

export const isAllowedHost = (host: string | undefined, port: number): boolean =>
  host !== undefined && allowedHosts(port).includes(host.toLowerCase());

export async function startStaticServer(rootDir: string, port = 0, options: StaticServerOptions = {}): Promise<StaticServer> {
  const root = resolve(rootDir);
  // Node's own check would turn away only a missing Host, with a bare 400; ours covers every case and says why.
  const serve = async (req: IncomingMessage, res: ServerResponse) => {
    const send = (status: number, body: string, type = 'text/plain; charset=utf-8') => {
      res.writeHead(status, { 'content-type': type, 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' });
      res.end(body);
    };
    // The port the request really arrived on: with port 0 it is only known after listen.
    const boundPort = req.socket.localPort ?? port;
    if (!isAllowedHost(req.headers.host, boundPort)) {
      return send(421, `Misdirected request: this server answers only to ${allowedHosts(boundPort).join(' and ')}`);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method not allowed');
    let url: URL;
    let pathname: string;
    try {
      url = new URL(req.url ?? '/', 'http://127.0.0.1');
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return send(400, 'Bad request');
    }
    if (pathname === WHOAMI_PATH) {
      const answer = whoamiAnswer(options.secret, boundPort, url.searchParams.get('nonce'));
      return send(answer.status, answer.body, answer.contentType);
    }
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = normalize(join(root, pathname));
    if (file !== root && !file.startsWith(root + sep)) return send(403, 'Forbidden');
    try {
      const info = await stat(file);
      if (!info.isFile()) return send(404, 'Not found');
      res.writeHead(200, {
        // The desktop app's table (app:// protocol), so both modes serve every file alike.
        'content-type': mimeTypeOf(file),
        'content-length': info.size,
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      });
      if (req.method === 'HEAD') return res.end();
      createReadStream(file).pipe(res);
    } catch {
      send(404, 'Not found');
    }
  };
  // Node ignores what a request handler returns: an unexpected failure answers 500 rather than
  // becoming an unhandled rejection that ends the launcher.
  const server: Server = createServer({ requireHostHeader: false }, (req, res) => {
    serve(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok());
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}/`,
    port: bound,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
