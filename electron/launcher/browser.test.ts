import { describe, expect, it } from 'vitest';
import { accordUserDataDir, browserArgs, browserProfileDir, findBrowser, launcherSecretFile, type HostInfo } from './browser';

const linux = (env: NodeJS.ProcessEnv = {}): HostInfo => ({
  platform: 'linux',
  env: { PATH: '/usr/local/bin:/usr/bin', ...env },
  home: '/home/ana',
});
const mac: HostInfo = { platform: 'darwin', env: { PATH: '/usr/bin:/bin' }, home: '/Users/ana' };
const windows = (env: NodeJS.ProcessEnv = {}): HostInfo => ({
  platform: 'win32',
  env: {
    Path: 'C:\\Windows\\system32',
    APPDATA: 'C:\\Users\\ana\\AppData\\Roaming',
    PROGRAMFILES: 'C:\\Program Files',
    'ProgramFiles(x86)': 'C:\\Program Files (x86)',
    LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local',
    ...env,
  },
  home: 'C:\\Users\\ana',
});
const installed =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

describe('user data folder (same as Electron for productName Accord)', () => {
  it('follows each platform convention', () => {
    expect(accordUserDataDir(linux())).toBe('/home/ana/.config/Accord');
    expect(accordUserDataDir(linux({ XDG_CONFIG_HOME: '/data/cfg' }))).toBe('/data/cfg/Accord');
    expect(accordUserDataDir(mac)).toBe('/Users/ana/Library/Application Support/Accord');
    expect(accordUserDataDir(windows())).toBe('C:\\Users\\ana\\AppData\\Roaming\\Accord');
  });

  it('keeps the browser profile in a fixed folder inside it', () => {
    expect(browserProfileDir(linux())).toBe('/home/ana/.config/Accord/browser-profile');
    expect(browserProfileDir(windows())).toBe('C:\\Users\\ana\\AppData\\Roaming\\Accord\\browser-profile');
  });

  it('keeps the launcher secret beside the profile it protects', () => {
    expect(launcherSecretFile(linux())).toBe('/home/ana/.config/Accord/launcher-secret');
    expect(launcherSecretFile(mac)).toBe('/Users/ana/Library/Application Support/Accord/launcher-secret');
    expect(launcherSecretFile(windows())).toBe('C:\\Users\\ana\\AppData\\Roaming\\Accord\\launcher-secret');
  });
});

describe('finding a browser', () => {
  it('prefers ACCORD_BROWSER, as a path or a name on PATH', () => {
    const all = installed('/opt/brave/brave', '/usr/bin/brave-browser', '/usr/bin/chromium');
    expect(findBrowser(linux({ ACCORD_BROWSER: '/opt/brave/brave' }), all)).toBe('/opt/brave/brave');
    expect(findBrowser(linux({ ACCORD_BROWSER: 'brave-browser' }), all)).toBe('/usr/bin/brave-browser');
  });

  it('falls back to the usual names when ACCORD_BROWSER points nowhere', () => {
    expect(findBrowser(linux({ ACCORD_BROWSER: '/nope' }), installed('/usr/bin/google-chrome'))).toBe('/usr/bin/google-chrome');
  });

  it('searches PATH in order: chromium before chrome before edge', () => {
    expect(
      findBrowser(linux(), installed('/usr/bin/microsoft-edge', '/usr/bin/google-chrome-stable', '/usr/local/bin/chromium-browser')),
    ).toBe('/usr/local/bin/chromium-browser');
  });

  it('finds Chrome and Edge in the standard macOS and Windows install folders', () => {
    expect(findBrowser(mac, installed('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'))).toBe(
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    );
    expect(findBrowser(mac, installed('/Users/ana/Applications/Chromium.app/Contents/MacOS/Chromium'))).toBe(
      '/Users/ana/Applications/Chromium.app/Contents/MacOS/Chromium',
    );
    expect(findBrowser(windows(), installed('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'))).toBe(
      'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
    );
    expect(findBrowser(windows(), installed('C:\\Users\\ana\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe'))).toBe(
      'C:\\Users\\ana\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe',
    );
  });

  it('finds a browser on the Windows Path (any case) with .exe', () => {
    expect(findBrowser(windows({ Path: 'C:\\tools' }), installed('C:\\tools\\chromium.exe'))).toBe('C:\\tools\\chromium.exe');
  });

  it('returns null when there is no browser', () => {
    expect(findBrowser(linux(), installed())).toBeNull();
    expect(findBrowser(windows(), installed())).toBeNull();
  });
});

describe('browser arguments', () => {
  it('opens an app window on the Accord profile with background traffic off', () => {
    expect(browserArgs('http://127.0.0.1:47615/', '/home/ana/.config/Accord/browser-profile')).toEqual([
      '--app=http://127.0.0.1:47615/',
      '--user-data-dir=/home/ana/.config/Accord/browser-profile',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ]);
  });
});
