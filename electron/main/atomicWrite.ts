import { randomUUID } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * A crash, a full disk or a pulled USB stick mid-write must never leave a half-written
 * workshop or SLA where the good one was. So: write a temp file in the same folder (rename
 * is only atomic within one file system), fsync it, then rename over the target.
 */
export type AtomicFs = Pick<typeof fsp, 'open' | 'rename' | 'rm'>;

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

export async function writeFileAtomic(target: string, data: Uint8Array | string, fs: AtomicFs = fsp): Promise<void> {
  const temp = tempPathFor(target);
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fs.open(temp, 'wx');
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
export function writeFileAtomicSync(target: string, data: string): void {
  const temp = tempPathFor(target);
  try {
    const fd = openSync(temp, 'wx');
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
}
