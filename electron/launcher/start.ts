import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { currentHost } from './browser';
import { runBrowserMode } from './browserMode';
import { runElectron } from './electronMode';
import { chooseMode, parseLaunchArgs, USAGE, type RuntimeState } from './plan';
import { findElectronRuntime, installElectronRuntime, resolveElectronPackage } from './runtime';

/**
 * What `npm start` runs after the build: the desktop app when the Electron runtime is there
 * (downloading it once if it can), otherwise the same app in browser mode, so a facilitator
 * offline at a client's site still gets a working Accord.
 */
const INSTALL_TIMEOUT_MS = 120_000;
const say = (line: string) => console.log(line);

async function electronRuntime(projectRoot: string): Promise<RuntimeState> {
  const packageDir = resolveElectronPackage(projectRoot);
  if (!packageDir) return { state: 'not-installed' };
  const found = findElectronRuntime(packageDir).binary;
  if (found) return { state: 'present', binary: found };
  const installed = await installElectronRuntime(packageDir, {
    timeoutMs: INSTALL_TIMEOUT_MS,
    onSlow: () => say('Accord: downloading the Electron runtime (first start only)…'),
  });
  const binary = installed ? findElectronRuntime(packageDir).binary : null;
  return binary ? { state: 'present', binary } : { state: 'download-failed' };
}

async function main(): Promise<number> {
  const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  let args;
  try {
    args = parseLaunchArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`Accord: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const plan = chooseMode(await electronRuntime(projectRoot), args.noOpen);
  if (plan.mode === 'electron') return runElectron(plan.binary, projectRoot);

  if (plan.notice) say(plan.notice);
  const rendererDir = resolve(args.rendererDir ?? join(projectRoot, 'out', 'renderer'));
  if (!existsSync(join(rendererDir, 'index.html'))) {
    console.error(`Accord: ${join(rendererDir, 'index.html')} is missing; run "npm run build" first.`);
    return 1;
  }
  return runBrowserMode({ rendererDir, port: args.port, noOpen: args.noOpen, host: currentHost(), say });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('Accord: could not start:', error);
    process.exit(1);
  },
);
