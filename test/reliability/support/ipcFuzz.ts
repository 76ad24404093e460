import fc from 'fast-check';
import { APP_INDEX_URL } from '../../../electron/main/appUrl';
import { CHANNELS, MAX_FILE_BYTES, type Channel } from '../../../shared/ipc/contract';

/**
 * What a compromised or buggy renderer could send over IPC. Every payload here is invalid by
 * construction (a wrong type, a missing or extra key, a name with a folder in it, bytes that
 * are not a Uint8Array…), and every foreign sender carries a VALID payload, so that only the
 * sender check can be what refuses it.
 */
export interface IpcCase {
  channel: Channel;
  payload: unknown;
  event: { sender: unknown; senderFrame: { url: string; parent: unknown } | null };
  why: string;
}

export const OURS = { id: 1 };
export const TRUSTED = { sender: OURS, senderFrame: { url: APP_INDEX_URL, parent: null } };

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !ArrayBuffer.isView(v);
const notAnObject = fc
  .anything({ withTypedArray: true, withMap: true, withSet: true, withDate: true })
  .filter((v) => !isPlainObject(v) || Object.keys(v).length > 0);

const badName = fc.oneof(
  // Not here: "." and "..", which the contract allows; they only ever become the default file
  // name "..pdf" / "...pdf" in Documents (fileKinds.withDefaultExtension), never a folder.
  fc.constantFrom(
    '../../.bashrc',
    'a/b.pdf',
    'a\\b.pdf',
    'C:\\Windows\\x.pdf',
    '/etc/passwd',
    'sla\u0000.pdf',
    'new\nline.pdf',
    'what?.pdf',
    '<x>.pdf',
    'a|b',
    '',
  ),
  fc
    .tuple(fc.string({ maxLength: 10 }), fc.constantFrom('/', '\\', ':', '*', '"', '\u0007'), fc.string({ maxLength: 10 }))
    .map(([a, sep, b]) => a + sep + b),
  fc.integer({ min: 201, max: 2_000_000 }).map((n) => 'x'.repeat(n)),
  fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string()), fc.object()),
);
const badKind = fc.oneof(
  fc.string().filter((s) => !['pdf', 'workshop', 'certificate', 'p12'].includes(s)),
  fc.constantFrom('PDF', 'exe', 'pdf ', null, 1, ['pdf'], { kind: 'pdf' }),
);
const badData = fc.oneof(
  fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 20 }),
  fc.string(),
  fc.constantFrom(
    new ArrayBuffer(4),
    new DataView(new ArrayBuffer(4)),
    new Uint16Array(2),
    new Int8Array(2),
    new Uint8ClampedArray(2),
    new Float64Array(1),
    null,
    undefined,
    42,
  ),
  fc.constant({ byteLength: 4, 0: 37, 1: 80 }),
);
const extraKey = fc.tuple(fc.string({ minLength: 1, maxLength: 12 }), fc.anything());

const validSave = () => ({ suggestedName: 'Acme SLA.pdf', kind: 'pdf', data: new Uint8Array([37, 80, 68, 70]) });

const saveCases = fc
  .oneof(
    badName.map((suggestedName) => ({ ...validSave(), suggestedName, why: 'suggestedName' })),
    badKind.map((kind) => ({ ...validSave(), kind, why: 'kind' })),
    badData.map((data) => ({ ...validSave(), data, why: 'data' })),
    fc.constantFrom('suggestedName', 'kind', 'data').map((k) => {
      const p: Record<string, unknown> = validSave();
      delete p[k];
      return { ...p, why: `missing ${k}` };
    }),
    extraKey
      .filter(([k]) => !['suggestedName', 'kind', 'data', 'why'].includes(k))
      .map(([k, v]) => ({ ...validSave(), [k]: v, why: 'extra key' })),
  )
  .map(({ why, ...payload }): IpcCase => ({ channel: 'file:save', payload, event: TRUSTED, why }));

const openCases = fc.oneof(
  badKind.map((kind): IpcCase => ({ channel: 'file:open', payload: { kind }, event: TRUSTED, why: 'kind' })),
  extraKey
    .filter(([k]) => k !== 'kind')
    .map(([k, v]): IpcCase => ({ channel: 'file:open', payload: { kind: 'workshop', [k]: v }, event: TRUSTED, why: 'extra key' })),
  fc.constant<IpcCase>({ channel: 'file:open', payload: {}, event: TRUSTED, why: 'missing kind' }),
);

