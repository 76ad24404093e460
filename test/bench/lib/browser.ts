import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../e2e/harness';

export interface Browser {
  context: BrowserContext;
  page: Page;
  profileDir: string;
  close(): Promise<void>;
}

/**
 * A persistent context, as the harness uses: IndexedDB on disk like the desktop app's, not
 * the in-memory store `browser.newContext()` gives (docs/performance.md).
 */
export async function launch(
  opts: { profileDir?: string; initScripts?: string[]; viewport?: { width: number; height: number } } = {},
): Promise<Browser> {
  const profileDir = opts.profileDir ?? mkdtempSync(join(tmpdir(), 'accord-bench-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    acceptDownloads: true,
    viewport: opts.viewport ?? { width: 1366, height: 768 },
  });
  // tsx compiles with keepNames, which wraps inner functions of page.evaluate callbacks in a
  // `__name(...)` helper that exists only in Node.
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  for (const script of opts.initScripts ?? []) await context.addInitScript({ content: script });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    profileDir,
    async close() {
      await context.close().catch(() => undefined);
      if (!opts.profileDir) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/**
 * Records, in the page, when `count` elements matching a target's selector first exist, per
 * target name: `performance.now()` counts from navigation start, so this is "navigation start
 * → in the DOM". A MutationObserver fires in the microtask after React's commit, before paint;
 * `<name>:painted` is the task after the next animation frame, i.e. once that frame was drawn;
 * `<name>:count` how many elements matched then. readyTime awaits these in the page instead of
 * polling for them: a poll is a task of its own on the main thread being measured.
 */
export const readyProbe = (targets: Record<string, { selector: string; count?: number }>): string => `
(() => {
  const targets = ${JSON.stringify(targets)};
  const ready = (window.__benchReady = {});
  const waiters = {};
  const record = (key, value) => {
    ready[key] = value;
    for (const resolve of waiters[key] ?? []) resolve(value);
    delete waiters[key];
  };
  window.__benchWhen = (key) => (ready[key] !== undefined ? Promise.resolve(ready[key]) : new Promise((resolve) => (waiters[key] ??= []).push(resolve)));
  const check = () => {
    for (const [name, t] of Object.entries(targets)) {
      if (ready[name] === undefined && document.querySelectorAll(t.selector).length >= (t.count ?? 1)) {
        const at = performance.now();
        record(name + ':count', document.querySelectorAll(t.selector).length);
        record(name, at);
        requestAnimationFrame(() => setTimeout(() => record(name + ':painted', performance.now())));
      }
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
})();`;

type ProbeWindow = { __benchWhen(key: string): Promise<number> };

export async function readyTime(page: Page, name: string, timeoutMs = 30_000): Promise<number> {
  return page.evaluate(
    ({ n, timeoutMs }) =>
      Promise.race([
        (window as unknown as ProbeWindow).__benchWhen(n),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`bench: "${n}" not ready within ${timeoutMs} ms`)), timeoutMs)),
      ]),
    { n: name, timeoutMs },
  );
}
