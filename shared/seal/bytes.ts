/**
 * Byte helpers for the seal, with no Buffer: shared/ runs in the worker, the page and Node.
 * forge works on "binary strings" (one char per byte), WebCrypto on Uint8Array.
 */
export function toBinaryString(bytes: Uint8Array): string {
  let out = '';
  // In chunks: String.fromCharCode(...bytes) overflows the call stack on a whole PDF.
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return out;
}

export function fromBinaryString(text: string): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

export const toBase64 = (bytes: Uint8Array): string => btoa(toBinaryString(bytes));
export const fromBase64 = (text: string): Uint8Array<ArrayBuffer> => fromBinaryString(atob(text));

export const toHex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

export function fromHex(hex: string): Uint8Array<ArrayBuffer> | null {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) return null;
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

export async function sha256(bytes: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

/** Latin-1 view of a PDF: PDF syntax is ASCII, so offsets in the string are byte offsets. */
export const latin1 = (bytes: Uint8Array): string => toBinaryString(bytes);