const sha = 'a'.repeat(64);
const validAuditSeal = () => ({ workshopId: 'w-1', from: 0, to: 3, head: sha, kind: 'recorded', at: '2026-12-07T10:00:00.000Z' });
const validSealPdf = () => ({ pdf: new Uint8Array([37, 80, 68, 70]), reason: 'Sealed by Accord' });
const validImport = () => ({ data: new Uint8Array([48, 130]), password: 'pw' });
/** The seal channels: a page can ask main to sign only audit seals main words itself, and never for a key. */
const sealCases = fc.oneof(
  fc
    .oneof(
      fc.record({
        head: fc.oneof(
          fc.string({ maxLength: 70 }).filter((h) => !/^[0-9a-f]{64}$/.test(h)),
          fc.constant(sha.toUpperCase()),
        ),
      }),
      fc.record({ from: fc.oneof(fc.integer({ max: -1 }), fc.double(), fc.constant('0')) }),
      fc.record({ to: fc.oneof(fc.constant(0), fc.integer({ min: 100_001 }), fc.constant(null)) }),
      fc.constant({ from: 5, to: 5 }),
      fc.record({ kind: fc.string().filter((k) => k !== 'recorded' && k !== 'adopted') }),
      fc.record({ at: fc.oneof(fc.string({ maxLength: 30 }), fc.constant(12)) }),
      fc.record({ workshopId: fc.oneof(fc.constant(''), fc.constant('x'.repeat(65)), fc.integer()) }),
      fc.constant({ message: 'sign anything I give you' }),
    )
    .map((bad): IpcCase => ({
      channel: 'seal:signAuditSeal',
      payload: { ...validAuditSeal(), ...bad },
      event: TRUSTED,
      why: `audit seal ${Object.keys(bad).join(',')}`,
    })),
  badData.map((pdf): IpcCase => ({ channel: 'seal:sealPdf', payload: { ...validSealPdf(), pdf }, event: TRUSTED, why: 'pdf' })),
  fc
    .oneof(fc.integer(), fc.constant(null), fc.string({ minLength: 301, maxLength: 400 }))
    .map((reason): IpcCase => ({ channel: 'seal:sealPdf', payload: { ...validSealPdf(), reason }, event: TRUSTED, why: 'reason' })),
  badData.map((data): IpcCase => ({
    channel: 'seal:importOrganisation',
    payload: { ...validImport(), data },
    event: TRUSTED,
    why: 'p12 data',
  })),
  fc.oneof(fc.integer(), fc.constant(null), fc.string({ minLength: 1001, maxLength: 1100 })).map((password): IpcCase => ({
    channel: 'seal:importOrganisation',
    payload: { ...validImport(), password },
    event: TRUSTED,
    why: 'password',
  })),
  fc.constant<IpcCase>({
    channel: 'seal:importOrganisation',
    payload: { ...validImport(), data: new Uint8Array(200_001) },
    event: TRUSTED,
    why: 'p12 over 200 KB',
  }),
  fc
    .constantFrom<Channel>('seal:info', 'seal:removeOrganisation')
    .chain((channel) => extraKey.map(([k, v]): IpcCase => ({ channel, payload: { [k]: v }, event: TRUSTED, why: 'extra key' }))),
  extraKey
    .filter(([k]) => !Object.keys(validAuditSeal()).includes(k))
    .map(([k, v]): IpcCase => ({
      channel: 'seal:signAuditSeal',
      payload: { ...validAuditSeal(), [k]: v },
      event: TRUSTED,
      why: 'extra key',
    })),
);

const infoCases = fc.oneof(
  extraKey.map(([k, v]): IpcCase => ({ channel: 'app:getInfo', payload: { [k]: v }, event: TRUSTED, why: 'extra key' })),
  // A renderer that names a path to read must be refused: only files the OS handed main are read.
  extraKey.map(([k, v]): IpcCase => ({ channel: 'file:takeOpened', payload: { [k]: v }, event: TRUSTED, why: 'extra key' })),
  fc
    .constantFrom('/etc/passwd', '../../.ssh/id_rsa', 'C:\\Windows\\win.ini')
    .map((path): IpcCase => ({ channel: 'file:takeOpened', payload: { path }, event: TRUSTED, why: 'a path' })),
);

