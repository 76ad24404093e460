import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic, writeFileAtomicSync, type AtomicFs } from './atomicWrite';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'accord-atomic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const original = new TextEncoder().encode('the signed SLA, version 1');
const posix = process.platform !== 'win32';
const modeOf = (path: string) => statSync(path).mode & 0o777;

/** Runs `body` with the given umask, so a mode can be shown to come from the create call and not from the umask. */
async function withUmask<T>(mask: number, body: () => Promise<T> | T): Promise<T> {
  const previous = process.umask(mask);
  try {
    return await body();
  } finally {
    process.umask(previous);
  }
}

interface OpenCall {
  path: string;
  flags: unknown;
  mode: unknown;
  /** The permission bits the file had right after it was opened, before any byte was written. */
  modeAtCreation: number;
}

/** The real fs, with every open recorded (path, flags, mode argument and the mode the file got). */
function recordingFs(calls: OpenCall[]): AtomicFs {
  return {
    ...fsp,
    open: async (path, flags, mode) => {
      const handle = await fsp.open(path, flags, mode);
      calls.push({ path: String(path), flags, mode, modeAtCreation: (await handle.stat()).mode & 0o777 });
      return handle;
    },
  };
}

const replacement = new TextEncoder().encode('the signed SLA, version 2');

