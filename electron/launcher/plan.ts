import { parseArgs } from 'node:util';
import { DEFAULT_PORT } from './serve';

/** The launcher's decisions, kept apart from the side effects so each one can be tested. */
export interface LaunchArgs {
  /** Serve browser mode without opening any window (headless use, tests, a remote screen). */
  noOpen: boolean;
  port: number;
  /** Defaults to out/renderer; overridable to serve a build from elsewhere. */
  rendererDir: string | undefined;
}

export const USAGE = 'usage: start.ts [--no-open] [--port <n>] [--renderer-dir <path>]';

export function parseLaunchArgs(argv: string[]): LaunchArgs {
  const { values } = parseArgs({
    args: argv,
    options: { 'no-open': { type: 'boolean' }, port: { type: 'string' }, 'renderer-dir': { type: 'string' } },
    strict: true,
    allowPositionals: false,
  });
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`--port must be 1–65535, not "${values.port}"`);
  return { noOpen: values['no-open'] ?? false, port, rendererDir: values['renderer-dir'] };
}

export type RuntimeState = { state: 'present'; binary: string } | { state: 'download-failed' } | { state: 'not-installed' };

export type LaunchMode = { mode: 'electron'; binary: string } | { mode: 'browser'; notice: string | null };

/** One line, and only when the user expected a desktop window and is not getting one. */
export function chooseMode(runtime: RuntimeState, noOpen: boolean): LaunchMode {
  if (runtime.state === 'present') return noOpen ? { mode: 'browser', notice: null } : { mode: 'electron', binary: runtime.binary };
  if (runtime.state === 'not-installed') {
    return { mode: 'browser', notice: 'Accord: the electron package is not installed (run npm install) — opening browser mode instead.' };
  }
  return { mode: 'browser', notice: 'Accord: the Electron runtime could not be downloaded (offline?) — opening browser mode instead.' };
}

/** Mirror the child's exit; a stop we asked for is a clean exit, a death by signal is not. */
export function exitCodeOf(code: number | null, signal: NodeJS.Signals | null, stopRequested: boolean): number {
  if (stopRequested) return 0;
  if (code !== null) return code;
  return signal ? 1 : 0;
}

/** Shorter than any real session, longer than a browser takes to hand a URL to itself. */
export const HANDOFF_WINDOW_MS = 3000;

/**
 * A browser that already runs on the same profile takes our URL and its new process exits
 * at once with 0; one that cannot start (no display) exits at once with an error. Only a
 * later exit means the user closed the window.
 */
export function browserExitMeaning(code: number | null, elapsedMs: number): 'closed' | 'handed-off' | 'failed' {
  if (elapsedMs >= HANDOFF_WINDOW_MS) return 'closed';
  return code === 0 ? 'handed-off' : 'failed';
}