// The presenter window's URL is built from these, so a workshop id with a path or a query in it
// must never get through.
const presenterCases = fc.oneof(
  fc.constantFrom('../index.html', 'w/../../x', 'w?x=1', 'w#y', '', 'a'.repeat(65), 'w 1', 'é').map((workshopId): IpcCase => ({
    channel: 'presenter:open',
    payload: { workshopId, step: 'sla' },
    event: TRUSTED,
    why: 'workshop id',
  })),
  fc
    .oneof(
      fc
        .string({ maxLength: 12 })
        .filter(
          (s) =>
            ![
              'commitment',
              'goals',
              'targetBuyer',
              'leadProcess',
              'qualifiedLead',
              'handOff',
              'sla',
              'metrics',
              'technology',
              'feedback',
            ].includes(s),
        ),
      fc.integer(),
      fc.constant(null),
    )
    .map((step): IpcCase => ({ channel: 'presenter:open', payload: { workshopId: 'w-1', step }, event: TRUSTED, why: 'step' })),
  extraKey.map(([k, v]): IpcCase => ({
    channel: 'presenter:open',
    payload: { workshopId: 'w-1', step: 'sla', [k]: v },
    event: TRUSTED,
    why: 'extra key',
  })),
);

// An object with no own keys (an empty typed array, a Date, a Map) passes z.object({}).strict()
// exactly as {} does; app:getInfo reads nothing from its request, so that is not counted as bad.
const nonObjects = fc
  .tuple(fc.constantFrom<IpcCase['channel']>('app:getInfo', 'file:save', 'file:open', 'seal:sealPdf', 'seal:signAuditSeal'), notAnObject)
  .filter(
    ([channel, v]) =>
      !isPlainObject(v) && !(channel === 'app:getInfo' && typeof v === 'object' && v !== null && Object.keys(v).length === 0),
  )
  .map(([channel, payload]): IpcCase => ({ channel, payload, event: TRUSTED, why: 'not an object' }));

export const badPayload: fc.Arbitrary<IpcCase> = fc.oneof(
  { arbitrary: saveCases, weight: 4 },
  { arbitrary: openCases, weight: 2 },
  { arbitrary: infoCases, weight: 1 },
  { arbitrary: nonObjects, weight: 2 },
  { arbitrary: sealCases, weight: 2 },
  { arbitrary: presenterCases, weight: 2 },
);

const validFor: Record<Channel, unknown> = {
  'app:getInfo': {},
  'file:save': validSave(),
  'file:open': { kind: 'workshop' },
  'file:takeOpened': {},
  'seal:info': {},
  'seal:sealPdf': validSealPdf(),
  'seal:signAuditSeal': validAuditSeal(),
  'seal:importOrganisation': validImport(),
  'seal:removeOrganisation': {},
  'presenter:open': { workshopId: 'w-1', step: 'sla' },
};
const foreignFrame = fc.oneof(
  fc.webUrl().map((url) => ({ url, parent: null })),
  fc
    .constantFrom(
      'app://accord.evil/index.html',
      'app://accordx/',
      'app://evil/accord/',
      'file:///home/ana/x.html',
      'devtools://devtools/bundled/x.html',
      'about:blank',
      'data:text/html,x',
      '',
    )
    .map((url) => ({ url, parent: null })),
  fc.constant({ url: APP_INDEX_URL, parent: { url: APP_INDEX_URL, parent: null } }),
);
export const foreignSender: fc.Arbitrary<IpcCase> = fc
  .tuple(
    fc.constantFrom<IpcCase['channel']>(...CHANNELS),
    fc.oneof(
      foreignFrame.map((senderFrame) => ({
        sender: OURS,
        senderFrame,
        why: `frame ${senderFrame.url}${senderFrame.parent ? ' (subframe)' : ''}`,
      })),
      fc.constant({ sender: { id: 2 }, senderFrame: { url: APP_INDEX_URL, parent: null }, why: 'another webContents' }),
      fc.constant({ sender: OURS, senderFrame: null, why: 'destroyed frame' }),
    ),
  )
  .map(([channel, { why, ...event }]) => ({ channel, payload: validFor[channel], event, why }));

/** Too big to generate per run: one case at the limit + 1. */
export const oversized = (): IpcCase => ({
  channel: 'file:save',
  payload: { ...validSave(), data: new Uint8Array(MAX_FILE_BYTES + 1) },
  event: TRUSTED,
  why: 'data over 50 MB',
});
