import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../../electron/launcher/staticServer';

/**
 * Browser mode, as `npm start` opens it offline: the built renderer over http on 127.0.0.1
 * in Debian's Chromium, with a fresh persistent profile per test (IndexedDB on disk).
 */
export const RENDERER_DIR = resolve(process.env.ACCORD_OUT_DIR ?? 'out', 'renderer');
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface AppSession {
  server: StaticServer;
  context: BrowserContext;
  page: Page;
  profileDir: string;
  /** Page errors, console errors and requests outside the app's origin seen so far. */
  problems: string[];
  close(): Promise<void>;
}

export async function openApp(
  opts: {
    viewport?: { width: number; height: number };
    profileDir?: string;
    server?: StaticServer;
    /** The system language (navigator.languages). */ locale?: string;
  } = {},
): Promise<AppSession> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error('out/renderer is missing: run `npm run build` first.');
  const server = opts.server ?? (await startStaticServer(RENDERER_DIR));
  const profileDir = opts.profileDir ?? mkdtempSync(join(tmpdir(), 'accord-e2e-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    acceptDownloads: true,
    viewport: opts.viewport ?? { width: 1366, height: 768 },
    ...(opts.locale ? { locale: opts.locale } : {}),
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  context.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(server.url) && !url.startsWith('data:') && !url.startsWith('blob:'))
      problems.push(`request outside the app: ${url}`);
  });
  await page.goto(server.url);
  return {
    server,
    context,
    page,
    profileDir,
    problems,
    async close() {
      await context.close();
      if (!opts.server) await server.close();
      if (!opts.profileDir) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Wait until the autosave indicator says the last edit is on disk. */
export async function waitSaved(page: Page): Promise<void> {
  await page
    .getByTestId('save-status')
    .filter({ hasText: /Saved|All changes saved/ })
    .waitFor();
}

/** Draw a signature-like stroke on the pad with the mouse. */
export async function drawSignature(page: Page): Promise<void> {
  const pad = page.getByTestId('signature-pad');
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + 30, box.y + box.height * 0.6);
  await page.mouse.down();
  for (let i = 0; i <= 24; i++) {
    await page.mouse.move(box.x + 30 + i * 14, box.y + box.height * (0.6 - 0.25 * Math.sin(i / 2.5)), { steps: 2 });
  }
  await page.mouse.up();
}
