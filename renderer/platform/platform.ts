import type { AppInfo, FileKind, MenuCommand } from '../../shared/ipc/contract';

/** The renderer's only door to the outside world; everything else is identical in both modes. */
export interface Platform {
  mode: 'desktop' | 'browser';
  appInfo(): Promise<AppInfo>;
  /** Save bytes under a suggested name: a native Save dialog, or a download in browser mode. */
  saveFile(suggestedName: string, kind: FileKind, data: Uint8Array): Promise<{ status: 'saved'; where: string } | { status: 'canceled' }>;
  /** Let the user pick a file: a native Open dialog, or a file input in browser mode. */
  openFile(kind: FileKind): Promise<{ name: string; data: Uint8Array } | null>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
