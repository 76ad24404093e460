import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { startStaticServer, type StaticServer } from './staticServer';

/**
 * IndexedDB belongs to an origin, and in browser mode the origin includes the port. A fixed
 * port is what lets workshops saved today be there tomorrow; a random one is a last resort.
 */
export const DEFAULT_PORT = 47615;

export type Served =
  /** We serve on the fixed port: data persists across runs. */
  | { kind: 'fixed'; url: string; server: StaticServer }
  /** Another Accord launcher already serves the fixed port: use its origin, serve nothing. */
  | { kind: 'shared'; url: string; server: null }
  /** The fixed port belongs to something else: data saved now is tied to this one-off origin. */
  | { kind: 'fallback'; url: string; server: StaticServer };

export interface ServeDeps {
  start(rootDir: string, port: number): Promise<StaticServer>;
  isAccordAt(url: string): Promise<boolean>;
}

/** Our static server answers every file with our exact CSP: a cheap, specific fingerprint. */
export async function isAccordServerAt(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(1500) });
    return res.headers.get('content-security-policy') === CONTENT_SECURITY_POLICY;
  } catch {
    return false;
  }
}

const isAddressInUse = (error: unknown) =>
  typeof error === 'object' && error !== null && 'code' in error && error.code === 'EADDRINUSE';

export async function serveRenderer(
  rootDir: string,
  port: number = DEFAULT_PORT,
  deps: ServeDeps = { start: startStaticServer, isAccordAt: isAccordServerAt },
): Promise<Served> {
  try {
    const server = await deps.start(rootDir, port);
    return { kind: 'fixed', url: server.url, server };
  } catch (error) {
    if (!isAddressInUse(error)) throw error;
  }
  const fixedUrl = `http://127.0.0.1:${port}/`;
  if (await deps.isAccordAt(fixedUrl)) return { kind: 'shared', url: fixedUrl, server: null };
  const server = await deps.start(rootDir, 0);
  return { kind: 'fallback', url: server.url, server };
}
