import { serverOrigin } from '../../shared/sync/server';
import { configuredServer } from './settings';

/**
 * Narrows the page's connect-src to the one configured team server, before any other script
 * runs. The CSP the app is served with (shared/security/csp.ts) lets connections go only to the
 * app itself and to secure or local servers; a policy added here is enforced together with it,
 * so the page may connect to the app and the configured server, and nowhere else. With no
 * server configured the page may connect to nothing but itself. Changing the server in Settings
 * reloads the page so that the new policy takes effect.
 */
export function syncConnectPolicy(): string {
  const server = configuredServer();
  const origin = server ? serverOrigin(server.url) : null;
  return `connect-src 'self' data: blob:${origin ? ` ${origin}` : ''}`;
}

export function installSyncCsp(doc: Document = document): void {
  const meta = doc.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = syncConnectPolicy();
  doc.head.prepend(meta);
}
