import fc from 'fast-check';
import { APP_INDEX_URL } from '../../../electron/main/appUrl';
import { MAX_FILE_BYTES } from '../../../shared/ipc/contract';

/**
 * What a compromised or buggy renderer could send over IPC. Every payload here is invalid by
 * construction (a wrong type, a missing or extra key, a name with a folder in it, bytes that
 * are not a Uint8Array…), and every foreign sender carries a VALID payload, so that only the
 * sender check can be what refuses it.
 */
export interface IpcCase {
  channel: 'app:getInfo' | 'file:save' | 'file:open' | 'file:takeOpened' | 'seal:getIdentity' | 'seal:storeIdentity' | 'presenter:open';
  payload: unknown;
  event: { sender: unknown; senderFrame: { url: string; parent: unknown } | null };
  why: string;
}

export const OURS = { id: 1 };
export const TRUSTED = { sender: OURS, senderFrame: { url: APP_INDEX_URL, parent: null } };

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v) && !ArrayBuffer.isView(v);
const notAnObject = fc.anything({ withTypedArray: true, withMap: true, withSet: true, withDate: true }).filter((v) => !isPlainObject(v) || Object.keys(v).length > 0);

const badName = fc.oneof(
  // Not here: "." and "..", which the contract allows; they only ever become the default file
  // name "..pdf" / "...pdf" in Documents (fileKinds.withDefaultExtension), never a folder.
  fc.constantFrom('../../.bashrc', 'a/b.pdf', 'a\\b.pdf', 'C:\\Windows\\x.pdf', '/etc/passwd', 'sla\u0000.pdf', 'new\nline.pdf', 'what?.pdf', '<x>.pdf', 'a|b', ''),
  fc.tuple(fc.string({ maxLength: 10 }), fc.constantFrom('/', '\\', ':', '*', '"', '\u0007'), fc.string({ maxLength: 10 })).map(([a, sep, b]) => a + sep + b),
  fc.integer({ min: 201, max: 2_000_000 }).map((n) => 'x'.repeat(n)),
  fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string()), fc.object()),
);
const badKind = fc.oneof(fc.string().filter((s) => s !== 'pdf' && s !== 'workshop'), fc.constantFrom('PDF', 'exe', 'pdf ', null, 1, ['pdf'], { kind: 'pdf' }));
const badData = fc.oneof(
  fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 20 }),
  fc.string(),
  fc.constantFrom(new ArrayBuffer(4), new DataView(new ArrayBuffer(4)), new Uint16Array(2), new Int8Array(2), new Uint8ClampedArray(2), new Float64Array(1), null, undefined, 42),
  fc.constant({ byteLength: 4, 0: 37, 1: 80 }),
);
const extraKey = fc.tuple(fc.string({ minLength: 1, maxLength: 12 }), fc.anything());

const validSave = () => ({ suggestedName: 'Acme SLA.pdf', kind: 'pdf', data: new Uint8Array([37, 80, 68, 70]) });

const saveCases = fc.oneof(
  badName.map((suggestedName) => ({ ...validSave(), suggestedName, why: 'suggestedName' })),
  badKind.map((kind) => ({ ...validSave(), kind, why: 'kind' })),
  badData.map((data) => ({ ...validSave(), data, why: 'data' })),
  fc.constantFrom('suggestedName', 'kind', 'data').map((k) => {
    const p: Record<string, unknown> = validSave();
    delete p[k];
    return { ...p, why: `missing ${k}` };
  }),
  extraKey.filter(([k]) => !['suggestedName', 'kind', 'data', 'why'].includes(k)).map(([k, v]) => ({ ...validSave(), [k]: v, why: 'extra key' })),
).map(({ why, ...payload }): IpcCase => ({ channel: 'file:save', payload, event: TRUSTED, why }));

const openCases = fc.oneof(
  badKind.map((kind): IpcCase => ({ channel: 'file:open', payload: { kind }, event: TRUSTED, why: 'kind' })),
  extraKey.filter(([k]) => k !== 'kind').map(([k, v]): IpcCase => ({ channel: 'file:open', payload: { kind: 'workshop', [k]: v }, event: TRUSTED, why: 'extra key' })),
  fc.constant<IpcCase>({ channel: 'file:open', payload: {}, event: TRUSTED, why: 'missing kind' }),
);

const validIdentity = () =>
  JSON.stringify({ format: 'accord-seal-identity', version: 1, installId: 'fuzz', privateKeyPkcs8: 'AAAA', certificateDer: 'BBBB', createdAt: '2026-12-01T08:00:00.000Z' });
const badIdentity = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.constantFrom('{}', '[]', 'null', validIdentity().replace('accord-seal-identity', 'other'), validIdentity().replace('"version":1', '"version":2'), validIdentity().replace('"AAAA"', '"not base64!"')),
  fc.integer({ min: 20_001, max: 200_000 }).map((n) => 'x'.repeat(n)),
  fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string()), fc.object()),
);
const sealCases = fc.oneof(
  badIdentity.map((identity): IpcCase => ({ channel: 'seal:storeIdentity', payload: { identity }, event: TRUSTED, why: 'identity' })),
  extraKey.filter(([k]) => k !== 'identity').map(([k, v]): IpcCase => ({ channel: 'seal:storeIdentity', payload: { identity: validIdentity(), [k]: v }, event: TRUSTED, why: 'extra key' })),
  fc.constant<IpcCase>({ channel: 'seal:storeIdentity', payload: {}, event: TRUSTED, why: 'missing identity' }),
  extraKey.map(([k, v]): IpcCase => ({ channel: 'seal:getIdentity', payload: { [k]: v }, event: TRUSTED, why: 'extra key' })),
);

