import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { browserArgs, browserProfileDir, findBrowser, launcherSecretFile, type HostInfo } from './browser';
import { loadOrCreateLauncherSecret } from './launcherSecret';
import { browserExitMeaning } from './plan';
import { launcherServeDeps, serveRenderer, type Served } from './serve';

export interface BrowserModeOptions {
  rendererDir: string;
  port: number;
  noOpen: boolean;
  host: HostInfo;
  say: (line: string) => void;
}

function describeServed(served: Served, port: number): string[] {
  if (served.kind === 'shared') return [`Accord: your other Accord launcher already serves ${served.url}; using it.`];
  const lines = [`Accord: browser mode at ${served.url}`];
  if (served.kind === 'fallback') {
    lines.unshift(
      `Accord: warning: port ${port} is taken by a program that could not prove it is your Accord launcher, so this run uses ${served.url}. ` +
        `Workshops saved now are tied to that address and will not appear when Accord runs on port ${port} again.`,
    );
  }
  return lines;
}

/**
 * Serves the built renderer on 127.0.0.1 and, unless told not to, opens it in an installed
 * Chromium-family browser. Resolves with the exit code once the user is done: the window
 * closed, or Ctrl-C.
 */
export async function runBrowserMode({ rendererDir, port, noOpen, host, say }: BrowserModeOptions): Promise<number> {
  const secret = await loadOrCreateLauncherSecret(launcherSecretFile(host), host.platform);
  const served = await serveRenderer(rendererDir, port, launcherServeDeps(secret));
  describeServed(served, port).forEach((line) => say(line));
  let browser: ChildProcess | null = null;
  let finished = false;

  return new Promise<number>((resolve) => {
    const finish = async () => {
      if (finished) return;
      finished = true;
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      if (browser && browser.exitCode === null && browser.signalCode === null) browser.kill();
      await served.server?.close();
      resolve(0);
    };
    // A signal handler cannot wait: finish resolves this run itself once the server is closed.
    const onSignal = () => void finish();
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    const keepServing = (why: string) => {
      // Without our own server there is nothing to keep running for.
      if (!served.server) {
        say(why);
        return void finish();
      }
      say(`${why} Press Ctrl-C to stop.`);
    };

    if (noOpen) return keepServing('Accord: not opening a browser (--no-open).');
    const executable = findBrowser(host);
    if (!executable) return keepServing(`Accord: no Chrome, Edge or Chromium found; open ${served.url} in one of them.`);

    const profileDir = browserProfileDir(host);
    mkdirSync(profileDir, { recursive: true });
    const startedAt = Date.now();
    browser = spawn(executable, browserArgs(served.url, profileDir), { stdio: 'ignore' });
    browser.on('error', (error) => keepServing(`Accord: could not start ${executable} (${error.message}); open ${served.url} yourself.`));
    browser.on('exit', (code) => {
      if (finished) return;
      const meaning = browserExitMeaning(code, Date.now() - startedAt);
      if (meaning === 'closed') return void finish();
      if (meaning === 'handed-off')
        return keepServing('Accord: the window opened in an already-running browser; keep this running while you work.');
      keepServing(`Accord: ${executable} exited with code ${code}; open ${served.url} yourself.`);
    });
  });
}
