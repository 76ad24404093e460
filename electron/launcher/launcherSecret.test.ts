import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadOrCreateLauncherSecret, looseModeProblem, SECRET_BYTES } from './launcherSecret';

let home: string;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'accord-secret-'));
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

const modeOf = (path: string) => statSync(path).mode & 0o777;
const posixOnly = it.skipIf(process.platform === 'win32');

describe('the launcher secret', () => {
  posixOnly('is created 0600 in a new 0700 folder, and the same one is read on the next run', async () => {
    const file = join(home, 'config', 'Accord', 'launcher-secret');
    const first = await loadOrCreateLauncherSecret(file);
    expect(first).toHaveLength(SECRET_BYTES);
    expect(modeOf(file)).toBe(0o600);
    expect(modeOf(join(home, 'config', 'Accord'))).toBe(0o700);
    expect(readFileSync(file).equals(first)).toBe(true);
    expect((await loadOrCreateLauncherSecret(file)).equals(first)).toBe(true);
  });

  it('gives launchers starting at the same moment the same secret', async () => {
    const file = join(home, 'Accord', 'launcher-secret');
    const secrets = await Promise.all(Array.from({ length: 6 }, () => loadOrCreateLauncherSecret(file)));
    for (const secret of secrets) expect(secret.equals(secrets[0]!)).toBe(true);
  });

  posixOnly('refuses a secret other users can read, naming the file', async () => {
    const file = join(home, 'launcher-secret');
    await loadOrCreateLauncherSecret(file);
    chmodSync(file, 0o644);
    await expect(loadOrCreateLauncherSecret(file)).rejects.toThrow(`${file} is open to other users (mode 644, expected 600)`);
  });

  it('refuses a damaged secret instead of guessing, naming the file and what is wrong', async () => {
    const file = join(home, 'launcher-secret');
    writeFileSync(file, 'short', { mode: 0o600 });
    await expect(loadOrCreateLauncherSecret(file, process.platform, 2)).rejects.toThrow(`${file} holds 5 bytes instead of 32`);
  });

  it('judges permission bits only where they mean something', () => {
    expect(looseModeProblem(0o100600, 'linux')).toBeNull();
    expect(looseModeProblem(0o100640, 'darwin')).toContain('mode 640');
    expect(looseModeProblem(0o100666, 'win32')).toBeNull();
  });
});
