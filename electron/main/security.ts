import type { App, Session, WebContents, WebPreferences } from 'electron';
import { APP_HOST, isAppUrl } from './appUrl';

/**
 * The app makes no network request and shows no foreign page: everything it needs ships in
 * app://accord/. So every door out (navigation, pop-ups, webviews, permissions, requests) is
 * shut by default, and each rule is a plain predicate the tests can call.
 */

/**
 * The webPreferences of every window the app opens (the main window, the presenter view): the
 * page gets no Node, runs sandboxed and context-isolated, loads no insecure content and no
 * webview. Only the preload (the main window's, none for the presenter) and devTools (off in
 * packaged builds: a console at the projector is a way around every other guard) differ.
 */
export function secureWebPreferences({ preload, devTools }: { preload?: string; devTools: boolean }): WebPreferences {
  return {
    ...(preload === undefined ? {} : { preload }),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    devTools,
  };
}

/** devtools: serves the inspector; data: and blob: carry generated PDFs, fonts and workers. */
const ALLOWED_REQUEST_SCHEMES = new Set(['app:', 'devtools:', 'data:', 'blob:']);

export function isAllowedRequestUrl(url: string): boolean {
  try {
    const { protocol, host } = new URL(url);
    return ALLOWED_REQUEST_SCHEMES.has(protocol) && (protocol !== 'app:' || host === APP_HOST);
  } catch {
    return false;
  }
}

export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

interface NavigationEvent {
  url: string;
  preventDefault(): void;
}

function denyForeignNavigation(event: NavigationEvent): void {
  if (!isAllowedNavigation(event.url)) event.preventDefault();
}

/** Applied to every webContents, including ones we never meant to create. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', denyForeignNavigation);
  contents.on('will-redirect', denyForeignNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequestUrl(details.url) }));
}

export function hardenAllWebContents(app: Pick<App, 'on'>): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}
