import { readFile, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { protocol, type Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { APP_HOST, APP_SCHEME } from './appUrl';
import { mimeTypeOf } from './mime';

/**
 * Must run before `app` is ready. `standard` + `secure` give app:// a real origin (so
 * IndexedDB, workers and relative URLs behave as on https); `corsEnabled` stays off on
 * purpose, because it would let any other origin read our files.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ]);
}

/** The slice of a fetch Request the handler reads, so tests can pass plain objects. */
export interface AppRequest {
  url: string;
  method: string;
}

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-cache',
};

function plain(status: number, body: string): Response {
  return new Response(body, { status, headers: { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' } });
}

/**
 * Maps app://accord/<path> to a file under `rootDir`, or null. Decoding happens before the
 * containment check because `..%2f` survives URL parsing and only becomes `../` here.
 */
export function resolveAppPath(rootDir: string, url: string): string | null {
  let parsed: URL;
  let pathname: string;
  try {
    parsed = new URL(url);
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  if (pathname.includes('\0')) return null;
  if (pathname === '' || pathname.endsWith('/')) pathname += 'index.html';
  const root = resolve(rootDir);
  const file = resolve(join(root, pathname));
  return file.startsWith(root + sep) ? file : null;
}

/** Serves the built renderer; never throws, so a bad URL cannot take main down. */
export function createAppProtocolHandler(rootDir: string): (request: AppRequest) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const file = resolveAppPath(rootDir, request.url);
    if (!file) return plain(404, 'Not found');
    try {
      const info = await stat(file);
      if (!info.isFile()) return plain(404, 'Not found');
      const headers = { ...SECURITY_HEADERS, 'content-type': mimeTypeOf(file), 'content-length': String(info.size) };
      if (request.method === 'HEAD') return new Response(null, { status: 200, headers });
      return new Response(new Uint8Array(await readFile(file)), { status: 200, headers });
    } catch {
      return plain(404, 'Not found');
    }
  };
}

/** Call after `app` is ready, on the session that hosts the window. */
export function handleAppProtocol(rootDir: string, target: Pick<Protocol, 'handle'> = protocol): void {
  target.handle(APP_SCHEME, createAppProtocolHandler(rootDir));
}
