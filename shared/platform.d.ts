/**
 * shared/ runs in the page, its workers, main and the CLI, so tsconfig.shared.json gives it
 * neither DOM nor Node types: `document` or `process` here is a compile error. These are the
 * few web-platform globals that Node (20+) and browsers both provide and shared/ uses, typed as
 * narrowly as shared/ calls them. Add one only if both runtimes have it.
 */
/* eslint-disable no-var -- only `var` declarations become properties of globalThis, as these are. */

type BufferSource = ArrayBufferView<ArrayBuffer> | ArrayBuffer;
type KeyUsage = 'encrypt' | 'decrypt' | 'sign' | 'verify' | 'deriveKey' | 'deriveBits' | 'wrapKey' | 'unwrapKey';

interface Algorithm {
  name: string;
}
interface RsaHashedImportParams extends Algorithm {
  hash: string | Algorithm;
}
interface RsaHashedKeyGenParams extends RsaHashedImportParams {
  modulusLength: number;
  publicExponent: Uint8Array<ArrayBuffer>;
}
interface CryptoKey {
  readonly type: 'public' | 'private' | 'secret';
  readonly extractable: boolean;
  readonly algorithm: Algorithm;
  readonly usages: KeyUsage[];
}
interface CryptoKeyPair {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
}
interface SubtleCrypto {
  digest(algorithm: string | Algorithm, data: BufferSource): Promise<ArrayBuffer>;
  generateKey(algorithm: RsaHashedKeyGenParams, extractable: boolean, usages: readonly KeyUsage[]): Promise<CryptoKeyPair>;
  exportKey(format: 'spki' | 'pkcs8' | 'raw', key: CryptoKey): Promise<ArrayBuffer>;
  importKey(
    format: 'spki' | 'pkcs8' | 'raw',
    data: BufferSource,
    algorithm: string | Algorithm,
    extractable: boolean,
    usages: readonly KeyUsage[],
  ): Promise<CryptoKey>;
  sign(algorithm: string | Algorithm, key: CryptoKey, data: BufferSource): Promise<ArrayBuffer>;
  verify(algorithm: string | Algorithm, key: CryptoKey, signature: BufferSource, data: BufferSource): Promise<boolean>;
}
interface Crypto {
  readonly subtle: SubtleCrypto;
  getRandomValues<T extends ArrayBufferView>(array: T): T;
  randomUUID(): `${string}-${string}-${string}-${string}-${string}`;
}
declare var crypto: Crypto;

interface TextEncoder {
  encode(input?: string): Uint8Array<ArrayBuffer>;
}
declare var TextEncoder: { new (): TextEncoder };
interface TextDecoder {
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}
declare var TextDecoder: { new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }): TextDecoder };

declare function structuredClone<T>(value: T): T;
declare function atob(data: string): string;
declare function btoa(data: string): string;

// Inflating a PDF stream: new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate')).
interface ReadableStreamDefaultReader<R> {
  read(): Promise<{ done: true; value?: undefined } | { done: false; value: R }>;
  cancel(reason?: unknown): Promise<void>;
}
interface ReadableStream<R> {
  pipeThrough<T>(transform: { writable: WritableStream<R>; readable: ReadableStream<T> }): ReadableStream<T>;
  getReader(): ReadableStreamDefaultReader<R>;
}
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- mirrors the platform's generic type
interface WritableStream<W> {
  readonly locked: boolean;
}
interface Blob {
  readonly size: number;
  stream(): ReadableStream<Uint8Array<ArrayBuffer>>;
}
declare var Blob: { new (parts: readonly BufferSource[]): Blob };
interface DecompressionStream {
  readonly readable: ReadableStream<Uint8Array<ArrayBuffer>>;
  readonly writable: WritableStream<BufferSource>;
}
declare var DecompressionStream: { new (format: 'deflate' | 'deflate-raw' | 'gzip'): DecompressionStream };
