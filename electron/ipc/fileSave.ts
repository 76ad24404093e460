import { join } from 'node:path';
import type { SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import { FILE_FILTERS, withDefaultExtension } from './fileKinds';
import type { Handler } from './registerHandlers';

export interface FileSaveDeps {
  /** Already bound to the parent window, so the dialog is modal to it. */
  showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  /** Must be atomic: the renderer may be overwriting the user's only copy. */
  writeFile(path: string, data: Uint8Array): Promise<void>;
  documentsDir: string;
}

/**
 * The renderer proposes a bare file name and hands over the bytes; the user picks where they
 * go. The renderer never names a path, so it cannot write anywhere the user did not choose.
 */
export function createFileSaveHandler(deps: FileSaveDeps): Handler<'file:save'> {
  return async ({ suggestedName, kind, data }) => {
    const result = await deps.showSaveDialog({
      defaultPath: join(deps.documentsDir, withDefaultExtension(suggestedName, kind)),
      filters: FILE_FILTERS[kind],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (result.canceled || !result.filePath) return { status: 'canceled' };
    await deps.writeFile(result.filePath, data);
    return { status: 'saved', path: result.filePath };
  };
}
