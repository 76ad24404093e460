import { randomUUID } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * A crash, a full disk or a pulled USB stick mid-write must never leave a half-written
 * workshop, SLA or key where the good one was. So: write a temp file in the same folder
 * (rename is only atomic within one file system), fsync it, rename it over the target, then
 * fsync the folder so the rename itself survives a power cut.
 *
 * The one implementation for the main process and the CLI: it imports nothing from
 * `electron`, so plain Node (`npm run accord`) can use it too.
 */
export type AtomicFs = Pick<typeof fsp, 'open' | 'rename' | 'rm'>;

export interface AtomicWriteOptions {
  /**
   * Permission bits for the new file, applied when the temp file is created (and kept by the
   * rename), so a secret written with `{ mode: 0o600 }` is never readable by others, not even
   * for a moment. Like any create, the process umask still applies. Default 0o666 (so
   * 0o666 & ~umask), as for `fs.writeFile`.
   */
  mode?: number;
}

const DEFAULT_MODE = 0o666;

function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomUUID()}.tmp`);
}

/** The rename itself is only durable once the folder entry is flushed; Windows cannot open folders, hence best effort. */
async function syncFolder(folder: string, fs: AtomicFs): Promise<void> {
  try {
    const handle = await fs.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort only: the file itself is already complete and renamed.
  }
}

function syncFolderSync(folder: string): void {
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Best effort only, as in syncFolder.
  }
}

/** `fs` is injectable for tests (a failing rename, a disk that fills up midway). */
export async function writeFileAtomic(
  target: string,
  data: Uint8Array | string,
  fs: AtomicFs = fsp,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const temp = tempPathFor(target);
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fs.open(temp, 'wx', options.mode ?? DEFAULT_MODE);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(dirname(target), fs);
}

/** For the window-state file, written from a `close` handler that cannot await. */
export function writeFileAtomicSync(target: string, data: string, options: AtomicWriteOptions = {}): void {
  const temp = tempPathFor(target);
  try {
    const fd = openSync(temp, 'wx', options.mode ?? DEFAULT_MODE);
    try {
      writeFileSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  syncFolderSync(dirname(target));
}
