import type { AppInfo, FileKind, MenuCommand, RequestOf, ResponseOf, SealInfo } from '../../shared/ipc/contract';
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
  /** The seal: whoever keeps the keys (main, or a non-extractable key in IndexedDB) seals and signs. */
  seal: SealPort;
  /**
   * The presenter view for the room: a second window on the projector when there is one
   * (desktop), or a new same-origin window (browser mode; null when a pop-up blocker refused).
   */
  openPresenter(workshopId: string, step: StepId): Promise<{ display: 'secondary' | 'primary' | 'window' } | null>;
}

/** An audit-trail seal to sign: main (or browser mode's key) builds the exact message itself. */
export type AuditSealRequest = RequestOf<'seal:signAuditSeal'>;

/**
 * The page's only way to a seal key. It gets certificates, sealed bytes and signatures back,
 * never the key: in the desktop app the keys stay in main; in browser mode the key is a
 * non-extractable CryptoKey that no script can read out.
 */
export interface SealPort {
  info(): Promise<SealInfo>;
  sealPdf(pdf: Uint8Array, reason: string): Promise<Uint8Array>;
  signAuditSeal(request: AuditSealRequest): Promise<ResponseOf<'seal:signAuditSeal'>>;
  importOrganisation(data: Uint8Array, password: string): Promise<SealInfo>;
  removeOrganisation(): Promise<SealInfo>;
}
