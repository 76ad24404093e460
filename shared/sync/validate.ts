import { eventHash } from '../sla/audit';
import { signatureEvidence } from '../sla/evidence';
import { hashCanonical } from '../sla/json';
import { docIds, MAX_DOC_CHARS, syncDocSchema, UNIT_SCHEMAS, type SyncDoc } from './docs';
import { sealKey } from './mapping';

/**
 * Why a document from the server was quarantined, as a code the UI words. The server is not
 * trusted: anyone who can write to the database could have put the document there.
 */
export type QuarantineCode =
  /** Larger than any document Accord writes. */
  | 'tooLarge'
  /** Not shaped like a workshop document (wrong types, strings past their limits…); `path` names the field. */
  | 'invalid'
  /** Its id does not match its content, so it could stand in for another document. */
  | 'idMismatch'
  /** A signed version whose fingerprint does not match its content. */
  | 'forgedVersion'
  /** A different content under the number of a version this laptop already holds. */
  | 'rewritesSignedVersion'
  /** An audit event whose hash does not match its fields. */
  | 'forgedEvent'
  /** A signature on content other than its version's. */
  | 'signatureMismatch';

export interface Quarantined {
  docId: string;
  code: QuarantineCode;
  path?: string;
}

export type Checked = { ok: true; doc: SyncDoc } | ({ ok: false } & Quarantined);

/** What this laptop already holds of a workshop's signed versions: number → content hash. */
export type KnownVersions = ReadonlyMap<number, string>;

const idOf = (raw: unknown): string => {
  const id = (raw as { _id?: unknown } | null)?._id;
  return typeof id === 'string' ? id.slice(0, 300) : '';
};

/** The id a document must have, given its content. */
function expectedId(doc: SyncDoc): string {
  const wid = doc.workshopId;
  switch (doc.type) {
    case 'unit':
      return docIds.unit(wid, doc.unit);
    case 'audit':
      return docIds.audit(wid, doc.event.hash);
    case 'version':
      return docIds.version(wid, doc.version.number, doc.version.contentHash);
    case 'signature':
      return docIds.signature(wid, doc.version, signatureEvidence(doc.signature));
    case 'seal':
      return docIds.seal(wid, sealKey(doc.seal));
    case 'sealer':
      return docIds.sealer(wid, doc.sealer.fingerprint);
    default:
      return docIds.item(wid, doc.type, doc.item.id);
  }
}

/**
 * Checks one incoming document before anything of it may reach the local store: its shape
 * (the workshop schema's own limits), that its id is the one its content gives, and that what
 * is signed or chained still hashes to what it claims. `known` guards the versions this laptop
 * already holds: a signed version can never be replaced.
 */
export function checkIncoming(raw: unknown, known: KnownVersions = new Map()): Checked {
  const docId = idOf(raw);
  const no = (code: QuarantineCode, path?: string): Checked => ({ ok: false, docId, code, ...(path ? { path } : {}) });
  let size: number;
  try {
    size = JSON.stringify(raw)?.length ?? 0;
  } catch {
    return no('invalid');
  }
  if (size > MAX_DOC_CHARS) return no('tooLarge');
  const parsed = syncDocSchema.safeParse(raw);
  if (!parsed.success) return no('invalid', parsed.error.issues[0]?.path.join('.'));
  const doc = parsed.data;
  if (doc.type === 'unit') {
    const data = UNIT_SCHEMAS[doc.unit].safeParse(doc.data);
    if (!data.success) return no('invalid', ['data', ...(data.error.issues[0]?.path ?? [])].join('.'));
    if (doc.unit === 'meta' && (data.data as { id: string }).id !== doc.workshopId) return no('idMismatch');
    doc.data = data.data;
  }
  if (doc.type === 'audit' && eventHash(doc.event) !== doc.event.hash) return no('forgedEvent');
  if (doc.type === 'version') {
    if (hashCanonical(doc.version.content) !== doc.version.contentHash) return no('forgedVersion');
    const held = known.get(doc.version.number);
    if (held !== undefined && held !== doc.version.contentHash) return no('rewritesSignedVersion');
  }
  if (doc.type === 'signature') {
    const held = known.get(doc.version);
    if (held !== undefined && held !== doc.signature.contentHash) return no('signatureMismatch');
  }
  if (expectedId(doc) !== doc._id) return no('idMismatch');
  return { ok: true, doc };
}
