import { execFileSync } from 'node:child_process';

/**
 * The Chromium processes of one profile, found by the `--user-data-dir=<profile>` flag every
 * one of them carries. Playwright's persistent context has no browser() to ask for a pid,
 * and Debian's /usr/bin/chromium wrapper execs the real binary, so the browser process is the
 * one without a `--type=` flag (renderers, GPU, utilities have one).
 */
export function chromiumPids(profileDir: string): { browser: number | null; children: number[] } {
  const out = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  const mine = out
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null && m[2]!.includes(`--user-data-dir=${profileDir}`) && !m[2]!.startsWith('ps '))
    .map((m) => ({ pid: Number(m[1]), args: m[2]! }));
  const browser = mine.find((p) => !p.args.includes('--type='))?.pid ?? null;
  return { browser, children: mine.filter((p) => p.pid !== browser).map((p) => p.pid) };
}

/** SIGKILL, browser first (no chance to flush anything), then whatever of it is left. */
export function killChromium(profileDir: string): number {
  const { browser, children } = chromiumPids(profileDir);
  if (browser === null) throw new Error(`no Chromium browser process for ${profileDir}`);
  for (const pid of [browser, ...children]) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone with its parent
    }
  }
  return browser;
}
