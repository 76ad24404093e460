import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSealIdentity, serializeSealIdentity } from '../../shared/seal';
import { CliError } from './errors';
import { cliSealIdentity, sealKeyFile } from './sealKey';

/** Every write of the key, as sealKey.ts asks for it (the real write still happens). */
const writes = vi.hoisted(() => [] as { path: string; options: unknown }[]);
vi.mock('../main/atomicWrite', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../main/atomicWrite')>();
  return {
    ...actual,
    writeFileAtomic: async (...args: Parameters<typeof actual.writeFileAtomic>) => {
      writes.push({ path: args[0], options: args[3] });
      return actual.writeFileAtomic(...args);
    },
  };
});

const posix = process.platform !== 'win32';
const modeOf = (path: string) => statSync(path).mode & 0o777;

let base: string;
let folder: string;
let keyFile: string;
let legacyFile: string;
beforeEach(() => {
  writes.length = 0;
  base = mkdtempSync(join(tmpdir(), 'accord-seal-key-'));
  folder = join(base, 'cli-seal');
  keyFile = join(folder, 'key.json');
  legacyFile = join(base, 'cli-seal.json');
});
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(base, { recursive: true, force: true });
});

/** Runs `body` with the given umask: a mode seen under umask 0 comes from the create call, not from the umask. */
async function withUmask<T>(mask: number, body: () => Promise<T>): Promise<T> {
  const previous = process.umask(mask);
  try {
    return await body();
  } finally {
    process.umask(previous);
  }
}

describe('sealKeyFile', () => {
  it('is key.json in a cli-seal folder of its own under ACCORD_SEAL_DIR', () => {
    expect(sealKeyFile({ ACCORD_SEAL_DIR: base })).toBe(keyFile);
  });
});

describe('cliSealIdentity', () => {
  it('creates the key 0600 in a 0700 folder on first use and reuses it after', { timeout: 30_000 }, async () => {
    const first = await withUmask(0o000, () => cliSealIdentity(base));
    // 0600 is asked for when the file is created, not applied by a chmod afterwards.
    expect(writes).toEqual([{ path: keyFile, options: { mode: 0o600 } }]);
    expect(readdirSync(base)).toEqual(['cli-seal']);
    expect(readdirSync(folder)).toEqual(['key.json']);
    if (posix) {
      expect(modeOf(keyFile)).toBe(0o600);
      expect(modeOf(folder)).toBe(0o700);
    }
    const again = await cliSealIdentity(base);
    expect(again.certificateDer).toEqual(first.certificateDer);
    expect(writes).toHaveLength(1);
  });

  it('uses ACCORD_SEAL_DIR when called without a folder', { timeout: 30_000 }, async () => {
    vi.stubEnv('ACCORD_SEAL_DIR', base);
    await cliSealIdentity();
    expect(existsSync(keyFile)).toBe(true);
  });

  it('tightens an existing 0755 key folder to 0700', { skip: !posix, timeout: 30_000 }, async () => {
    mkdirSync(folder, { mode: 0o755 });
    chmodSync(folder, 0o755);
    const first = await cliSealIdentity(base);
    expect(modeOf(folder)).toBe(0o700);

    // Also on a later run that only reads the key.
    chmodSync(folder, 0o755);
    const again = await cliSealIdentity(base);
    expect(modeOf(folder)).toBe(0o700);
    expect(again.certificateDer).toEqual(first.certificateDer);
  });

  it('refuses a symlink in place of the key folder instead of chmod-ing what it points at', { skip: !posix }, async () => {
    const elsewhere = join(base, 'elsewhere');
    mkdirSync(elsewhere, { mode: 0o755 });
    chmodSync(elsewhere, 0o755);
    symlinkSync(elsewhere, folder);
    await expect(cliSealIdentity(base)).rejects.toThrow(`cannot prepare the seal key folder ${folder}`);
    expect(modeOf(elsewhere)).toBe(0o755);
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it('moves a key from the old location (…/cli-seal.json) and keeps its certificate', { timeout: 30_000 }, async () => {
    const old = await createSealIdentity();
    const oldText = serializeSealIdentity(old);
    writeFileSync(legacyFile, oldText, { mode: 0o644 });
    const migrated = await withUmask(0o000, () => cliSealIdentity(base));
    expect(writes).toEqual([{ path: keyFile, options: { mode: 0o600 } }]);
    expect(migrated.certificateDer).toEqual(old.certificateDer);
    expect(readFileSync(keyFile, 'utf8')).toBe(oldText);
    expect(existsSync(legacyFile)).toBe(false);
    expect(readdirSync(base)).toEqual(['cli-seal']);
    if (posix) {
      expect(modeOf(keyFile)).toBe(0o600);
      expect(modeOf(folder)).toBe(0o700);
    }
    // And from then on the moved key is the one in use.
    expect((await cliSealIdentity(base)).certificateDer).toEqual(old.certificateDer);
  });

  it('prefers the key in the new place when both exist', { timeout: 30_000 }, async () => {
    const current = await cliSealIdentity(base);
    writeFileSync(legacyFile, serializeSealIdentity(await createSealIdentity()));
    expect((await cliSealIdentity(base)).certificateDer).toEqual(current.certificateDer);
  });

  it('refuses a damaged key with a message and does not overwrite it', async () => {
    mkdirSync(folder, { recursive: true });
    writeFileSync(keyFile, '{"not a key');
    const error = await cliSealIdentity(base).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(1);
    expect((error as CliError).message).toContain(`(${keyFile}); move it away to let Accord create a new one`);
    expect(readFileSync(keyFile, 'utf8')).toBe('{"not a key');
    expect(readdirSync(folder)).toEqual(['key.json']);
  });

  it('refuses a damaged key in the old location and leaves it where it is', async () => {
    writeFileSync(legacyFile, 'garbage');
    await expect(cliSealIdentity(base)).rejects.toThrow(`(${legacyFile}); move it away to let Accord create a new one`);
    expect(readFileSync(legacyFile, 'utf8')).toBe('garbage');
    expect(existsSync(keyFile)).toBe(false);
  });
});
