import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { StaticServer } from '../../../electron/launcher/staticServer';
import { CHROMIUM_ARGS } from '../../e2e/harness';

export interface Session {
  context: BrowserContext;
  page: Page;
  profileDir: string;
  /** Page errors, console errors, and requests outside the app's origin. */
  problems: string[];
  /** Every URL the page and its workers asked for. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * The harness's openApp, with two differences the reliability tests need: the caller may
 * navigate wherever it likes first (e.g. a same-origin blank page to build an old database),
 * and Chromium's own /favicon.ico probe is answered with 204. Browser mode has no favicon
 * (renderer/index.html declares none), so headless Chromium logs a 404 console error that is
 * not app behaviour and does not happen in the desktop window.
 */
export async function openSession(server: StaticServer, opts: { profileDir?: string; path?: string | null } = {}): Promise<Session> {
  const profileDir = opts.profileDir ?? mkdtempSync(join(tmpdir(), 'accord-rel-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    acceptDownloads: true,
    viewport: { width: 1366, height: 768 },
  });
  await context.route(`${server.url}favicon.ico`, (route) => route.fulfill({ status: 204 }));
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  context.on('request', (r) => {
    const url = r.url();
    requests.push(url);
    if (!url.startsWith(server.url) && !url.startsWith('data:') && !url.startsWith('blob:'))
      problems.push(`request outside the app: ${url}`);
  });
  if (opts.path !== null) await page.goto(server.url + (opts.path ?? ''));
  return {
    context,
    page,
    profileDir,
    problems,
    requests,
    async close() {
      await context.close().catch(() => undefined);
      if (!opts.profileDir) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
