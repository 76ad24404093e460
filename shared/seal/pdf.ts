import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFString, type PDFObject } from 'pdf-lib';
import { fromHex, latin1 } from './bytes';

/**
 * Reading a sealed PDF with a PDF parser (pdf-lib), never by scanning its bytes: the signature
 * is the value of a signature field in the document's AcroForm, and the Accord record is taken
 * from the signed revision only. Text a user typed (a client called "Acme /ByteRange [0 1 2 3]")
 * is a string inside an object and is read as one.
 */
export interface SignatureField {
  /** [start, length, start, length]: what the signature covers. */
  byteRange: [number, number, number, number];
  /** The CMS, as the /Contents hex string holds it (zero padding included). */
  cms: Uint8Array;
  /** /M as written, e.g. "D:20261201093000Z". */
  signingTime: string | null;
}

export type Located = { kind: 'notPdf' } | { kind: 'unreadable' } | { kind: 'unsealed' } | { kind: 'sealed'; fields: SignatureField[] };

const LOAD = { updateMetadata: false, ignoreEncryption: true, throwOnInvalidObject: false } as const;

async function load(bytes: Uint8Array): Promise<PDFDocument | null> {
  try {
    return await PDFDocument.load(bytes, LOAD);
  } catch {
    return null;
  }
}

const lookup = (doc: PDFDocument, value: PDFObject | undefined): PDFObject | undefined =>
  value instanceof PDFRef ? doc.context.lookup(value) : value;
const dictOf = (doc: PDFDocument, value: PDFObject | undefined): PDFDict | null => {
  const v = lookup(doc, value);
  return v instanceof PDFDict ? v : null;
};
const arrayOf = (doc: PDFDocument, value: PDFObject | undefined): PDFArray | null => {
  const v = lookup(doc, value);
  return v instanceof PDFArray ? v : null;
};

/** Every terminal field of the AcroForm, following /Kids (bounded, and safe from cycles). */
function formFields(doc: PDFDocument): PDFDict[] {
  const form = dictOf(doc, doc.catalog.get(PDFName.of('AcroForm')));
  const top = form ? arrayOf(doc, form.get(PDFName.of('Fields'))) : null;
  const out: PDFDict[] = [];
  const seen = new Set<PDFDict>();
  const walk = (list: PDFArray | null, depth: number) => {
    if (!list || depth > 16) return;
    for (let i = 0; i < list.size() && out.length < 1000; i++) {
      const field = dictOf(doc, list.get(i));
      if (!field || seen.has(field)) continue;
      seen.add(field);
      const kids = arrayOf(doc, field.get(PDFName.of('Kids')));
      if (kids) walk(kids, depth + 1);
      else out.push(field);
    }
  };
  walk(top, 0);
  return out;
}

function signatureOf(doc: PDFDocument, field: PDFDict): SignatureField | null {
  const type = field.get(PDFName.of('FT'));
  if (!(type instanceof PDFName) || type.asString() !== '/Sig') return null;
  const value = dictOf(doc, field.get(PDFName.of('V')));
  if (!value) return null;
  const range = arrayOf(doc, value.get(PDFName.of('ByteRange')));
  const numbers = range ? range.asArray().map((n) => lookup(doc, n)) : [];
  if (numbers.length !== 4 || !numbers.every((n) => n instanceof PDFNumber))
    return { byteRange: [-1, -1, -1, -1], cms: new Uint8Array(), signingTime: null };
  const contents = lookup(doc, value.get(PDFName.of('Contents')));
  const cms = contents instanceof PDFHexString ? fromHex(contents.asString().replace(/\s+/g, '')) : null;
  const when = lookup(doc, value.get(PDFName.of('M')));
  return {
    byteRange: numbers.map((n) => (n as PDFNumber).asNumber()) as SignatureField['byteRange'],
    cms: cms ?? new Uint8Array(),
    signingTime: when instanceof PDFString || when instanceof PDFHexString ? when.decodeText() : null,
  };
}

