import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findElectronRuntime, installElectronRuntime, resolveElectronPackage } from './runtime';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'accord-runtime-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A node_modules/electron as npm leaves it, with or without the downloaded binary. */
function electronPackage({ pathTxt, binary }: { pathTxt?: string; binary?: boolean }) {
  const pkg = join(dir, 'node_modules', 'electron');
  mkdirSync(join(pkg, 'dist'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{"name":"app"}');
  writeFileSync(join(pkg, 'package.json'), '{"name":"electron","version":"45.4.1","main":"index.js"}');
  if (pathTxt) writeFileSync(join(pkg, 'path.txt'), pathTxt);
  if (binary && pathTxt) {
    writeFileSync(join(pkg, 'dist', pathTxt), '#!/bin/sh\n');
    chmodSync(join(pkg, 'dist', pathTxt), 0o755);
  }
  return pkg;
}

describe('finding the Electron runtime', () => {
  it('finds the binary that path.txt names under dist/', () => {
    const pkg = electronPackage({ pathTxt: 'electron', binary: true });
    expect(resolveElectronPackage(dir)).toBe(pkg);
    expect(findElectronRuntime(pkg, {})).toEqual({ packageDir: pkg, binary: join(pkg, 'dist', 'electron') });
  });

  it('reports no binary when the download never happened (no path.txt)', () => {
    const pkg = electronPackage({});
    expect(findElectronRuntime(pkg, {}).binary).toBeNull();
  });

  it('reports no binary when path.txt exists but dist/ was wiped', () => {
    const pkg = electronPackage({ pathTxt: 'electron', binary: false });
    expect(findElectronRuntime(pkg, {}).binary).toBeNull();
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like electron/index.js does', () => {
    const pkg = electronPackage({});
    mkdirSync(join(dir, 'custom'));
    writeFileSync(join(dir, 'custom', 'electron'), '');
    expect(findElectronRuntime(pkg, { ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'custom') }).binary).toBe(join(dir, 'custom', 'electron'));
  });

  it('reports the package missing when electron is not installed at all', () => {
    writeFileSync(join(dir, 'package.json'), '{"name":"app"}');
    expect(resolveElectronPackage(dir)).toBeNull();
    expect(findElectronRuntime(null)).toEqual({ packageDir: null, binary: null });
  });
});

describe("running Electron's installer", () => {
  const installer = (source: string) => {
    const pkg = electronPackage({});
    writeFileSync(join(pkg, 'install.js'), source);
    return pkg;
  };

  it('succeeds when the installer exits 0', async () => {
    await expect(installElectronRuntime(installer('process.exit(0)'), { timeoutMs: 10_000 })).resolves.toBe(true);
  });

  it('fails quietly when the installer fails (offline)', async () => {
    const pkg = installer('console.error("RequestError: getaddrinfo ENOTFOUND github.com"); process.exit(1)');
    await expect(installElectronRuntime(pkg, { timeoutMs: 10_000 })).resolves.toBe(false);
  });

  it('gives up after the timeout, saying once that it is slow', async () => {
    let slowCalls = 0;
    const started = Date.now();
    const pkg = installer('setTimeout(() => {}, 60_000)');
    await expect(installElectronRuntime(pkg, { timeoutMs: 600, slowAfterMs: 100, onSlow: () => slowCalls++ })).resolves.toBe(false);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(slowCalls).toBe(1);
  });
});
