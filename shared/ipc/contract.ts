import { z } from 'zod';
import { stepIdSchema } from '../workshop/steps';
import { isStoredSealIdentity } from '../seal/storedIdentity';

/**
 * The one IPC contract between the renderer and the main process. Every channel names its
 * request and response schema; main validates requests with them (and the sender), the
 * preload exposes exactly `DesktopApi`, and the renderer reaches it only through its
 * platform adapter.
 */
export const FILE_KINDS = ['pdf', 'workshop'] as const;
export const fileKindSchema = z.enum(FILE_KINDS);
export type FileKind = z.infer<typeof fileKindSchema>;

/** 50 MB: far above any real SLA or workshop file, low enough to refuse a runaway payload. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

const bytes = z.instanceof(Uint8Array, { message: 'expected bytes (a Uint8Array)' }).refine((b) => b.byteLength <= MAX_FILE_BYTES, 'at most 50 MB');

/** A bare file name: no folders, no control characters, no reserved Windows characters. */
export const fileNameSchema = z
  .string()
  .min(1)
  .max(200)
  // Control characters are exactly what this pattern refuses, so it has to name them.
  // eslint-disable-next-line no-control-regex
  .regex(/^[^\\/:*?"<>|\u0000-\u001f]+$/, 'a file name without folders or the characters \\ / : * ? " < > |');

/** A stored seal identity as JSON text (storedIdentity.ts); 20 KB is ample for an RSA-2048 key and its certificate. */
const sealIdentityText = z.string().max(20_000).refine(isStoredSealIdentity, 'a seal identity (JSON with format "accord-seal-identity")');

/** A workshop id as the app makes them (UUIDs); it ends up in the presenter window's URL. */
const workshopIdSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'a workshop id (letters, digits, - and _)');

export const contract = {
  'app:getInfo': {
    request: z.object({}).strict(),
    response: z.object({ name: z.string(), version: z.string(), platform: z.string(), electron: z.string() }),
  },
  'file:save': {
    request: z.object({ suggestedName: fileNameSchema, kind: fileKindSchema, data: bytes }).strict(),
    response: z.discriminatedUnion('status', [
      z.object({ status: z.literal('saved'), path: z.string() }),
      z.object({ status: z.literal('canceled') }),
    ]),
  },
  'file:open': {
    request: z.object({ kind: fileKindSchema }).strict(),
    response: z.discriminatedUnion('status', [
      z.object({ status: z.literal('opened'), name: z.string(), data: z.instanceof(Uint8Array) }),
      z.object({ status: z.literal('canceled') }),
    ]),
  },
  // Workshop files opened with Accord from the operating system (double-click, "Open with").
  'file:takeOpened': {
    request: z.object({}).strict(),
    response: z.object({
      files: z.array(z.object({ name: z.string(), data: z.instanceof(Uint8Array) })).max(20),
      errors: z.array(z.string()).max(20),
    }),
  },
  // The per-install seal key: created in the renderer's worker, kept encrypted by main (safeStorage).
  'seal:getIdentity': {
    request: z.object({}).strict(),
    response: z.discriminatedUnion('status', [
      z.object({ status: z.literal('found'), identity: sealIdentityText }),
      z.object({ status: z.literal('none') }),
    ]),
  },
  'seal:storeIdentity': {
    request: z.object({ identity: sealIdentityText }).strict(),
    /** The identity now stored: the first one stored wins, so two racing exports agree. */
    response: z.object({ identity: sealIdentityText }),
  },
  // The presenter view: only main opens windows (the renderer's window.open stays denied).
  'presenter:open': {
    request: z.object({ workshopId: workshopIdSchema, step: stepIdSchema }).strict(),
    response: z.object({ display: z.enum(['secondary', 'primary']), reused: z.boolean() }),
  },
} as const;

export type Channel = keyof typeof contract;
export const CHANNELS = Object.keys(contract) as Channel[];
export type RequestOf<C extends Channel> = z.infer<(typeof contract)[C]['request']>;
export type ResponseOf<C extends Channel> = z.infer<(typeof contract)[C]['response']>;

/** Commands the application menu sends to the focused window ('filesOpened': main has files for the renderer to take). */
export const MENU_COMMANDS = ['newWorkshop', 'openWorkshop', 'exportSla', 'exportReport', 'undo', 'redo', 'about', 'filesOpened'] as const;
export const menuCommandSchema = z.enum(MENU_COMMANDS);
export type MenuCommand = z.infer<typeof menuCommandSchema>;
export const MENU_CHANNEL = 'menu:command';

export type AppInfo = ResponseOf<'app:getInfo'>;

/** What the preload exposes on `window.accordDesktop`. */
export interface DesktopApi {
  getAppInfo(): Promise<AppInfo>;
  saveFile(request: RequestOf<'file:save'>): Promise<ResponseOf<'file:save'>>;
  openFile(request: RequestOf<'file:open'>): Promise<ResponseOf<'file:open'>>;
  takeOpenedFiles(): Promise<ResponseOf<'file:takeOpened'>>;
  getSealIdentity(): Promise<ResponseOf<'seal:getIdentity'>>;
  storeSealIdentity(request: RequestOf<'seal:storeIdentity'>): Promise<ResponseOf<'seal:storeIdentity'>>;
  openPresenter(request: RequestOf<'presenter:open'>): Promise<ResponseOf<'presenter:open'>>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

export { DESKTOP_API_KEY } from './apiKey';
