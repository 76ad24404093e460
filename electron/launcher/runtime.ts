import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Is the Electron runtime (the ~100 MB binary npm downloads in a postinstall step) really on
 * disk? Deliberately not `require('electron')`: that module starts a download as a side effect.
 */
export interface ElectronRuntime {
  /** node_modules/electron, or null when the package itself is not installed. */
  packageDir: string | null;
  /** The executable, or null when it has not been downloaded. */
  binary: string | null;
}

export interface RuntimeFs {
  exists(path: string): boolean;
  read(path: string): string | null;
}

const realFs: RuntimeFs = {
  exists: existsSync,
  read: (path) => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return null;
    }
  },
};

export function resolveElectronPackage(projectRoot: string): string | null {
  try {
    return dirname(createRequire(join(projectRoot, 'package.json')).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/** Mirrors node_modules/electron/index.js, including its ELECTRON_OVERRIDE_DIST_PATH escape hatch. */
export function findElectronRuntime(
  packageDir: string | null,
  env: NodeJS.ProcessEnv = process.env,
  fs: RuntimeFs = realFs,
): ElectronRuntime {
  if (!packageDir) return { packageDir, binary: null };
  const relative = fs.read(join(packageDir, 'path.txt'))?.trim();
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override ? join(override, relative || 'electron') : relative ? join(packageDir, 'dist', relative) : null;
  return { packageDir, binary: binary && fs.exists(binary) ? binary : null };
}

export interface InstallOptions {
  timeoutMs: number;
  /** Called once if the download is still running after `slowAfterMs`, so a long wait is explained. */
  onSlow?: () => void;
  slowAfterMs?: number;
}

/**
 * Runs Electron's own installer. Its output is kept back (an offline failure is a long stack
 * trace) and only shown with ACCORD_DEBUG=1; the caller prints one line instead.
 */
export function installElectronRuntime(packageDir: string, { timeoutMs, onSlow, slowAfterMs = 3000 }: InstallOptions): Promise<boolean> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(packageDir, 'install.js')], { cwd: packageDir, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const slow = setTimeout(() => onSlow?.(), slowAfterMs);
    const timeout = setTimeout(() => child.kill(), timeoutMs);
    const finish = (ok: boolean) => {
      clearTimeout(slow);
      clearTimeout(timeout);
      if (process.env.ACCORD_DEBUG && output) process.stderr.write(output);
      done(ok);
    };
    child.on('error', () => finish(false));
    child.on('close', (code) => finish(code === 0));
  });
}
