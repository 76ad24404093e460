import { accessSync, constants, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { posix, win32 } from 'node:path';

/**
 * Browser mode: when Electron is missing, the same renderer runs in an installed
 * Chromium-family browser as an app window with its own profile. Everything here is a pure
 * decision (which folder, which browser, which flags) so it can be tested per platform.
 */
export interface HostInfo {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  home: string;
}

export const currentHost = (): HostInfo => ({ platform: process.platform, env: process.env, home: homedir() });

const pathFor = (platform: NodeJS.Platform) => (platform === 'win32' ? win32 : posix);

/** Windows environment names are case-insensitive (Path vs PATH); a plain object is not. */
function envVar(host: HostInfo, name: string): string | undefined {
  if (host.platform !== 'win32') return host.env[name] || undefined;
  const key = Object.keys(host.env).find((k) => k.toUpperCase() === name.toUpperCase());
  return (key && host.env[key]) || undefined;
}

/** The same folder Electron's app.getPath('userData') gives for productName "Accord". */
export function accordUserDataDir(host: HostInfo): string {
  const path = pathFor(host.platform);
  if (host.platform === 'darwin') return path.join(host.home, 'Library', 'Application Support', 'Accord');
  if (host.platform === 'win32') return path.join(envVar(host, 'APPDATA') ?? path.join(host.home, 'AppData', 'Roaming'), 'Accord');
  return path.join(envVar(host, 'XDG_CONFIG_HOME') ?? path.join(host.home, '.config'), 'Accord');
}

/** Stable across runs: IndexedDB (the workshops) lives in this profile. */
export function browserProfileDir(host: HostInfo): string {
  return pathFor(host.platform).join(accordUserDataDir(host), 'browser-profile');
}

/** Only this user can read it (see launcherSecret.ts): it proves a server is their own launcher. */
export function launcherSecretFile(host: HostInfo): string {
  return pathFor(host.platform).join(accordUserDataDir(host), 'launcher-secret');
}

export const BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge'];

function installedPaths(host: HostInfo): string[] {
  const path = pathFor(host.platform);
  if (host.platform === 'darwin') {
    const apps = [
      'Google Chrome.app/Contents/MacOS/Google Chrome',
      'Chromium.app/Contents/MacOS/Chromium',
      'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
    return ['/Applications', path.join(host.home, 'Applications')].flatMap((dir) => apps.map((app) => path.join(dir, app)));
  }
  if (host.platform === 'win32') {
    const roots = [envVar(host, 'PROGRAMFILES'), envVar(host, 'PROGRAMFILES(X86)'), envVar(host, 'LOCALAPPDATA')].filter(
      (root): root is string => root !== undefined,
    );
    const apps = [
      'Google\\Chrome\\Application\\chrome.exe',
      'Microsoft\\Edge\\Application\\msedge.exe',
      'Chromium\\Application\\chrome.exe',
    ];
    return apps.flatMap((app) => roots.map((root) => path.join(root, app)));
  }
  return [];
}

/** Every place to look, best first: the override, then PATH, then standard install folders. */
export function browserCandidates(host: HostInfo): string[] {
  const path = pathFor(host.platform);
  const dirs = (envVar(host, 'PATH') ?? '').split(path.delimiter).filter(Boolean);
  const suffix = host.platform === 'win32' ? '.exe' : '';
  const onPath = (name: string) => dirs.map((dir) => path.join(dir, name + suffix));
  const override = envVar(host, 'ACCORD_BROWSER');
  const fromOverride = override ? (path.isAbsolute(override) ? [override] : onPath(override)) : [];
  return [...fromOverride, ...BROWSER_NAMES.flatMap(onPath), ...installedPaths(host)];
}

export function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export function findBrowser(host: HostInfo, isExecutable: (path: string) => boolean = isExecutableFile): string | null {
  return browserCandidates(host).find(isExecutable) ?? null;
}

/**
 * An app window on a private, long-lived profile; the flags stop the browser itself from
 * phoning home, so browser mode stays as offline as the desktop app.
 */
export function browserArgs(url: string, profileDir: string): string[] {
  return [
    `--app=${url}`,
    `--user-data-dir=${profileDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}
