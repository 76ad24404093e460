import { z } from 'zod';
import { stepIdSchema } from '../workshop/steps';
import { hasKindExtension } from './fileKinds';

/**
 * The one IPC contract between the renderer and the main process. Every channel names its
 * request and response schema; main validates requests with them (and the sender), the
 * preload exposes exactly `DesktopApi`, and the renderer reaches it only through its
 * platform adapter.
 */
/** What each kind is (dialog filters, extensions, MIME type): fileKinds.ts. */
export const FILE_KINDS = ['pdf', 'workshop', 'certificate', 'p12', 'svg', 'ics', 'zip'] as const;
export const fileKindSchema = z.enum(FILE_KINDS);
export type FileKind = z.infer<typeof fileKindSchema>;

/** 50 MB: far above any real SLA or workshop file, low enough to refuse a runaway payload. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

const bytes = z
  .instanceof(Uint8Array, { message: 'expected bytes (a Uint8Array)' })
  .refine((b) => b.byteLength <= MAX_FILE_BYTES, 'at most 50 MB');

/** A bare file name: no folders, no control characters, no reserved Windows characters. */
export const fileNameSchema = z
  .string()
  .min(1)
  .max(200)
  // Control characters are exactly what this pattern refuses, so it has to name them.
  // eslint-disable-next-line no-control-regex
  .regex(/^[^\\/:*?"<>|\u0000-\u001f]+$/, 'a file name without folders or the characters \\ / : * ? " < > |');

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in 64 lower-case hex digits');
const base64 = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .regex(/^[A-Za-z0-9+/]+=*$/, 'base64 text');

/**
 * A sealer as the page may know it: certificates (public) and their fingerprint. Never a key:
 * the page sends bytes to be sealed and gets sealed bytes or signatures back (seal:*).
 */
const sealerView = z
  .object({
    fingerprint: sha256Hex,
    /** DER, base64: the sealer's own certificate first, then its chain. */
    certificates: z.array(base64(20_000)).min(1).max(6),
  })
  .strict();

/**
 * How the seal key is kept at rest: the OS keyring; Electron's fixed-password fallback on Linux
 * (basic_text); or, in browser mode, a non-extractable key in the browser profile.
 */
export const KEY_PROTECTIONS = ['keyring', 'basicText', 'browserProfile'] as const;

const sealInfo = z
  .object({
    install: sealerView,
    organisation: sealerView.nullable(),
    protection: z.enum(KEY_PROTECTIONS),
  })
  .strict();
export type SealInfo = z.infer<typeof sealInfo>;

/** What an audit-trail seal signs (shared/seal/trail.ts auditSealMessage); main builds the message itself. */
const auditSealRequest = z
  .object({
    workshopId: z.string().min(1).max(64),
    from: z.number().int().min(0).max(100_000),
    to: z.number().int().min(1).max(100_000),
    head: sha256Hex,
    kind: z.enum(['recorded', 'adopted']),
    at: z.iso.datetime(),
  })
  .strict()
  .refine((r) => r.to > r.from, { path: ['to'], message: 'a seal covers at least one event (to > from)' });

/** A workshop id as the app makes them (UUIDs); it ends up in the presenter window's URL. */
const workshopIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'a workshop id (letters, digits, - and _)');

export const contract = {
  'app:getInfo': {
    request: z.object({}).strict(),
    response: z.object({ name: z.string(), version: z.string(), platform: z.string(), electron: z.string() }),
  },
  'file:save': {
    // The name must end in its kind's extension: the renderer cannot save an .exe as a "calendar".
    request: z
      .object({ suggestedName: fileNameSchema, kind: fileKindSchema, data: bytes })
      .strict()
      .refine((r) => hasKindExtension(r.suggestedName, r.kind), {
        path: ['suggestedName'],
        message: 'a file name ending in its kind’s extension',
      }),
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
  // The seal: main holds the keys (safeStorage) and signs; the page sees certificates only.
  'seal:info': {
    request: z.object({}).strict(),
    response: sealInfo,
  },
  'seal:sealPdf': {
    request: z.object({ pdf: bytes, reason: z.string().max(300) }).strict(),
    response: z.object({ pdf: bytes }).strict(),
  },
  'seal:signAuditSeal': {
    request: auditSealRequest,
    response: z.object({ signature: base64(2000), sealer: sealerView }).strict(),
  },
  'seal:importOrganisation': {
    request: z
      .object({
        data: z
          .instanceof(Uint8Array, { message: 'expected bytes (a Uint8Array)' })
          .refine((b) => b.byteLength <= 200_000, 'at most 200 KB'),
        password: z.string().max(1000),
      })
      .strict(),
    response: sealInfo,
  },
  'seal:removeOrganisation': {
    request: z.object({}).strict(),
    response: sealInfo,
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
  sealInfo(): Promise<ResponseOf<'seal:info'>>;
  sealPdf(request: RequestOf<'seal:sealPdf'>): Promise<ResponseOf<'seal:sealPdf'>>;
  signAuditSeal(request: RequestOf<'seal:signAuditSeal'>): Promise<ResponseOf<'seal:signAuditSeal'>>;
  importOrganisationKey(request: RequestOf<'seal:importOrganisation'>): Promise<ResponseOf<'seal:importOrganisation'>>;
  removeOrganisationKey(): Promise<ResponseOf<'seal:removeOrganisation'>>;
  openPresenter(request: RequestOf<'presenter:open'>): Promise<ResponseOf<'presenter:open'>>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

export { DESKTOP_API_KEY } from './apiKey';