/** The signature fields of the document as its latest revision declares them. */
export async function locateSignatures(bytes: Uint8Array): Promise<Located> {
  if (!latin1(bytes.subarray(0, 1024)).includes('%PDF-')) return { kind: 'notPdf' };
  const doc = await load(bytes);
  if (!doc) return { kind: 'unreadable' };
  let fields: SignatureField[];
  try {
    fields = formFields(doc)
      .map((f) => signatureOf(doc, f))
      .filter((f): f is SignatureField => f !== null);
  } catch {
    return { kind: 'unreadable' };
  }
  return fields.length === 0 ? { kind: 'unsealed' } : { kind: 'sealed', fields };
}

/** What the signed revision carries for Accord: the record file (format 2) or the older info-dictionary entry (format 1). */
export type RecordBytes =
  { kind: 'file'; json: string } | { kind: 'info'; hex: string } | { kind: 'none' } | { kind: 'tooLarge' } | { kind: 'unreadable' };

export const RECORD_FILE_NAME = 'accord-record.json';
/** The record is a few hundred KB even for a year of audit events; anything far larger is refused unread. */
export const MAX_RECORD_BYTES = 8 * 1024 * 1024;

/** Reads Accord's record from `signedRevision` (the bytes the signature covers, up to its end). */
export async function readRecordBytes(signedRevision: Uint8Array): Promise<RecordBytes> {
  const doc = await load(signedRevision);
  if (!doc) return { kind: 'unreadable' };
  try {
    const names = dictOf(doc, doc.catalog.get(PDFName.of('Names')));
    const files = names ? dictOf(doc, names.get(PDFName.of('EmbeddedFiles'))) : null;
    const list = files ? arrayOf(doc, files.get(PDFName.of('Names'))) : null;
    for (let i = 0; list && i + 1 < list.size(); i += 2) {
      const name = lookup(doc, list.get(i));
      if (!(name instanceof PDFString || name instanceof PDFHexString) || name.decodeText() !== RECORD_FILE_NAME) continue;
      const spec = dictOf(doc, list.get(i + 1));
      const ef = spec ? dictOf(doc, spec.get(PDFName.of('EF'))) : null;
      const stream = ef ? lookup(doc, ef.get(PDFName.of('F'))) : null;
      if (!(stream instanceof PDFRawStream)) return { kind: 'unreadable' };
      const json = await streamText(doc, stream);
      return json === null ? { kind: 'tooLarge' } : { kind: 'file', json };
    }
    const info = dictOf(doc, doc.context.trailerInfo.Info);
    const legacy = info ? lookup(doc, info.get(PDFName.of('AccordSla'))) : null;
    if (legacy instanceof PDFHexString) return { kind: 'info', hex: legacy.asString() };
    return { kind: 'none' };
  } catch {
    return { kind: 'unreadable' };
  }
}

/** The stream's text, inflated with a ceiling (a small stream can inflate to gigabytes); null past it. */
async function streamText(doc: PDFDocument, stream: PDFRawStream): Promise<string | null> {
  const filter = lookup(doc, stream.dict.get(PDFName.of('Filter')));
  const only = filter instanceof PDFArray && filter.size() === 1 ? lookup(doc, filter.get(0)) : filter;
  const name = only === undefined ? null : only instanceof PDFName ? only.asString() : 'other';
  let bytes: Uint8Array;
  if (name === null) bytes = stream.contents;
  else if (name === '/FlateDecode') {
    const inflated = await inflateCapped(stream.contents, MAX_RECORD_BYTES);
    if (!inflated) return null;
    bytes = inflated;
  } else throw new Error('unsupported filter');
  if (bytes.length > MAX_RECORD_BYTES) return null;
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

async function inflateCapped(data: Uint8Array, cap: number): Promise<Uint8Array | null> {
  const reader = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > cap) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
