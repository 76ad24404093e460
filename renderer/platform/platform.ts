import type { AppInfo, FileKind, MenuCommand } from '../../shared/ipc/contract';
import type { StepId } from '../../shared/workshop/stepIds';

/** The renderer's only door to the outside world; everything else is identical in both modes. */
export interface Platform {
  mode: 'desktop' | 'browser';
  appInfo(): Promise<AppInfo>;
  /** Save bytes under a suggested name: a native Save dialog, or a download in browser mode. */
  saveFile(suggestedName: string, kind: FileKind, data: Uint8Array): Promise<{ status: 'saved'; where: string } | { status: 'canceled' }>;
  /** Let the user pick a file: a native Open dialog, or a file input in browser mode. */
  openFile(kind: FileKind): Promise<{ name: string; data: Uint8Array } | null>;
  /** Workshop files the user opened with Accord from the desktop (double-click); none in browser mode. */
  takeOpenedFiles(): Promise<{ files: { name: string; data: Uint8Array }[]; errors: string[] }>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** The install's seal identity (JSON text), or null before the first sealed export. */
  loadSealIdentity(): Promise<string | null>;
  /** Keeps the identity unless one is kept already (safeStorage in main, or IndexedDB); resolves the one kept. */
  storeSealIdentity(identity: string): Promise<string>;
  /**
   * The presenter view for the room: a second window on the projector when there is one
   * (desktop), or a new same-origin window (browser mode; null when a pop-up blocker refused).
   */
  openPresenter(workshopId: string, step: StepId): Promise<{ display: 'secondary' | 'primary' | 'window' } | null>;
}
