import Papa from 'papaparse';

/**
 * Reading a CSV of any size a slice at a time: the file is never held whole (never
 * `file.text()`), so a CRM export of hundreds of megabytes costs one slice of memory plus what
 * the caller keeps. Works on any Blob, so it runs the same in the worker and in node tests.
 */

/** Files above this are refused before reading: a sample of a few million leads says as much. */
export const MAX_CSV_BYTES = 512 * 1024 * 1024;
/** How much is read and parsed between two progress messages (and two checks for cancel). */
export const SLICE_BYTES = 256 * 1024;

/** Why a file was refused before any row was read. */
export type FileRefusal =
  | { code: 'tooLarge'; bytes: number; limit: number }
  /** NUL bytes or control characters: an image, a spreadsheet, an archive… */
  | { code: 'binary' }
  | { code: 'empty' };

/** Receives the records of one parsed chunk; `structural` maps an index in `records` to papaparse's complaint. */
export type RecordSink = (records: string[][], structural: ReadonlyMap<number, string>) => 'more' | 'stop';

export interface StreamControl {
  cancelled(): boolean;
  onProgress?(bytesRead: number, totalBytes: number): void;
}

export type StreamOutcome =
  { outcome: 'done' | 'cancelled' | 'stopped'; bytesRead: number; totalBytes: number } | { outcome: 'refused'; refusal: FileRefusal };

/**
 * True when the bytes cannot be text: a NUL byte, or more than 1 in 20 control characters other
 * than tab and line breaks. Bytes ≥ 0x80 are allowed: a Windows-1252 export is still a CSV.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  let control = 0;
  for (const b of bytes) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return bytes.length > 0 && control * 20 > bytes.length;
}

/** What papaparse needs from a stream: it pulls nothing, it is handed text as it is decoded. */
function textEmitter() {
  const listeners = new Map<string, ((arg?: string) => void)[]>();
  const stream = {
    readable: true as const,
    read: () => undefined,
    pause: () => undefined,
    resume: () => undefined,
    on(event: string, fn: (arg?: string) => void) {
      listeners.set(event, [...(listeners.get(event) ?? []), fn]);
    },
    removeListener(event: string, fn: (arg?: string) => void) {
      listeners.set(
        event,
        (listeners.get(event) ?? []).filter((f) => f !== fn),
      );
    },
  };
  const emit = (event: 'data' | 'end', arg?: string) => {
    for (const fn of listeners.get(event) ?? []) fn(arg);
  };
  return { stream, emit };
}

/**
 * Streams `file` through papaparse's streaming parser, one decoded slice at a time, handing each
 * chunk's records to `sink`. Papaparse parses synchronously as text arrives, so a cancel seen
 * between two slices stops the read with every record before it handled.
 */
export async function streamCsv(file: Blob, sink: RecordSink, control: StreamControl, sliceBytes = SLICE_BYTES): Promise<StreamOutcome> {
  const totalBytes = file.size;
  if (totalBytes > MAX_CSV_BYTES) return { outcome: 'refused', refusal: { code: 'tooLarge', bytes: totalBytes, limit: MAX_CSV_BYTES } };
  if (totalBytes === 0) return { outcome: 'refused', refusal: { code: 'empty' } };
  const head = new Uint8Array(await file.slice(0, Math.min(totalBytes, 8192)).arrayBuffer());
  if (looksBinary(head)) return { outcome: 'refused', refusal: { code: 'binary' } };

  const { stream, emit } = textEmitter();
  let stopped = false;
  let handle: Papa.Parser | null = null;
  Papa.parse<string[]>(stream as unknown as File, {
    skipEmptyLines: false,
    // The loop below knows when the file ends: everything is parsed as it is handed over.
    complete: () => undefined,
    chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
      handle = parser;
      if (stopped) return;
      const structural = new Map<number, string>();
      for (const e of results.errors) if (e.row !== undefined && e.code !== 'UndetectableDelimiter') structural.set(e.row, e.message);
      if (sink(results.data, structural) === 'stop') {
        stopped = true;
        parser.abort();
      }
    },
  });

  const decoder = new TextDecoder('utf-8');
  let bytesRead = 0;
  let first = true;
  while (bytesRead < totalBytes) {
    if (control.cancelled()) {
      (handle as Papa.Parser | null)?.abort();
      return { outcome: 'cancelled', bytesRead, totalBytes };
    }
    const end = Math.min(totalBytes, bytesRead + sliceBytes);
    let text = decoder.decode(await file.slice(bytesRead, end).arrayBuffer(), { stream: true });
    bytesRead = end;
    if (first) text = text.replace(/^\uFEFF/, '');
    first = false;
    if (text !== '') emit('data', text);
    if (stopped) return { outcome: 'stopped', bytesRead, totalBytes };
    control.onProgress?.(bytesRead, totalBytes);
  }
  const rest = decoder.decode();
  if (rest !== '') emit('data', rest);
  emit('end');
  return { outcome: stopped ? 'stopped' : 'done', bytesRead, totalBytes };
}