describe('writeFileAtomic', () => {
  it('writes the new content and leaves no temp file behind', async () => {
    const target = join(dir, 'sla.pdf');
    writeFileSync(target, original);
    await writeFileAtomic(target, replacement);
    expect(new Uint8Array(readFileSync(target))).toEqual(replacement);
    expect(readdirSync(dir)).toEqual(['sla.pdf']);
  });

  it('creates a file that did not exist', async () => {
    await writeFileAtomic(join(dir, 'new.accord'), '{"schemaVersion":1}');
    expect(readFileSync(join(dir, 'new.accord'), 'utf8')).toBe('{"schemaVersion":1}');
    expect(readdirSync(dir)).toEqual(['new.accord']);
  });

  it('keeps the original intact and cleans up when the final rename fails', async () => {
    const target = join(dir, 'sla.pdf');
    writeFileSync(target, original);
    const failingRename: AtomicFs = { ...fsp, rename: async () => Promise.reject(new Error('EXDEV: simulated')) };
    await expect(writeFileAtomic(target, replacement, failingRename)).rejects.toThrow('simulated');
    expect(new Uint8Array(readFileSync(target))).toEqual(original);
    expect(readdirSync(dir)).toEqual(['sla.pdf']);
  });

  it('keeps the original intact when writing the data fails midway', async () => {
    const target = join(dir, 'sla.pdf');
    writeFileSync(target, original);
    const failingWrite: AtomicFs = {
      ...fsp,
      open: async (path, flags) => {
        const handle = await fsp.open(path, flags);
        return Object.assign(Object.create(handle) as fsp.FileHandle, {
          writeFile: async () => {
            await handle.write(new Uint8Array([1, 2, 3]));
            throw new Error('ENOSPC: simulated');
          },
          close: () => handle.close(),
        });
      },
    };
    await expect(writeFileAtomic(target, replacement, failingWrite)).rejects.toThrow('ENOSPC');
    expect(new Uint8Array(readFileSync(target))).toEqual(original);
    expect(readdirSync(dir)).toEqual(['sla.pdf']);
  });

  it('keeps the original intact and cleans up when flushing the temp file fails', async () => {
    const target = join(dir, 'key.json');
    writeFileSync(target, original, { mode: 0o600 });
    const failingSync: AtomicFs = {
      ...fsp,
      open: async (path, flags, mode) => {
        const handle = await fsp.open(path, flags, mode);
        return Object.assign(Object.create(handle) as fsp.FileHandle, {
          writeFile: (data: Uint8Array) => handle.writeFile(data),
          sync: async () => Promise.reject(new Error('EIO: simulated')),
          close: () => handle.close(),
        });
      },
    };
    await expect(writeFileAtomic(target, replacement, failingSync, { mode: 0o600 })).rejects.toThrow('EIO');
    expect(new Uint8Array(readFileSync(target))).toEqual(original);
    expect(readdirSync(dir)).toEqual(['key.json']);
    if (posix) expect(modeOf(target)).toBe(0o600);
  });

  it('creates the temp file with the requested mode, so a secret is never readable by others', async () => {
    const target = join(dir, 'key.json');
    const calls: OpenCall[] = [];
    // umask 0: the 0600 can only come from the mode given to open, not from the umask.
    await withUmask(0o000, () => writeFileAtomic(target, 'secret', recordingFs(calls), { mode: 0o600 }));
    const temp = calls.find((c) => c.path !== dir);
    expect(temp).toMatchObject({ flags: 'wx', mode: 0o600 });
    expect(temp?.path).toMatch(/\.key\.json\..+\.tmp$/);
    if (posix) {
      expect(temp?.modeAtCreation).toBe(0o600);
      expect(modeOf(target)).toBe(0o600);
    }
    expect(readFileSync(target, 'utf8')).toBe('secret');
    expect(readdirSync(dir)).toEqual(['key.json']);
  });

  it('replacing a world-readable file with mode 0600 leaves it 0600', async () => {
    const target = join(dir, 'key.json');
    writeFileSync(target, 'old');
    chmodSync(target, 0o644);
    await withUmask(0o000, () => writeFileAtomic(target, 'new', undefined, { mode: 0o600 }));
    expect(readFileSync(target, 'utf8')).toBe('new');
    if (posix) expect(modeOf(target)).toBe(0o600);
  });

  it('without a mode, creates the file 0666 less the umask, as before', async () => {
    const calls: OpenCall[] = [];
    await withUmask(0o022, () => writeFileAtomic(join(dir, 'sla.pdf'), replacement, recordingFs(calls)));
    if (posix) {
      expect(calls[0]?.modeAtCreation).toBe(0o644);
      expect(modeOf(join(dir, 'sla.pdf'))).toBe(0o644);
    }
  });

  it('fsyncs the folder after the rename, so the new entry survives a power cut', async () => {
    const calls: OpenCall[] = [];
    const fs = recordingFs(calls);
    const renames: string[] = [];
    const syncs: string[] = [];
    const tracking: AtomicFs = {
      ...fs,
      rename: async (from, to) => {
        renames.push(String(to));
        return fsp.rename(from, to);
      },
      open: async (path, flags, mode) => {
        const handle = await fs.open(path, flags, mode);
        return Object.assign(Object.create(handle) as fsp.FileHandle, {
          writeFile: (data: Uint8Array) => handle.writeFile(data),
          sync: async () => {
            syncs.push(`${String(path)} after ${renames.length} rename(s)`);
            return handle.sync();
          },
          close: () => handle.close(),
        });
      },
    };
    const target = join(dir, 'sla.pdf');
    await writeFileAtomic(target, replacement, tracking);
    expect(calls.map((c) => [c.path, c.flags])).toContainEqual([dir, 'r']);
    expect(renames).toEqual([target]);
    expect(syncs).toContain(`${dir} after 1 rename(s)`);
  });

  it('fails without touching anything when the folder does not exist', async () => {
    await expect(writeFileAtomic(join(dir, 'missing', 'x.pdf'), replacement)).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('writeFileAtomicSync', () => {
  it('replaces the file and leaves no temp file behind', () => {
    const target = join(dir, 'window-state.json');
    writeFileSync(target, 'old');
    writeFileAtomicSync(target, 'new');
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['window-state.json']);
  });

  it('creates the file with the requested mode', async () => {
    const target = join(dir, 'secret.json');
    await withUmask(0o000, () => writeFileAtomicSync(target, 'secret', { mode: 0o600 }));
    expect(readFileSync(target, 'utf8')).toBe('secret');
    if (posix) expect(modeOf(target)).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['secret.json']);
  });
});
