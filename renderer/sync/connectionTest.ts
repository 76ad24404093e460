import { connectionVerdict, databaseUrl, type ConnectionVerdict, type ServerSettings } from '../../shared/sync/server';

const basic = (user: string, password: string) => `Basic ${btoa(unescape(encodeURIComponent(`${user}:${password}`)))}`;

/**
 * "Test connection": one GET of the database. When the browser hides why it failed, a second
 * request that needs no CORS tells a server that is there but does not let the app in (CORS)
 * from one that cannot be reached (down, wrong address, or its certificate refused).
 */
export async function testConnection(server: ServerSettings, password: string, f: typeof fetch = fetch): Promise<ConnectionVerdict> {
  const url = databaseUrl(server);
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (server.user) headers.Authorization = basic(server.user, password);
  try {
    const res = await f(url, { headers, credentials: 'omit', cache: 'no-store' });
    const body: unknown = await res.json().catch(() => null);
    return connectionVerdict({ status: res.status, body });
  } catch {
    const reachableWithoutCors = await f(url, { mode: 'no-cors', credentials: 'omit', cache: 'no-store' }).then(
      () => true,
      () => false,
    );
    return connectionVerdict({ networkError: true, reachableWithoutCors });
  }
}
