import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
});
