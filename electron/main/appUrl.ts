/**
 * The renderer lives at app://accord/: a standard, secure origin of its own, so the window
 * never runs from file:// (which would share an origin with every local file) and the
 * origin stays the same across installs, keeping IndexedDB data where it was.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'accord';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** True only for URLs inside our own origin; a prefix test would accept app://accord.evil/. */
export function isAppUrl(url: string): boolean {
  return url.startsWith(`${APP_ORIGIN}/`);
}
