import { startStaticServer, type StaticServer } from './staticServer';
import { isOwnLauncherAt } from './whoami';

/**
 * IndexedDB belongs to an origin, and in browser mode the origin includes the port. A fixed
 * port is what lets workshops saved today be there tomorrow; a random one is a last resort.
 */
export const DEFAULT_PORT = 47615;

export type Served =
  /** We serve on the fixed port: data persists across runs. */
  | { kind: 'fixed'; url: string; server: StaticServer }
  /** This user's own Accord launcher already serves the fixed port: use its origin, serve nothing. */
  | { kind: 'shared'; url: string; server: null }
  /** The fixed port belongs to something else: data saved now is tied to this one-off origin. */
  | { kind: 'fallback'; url: string; server: StaticServer };

export interface ServeDeps {
  start(rootDir: string, port: number): Promise<StaticServer>;
  /** Only a proof of this user's launcher secret counts: headers are easy to copy. */
  isOwnLauncherAt(url: string): Promise<boolean>;
}

/** The real thing: our server knows the secret, and a server on the fixed port must prove it does too. */
export const launcherServeDeps = (secret: Uint8Array): ServeDeps => ({
  start: (rootDir, port) => startStaticServer(rootDir, port, { secret }),
  isOwnLauncherAt: (url) => isOwnLauncherAt(url, secret),
});

const isAddressInUse = (error: unknown) => typeof error === 'object' && error !== null && 'code' in error && error.code === 'EADDRINUSE';

export async function serveRenderer(rootDir: string, port: number, deps: ServeDeps): Promise<Served> {
  try {
    const server = await deps.start(rootDir, port);
    return { kind: 'fixed', url: server.url, server };
  } catch (error) {
    if (!isAddressInUse(error)) throw error;
  }
  const fixedUrl = `http://127.0.0.1:${port}/`;
  // Opening the user's profile on a squatter's origin would hand it every workshop.
  if (await deps.isOwnLauncherAt(fixedUrl)) return { kind: 'shared', url: fixedUrl, server: null };
  const server = await deps.start(rootDir, 0);
  return { kind: 'fallback', url: server.url, server };
}
