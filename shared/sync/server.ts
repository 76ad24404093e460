/**
 * The team server as the settings hold it, and what "Test connection" found, as codes the UI
 * words in its language (with what to do about each).
 */
export interface ServerSettings {
  url: string;
  database: string;
  user: string;
}

export type ServerUrlProblem = 'empty' | 'notAUrl' | 'httpsRequired' | 'hasCredentials' | 'badDatabase';

/** shared/ has no DOM or Node: a small parse of the only URLs a server may have. */
const URL_SHAPE = /^(https?):\/\/(?:([^@/?#]*)@)?(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?(\/[^?#]*)?$/i;
interface ParsedUrl {
  protocol: 'http' | 'https';
  credentials: boolean;
  hostname: string;
  origin: string;
}
function parseUrl(url: string): ParsedUrl | null {
  const m = URL_SHAPE.exec(url.trim());
  if (!m) return null;
  const protocol = m[1]!.toLowerCase() as ParsedUrl['protocol'];
  const hostname = m[3]!.toLowerCase();
  const port = m[4] && Number(m[4]) !== (protocol === 'https' ? 443 : 80) ? `:${Number(m[4])}` : '';
  if (m[4] && Number(m[4]) > 65535) return null;
  return { protocol, credentials: m[2] !== undefined, hostname, origin: `${protocol}://${hostname}${port}` };
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** CouchDB's own rule for database names. */
export const DATABASE_NAME = /^[a-z][a-z0-9_$()+/-]{0,237}$/;

/**
 * Plain http would send the password and the workshops readable by anyone on the network, so
 * it is allowed only to this computer (a server for testing, or a tunnel). Credentials never go
 * in the URL: they are stored apart, protected where the system allows.
 */
export function serverUrlProblem(url: string, database: string): ServerUrlProblem | null {
  if (!url.trim()) return 'empty';
  const u = parseUrl(url);
  if (!u) return 'notAUrl';
  if (u.credentials) return 'hasCredentials';
  if (u.protocol === 'http' && !LOCAL_HOSTS.has(u.hostname)) return 'httpsRequired';
  if (!DATABASE_NAME.test(database)) return 'badDatabase';
  return null;
}

/** The origin the CSP's connect-src allows: scheme, host and port, nothing else. */
export function serverOrigin(url: string): string | null {
  return parseUrl(url)?.origin ?? null;
}

/** The database's address, with the name encoded as CouchDB expects (a `/` in a name is %2F). */
export const databaseUrl = (s: Pick<ServerSettings, 'url' | 'database'>): string =>
  `${s.url.trim().replace(/\/+$/, '')}/${encodeURIComponent(s.database)}`;

export type ConnectionVerdict =
  'ok' | 'unreachable' | 'tls' | 'wrongCredentials' | 'forbidden' | 'databaseMissing' | 'cors' | 'serverError' | 'notCouch';

/**
 * What one probe of the database found. A browser hides why a request failed: a refused
 * connection, a bad certificate and a missing CORS header all surface as the same TypeError.
 * `reachableWithoutCors` tells them apart: whether a request that needs no CORS (mode
 * 'no-cors') got through, which means the server is there and only its CORS settings keep the
 * app out. `tlsFailed` is what the desktop shell can tell about a certificate.
 */
export interface Probe {
  status?: number;
  body?: unknown;
  networkError?: boolean;
  reachableWithoutCors?: boolean;
  tlsFailed?: boolean;
}

export function connectionVerdict(p: Probe): ConnectionVerdict {
  if (p.networkError) {
    if (p.tlsFailed) return 'tls';
    return p.reachableWithoutCors ? 'cors' : 'unreachable';
  }
  const status = p.status ?? 0;
  if (status === 401) return 'wrongCredentials';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'databaseMissing';
  if (status >= 500) return 'serverError';
  const body = p.body as { db_name?: unknown } | null | undefined;
  if (status >= 200 && status < 300 && typeof body?.db_name === 'string') return 'ok';
  return 'notCouch';
}
