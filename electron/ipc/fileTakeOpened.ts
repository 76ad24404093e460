import { basename } from 'node:path';
import type { OpenedFilesQueue } from '../main/openedFiles';
import { readUserFile, type FileOpenDeps } from './fileOpen';
import type { Handler } from './registerHandlers';

export interface TakeOpenedDeps extends Pick<FileOpenDeps, 'stat' | 'readFile'> {
  queue: OpenedFilesQueue;
}

/**
 * Hands the renderer the workshop files the user opened with Accord. Only paths that reached main
 * from the operating system are read; the renderer never names one. A file that cannot be read is
 * reported by name, and the others still arrive.
 */
export function createTakeOpenedFilesHandler(deps: TakeOpenedDeps): Handler<'file:takeOpened'> {
  return async () => {
    const files: { name: string; data: Uint8Array<ArrayBuffer> }[] = [];
    const errors: string[] = [];
    for (const path of deps.queue.take()) {
      try {
        files.push(await readUserFile(path, deps));
      } catch (err) {
        const name = basename(path);
        const reason = err instanceof Error ? err.message : String(err);
        if ((err as NodeJS.ErrnoException).code === 'ENOENT' || reason.startsWith('ENOENT'))
          errors.push(`"${name}" could not be read: it no longer exists.`);
        else errors.push(reason.startsWith(`"${name}"`) ? reason : `"${name}" could not be read: ${reason}`);
      }
    }
    return { files, errors };
  };
}