const infoCases = fc.oneof(
  extraKey.map(([k, v]): IpcCase => ({ channel: 'app:getInfo', payload: { [k]: v }, event: TRUSTED, why: 'extra key' })),
  // A renderer that names a path to read must be refused: only files the OS handed main are read.
  extraKey.map(([k, v]): IpcCase => ({ channel: 'file:takeOpened', payload: { [k]: v }, event: TRUSTED, why: 'extra key' })),
  fc.constantFrom('/etc/passwd', '../../.ssh/id_rsa', 'C:\\Windows\\win.ini').map((path): IpcCase => ({ channel: 'file:takeOpened', payload: { path }, event: TRUSTED, why: 'a path' })),
);

// The presenter window's URL is built from these, so a workshop id with a path or a query in it
// must never get through.
const presenterCases = fc.oneof(
  fc.constantFrom('../index.html', 'w/../../x', 'w?x=1', 'w#y', '', 'a'.repeat(65), 'w 1', 'é').map((workshopId): IpcCase => ({ channel: 'presenter:open', payload: { workshopId, step: 'sla' }, event: TRUSTED, why: 'workshop id' })),
  fc.oneof(fc.string({ maxLength: 12 }).filter((s) => !['commitment', 'goals', 'targetBuyer', 'leadProcess', 'qualifiedLead', 'handOff', 'sla', 'metrics', 'technology', 'feedback'].includes(s)), fc.integer(), fc.constant(null)).map((step): IpcCase => ({ channel: 'presenter:open', payload: { workshopId: 'w-1', step }, event: TRUSTED, why: 'step' })),
  extraKey.map(([k, v]): IpcCase => ({ channel: 'presenter:open', payload: { workshopId: 'w-1', step: 'sla', [k]: v }, event: TRUSTED, why: 'extra key' })),
);

// An object with no own keys (an empty typed array, a Date, a Map) passes z.object({}).strict()
// exactly as {} does; app:getInfo reads nothing from its request, so that is not counted as bad.
const nonObjects = fc
  .tuple(fc.constantFrom<IpcCase['channel']>('app:getInfo', 'file:save', 'file:open', 'seal:storeIdentity'), notAnObject)
  .filter(([channel, v]) => !isPlainObject(v) && !(channel === 'app:getInfo' && typeof v === 'object' && v !== null && Object.keys(v).length === 0))
  .map(([channel, payload]): IpcCase => ({ channel, payload, event: TRUSTED, why: 'not an object' }));

export const badPayload: fc.Arbitrary<IpcCase> = fc.oneof(
  { arbitrary: saveCases, weight: 4 },
  { arbitrary: openCases, weight: 2 },
  { arbitrary: infoCases, weight: 1 },
  { arbitrary: nonObjects, weight: 2 },
  { arbitrary: sealCases, weight: 2 },
  { arbitrary: presenterCases, weight: 2 },
);

const validFor = {
  'app:getInfo': {},
  'file:save': validSave(),
  'file:open': { kind: 'workshop' },
  'file:takeOpened': {},
  'seal:getIdentity': {},
  'seal:storeIdentity': { identity: validIdentity() },
  'presenter:open': { workshopId: 'w-1', step: 'sla' },
} as const;
const foreignFrame = fc.oneof(
  fc.webUrl().map((url) => ({ url, parent: null })),
  fc.constantFrom('app://accord.evil/index.html', 'app://accordx/', 'app://evil/accord/', 'file:///home/ana/x.html', 'devtools://devtools/bundled/x.html', 'about:blank', 'data:text/html,x', '').map((url) => ({ url, parent: null })),
  fc.constant({ url: APP_INDEX_URL, parent: { url: APP_INDEX_URL, parent: null } }),
);
export const foreignSender: fc.Arbitrary<IpcCase> = fc
  .tuple(
    fc.constantFrom<IpcCase['channel']>('app:getInfo', 'file:save', 'file:open', 'file:takeOpened', 'seal:getIdentity', 'seal:storeIdentity', 'presenter:open'),
    fc.oneof(
      foreignFrame.map((senderFrame) => ({ sender: OURS, senderFrame, why: `frame ${senderFrame.url}${senderFrame.parent ? ' (subframe)' : ''}` })),
      fc.constant({ sender: { id: 2 }, senderFrame: { url: APP_INDEX_URL, parent: null }, why: 'another webContents' }),
      fc.constant({ sender: OURS, senderFrame: null, why: 'destroyed frame' }),
    ),
  )
  .map(([channel, { why, ...event }]) => ({ channel, payload: validFor[channel], event, why }));

/** Too big to generate per run: one case at the limit + 1. */
export const oversized = (): IpcCase => ({ channel: 'file:save', payload: { ...validSave(), data: new Uint8Array(MAX_FILE_BYTES + 1) }, event: TRUSTED, why: 'data over 50 MB' });
