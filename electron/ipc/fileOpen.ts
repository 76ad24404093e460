import { basename } from 'node:path';
import type { OpenDialogOptions, OpenDialogReturnValue } from 'electron';
import { MAX_FILE_BYTES } from '../../shared/ipc/contract';
import { FILE_FILTERS } from './fileKinds';
import type { Handler } from './registerHandlers';

export interface FileOpenDeps {
  showOpenDialog(options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  stat(path: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(path: string): Promise<Uint8Array>;
  documentsDir: string;
}

const megabytes = (bytes: number) => `${Math.ceil(bytes / (1024 * 1024))} MB`;

function tooLarge(name: string, size: number): Error {
  return new Error(`"${name}" is ${megabytes(size)}; Accord opens files of at most ${megabytes(MAX_FILE_BYTES)}.`);
}

/** Only a file the user picked in the dialog is ever read; the renderer never names a path. */
export function createFileOpenHandler(deps: FileOpenDeps): Handler<'file:open'> {
  return async ({ kind }) => {
    const result = await deps.showOpenDialog({
      defaultPath: deps.documentsDir,
      filters: FILE_FILTERS[kind],
      properties: ['openFile'],
    });
    const path = result.filePaths[0];
    if (result.canceled || !path) return { status: 'canceled' };
    return { status: 'opened', ...(await readUserFile(path, deps)) };
  };
}

/** Reads a file the user chose (in a dialog, or by opening it with Accord), within the size limit. */
export async function readUserFile(
  path: string,
  deps: Pick<FileOpenDeps, 'stat' | 'readFile'>,
): Promise<{ name: string; data: Uint8Array<ArrayBuffer> }> {
  const name = basename(path);
  const info = await deps.stat(path);
  if (!info.isFile()) throw new Error(`"${name}" is not a file.`);
  // Checked before reading so a huge file is never loaded into memory.
  if (info.size > MAX_FILE_BYTES) throw tooLarge(name, info.size);
  const bytes = await deps.readFile(path);
  // The file may have grown between stat and read.
  if (bytes.byteLength > MAX_FILE_BYTES) throw tooLarge(name, bytes.byteLength);
  // A copy: structured clone sends a view's whole backing buffer, which must hold only this file.
  return { name, data: new Uint8Array(bytes) };
}
