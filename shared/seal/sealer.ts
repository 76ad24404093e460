/**
 * Whatever holds a seal key, seen from the code that seals: the certificates to embed and a
 * way to sign bytes. The private key stays with its keeper: main (desktop), a non-extractable
 * CryptoKey (browser mode), the CLI's key file; callers only ever get signatures back.
 */
export interface Sealer {
  /** DER certificates: the sealer's own first, then the chain it came with (organisation certificates). */
  readonly certificates: readonly Uint8Array<ArrayBuffer>[];
  /** RSASSA-PKCS1-v1_5 / SHA-256 signature of `data`. */
  sign(data: Uint8Array): Promise<Uint8Array<ArrayBuffer>>;
}

export const RSA_SIGN: RsaHashedImportParams = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };

/** A Sealer over a WebCrypto private key (extractable or not). */
export function cryptoKeySealer(key: CryptoKey, certificates: readonly Uint8Array<ArrayBuffer>[]): Sealer {
  if (certificates.length === 0) throw new Error('a sealer needs its certificate');
  return {
    certificates,
    sign: async (data) => new Uint8Array(await globalThis.crypto.subtle.sign(RSA_SIGN, key, data as Uint8Array<ArrayBuffer>)),
  };
}

/** Imports a PKCS#8 RSA key as a non-extractable signing key. */
export async function importSigningKey(pkcs8: Uint8Array): Promise<CryptoKey> {
  try {
    return await globalThis.crypto.subtle.importKey('pkcs8', pkcs8 as Uint8Array<ArrayBuffer>, RSA_SIGN, false, ['sign']);
  } catch {
    throw new Error('the key is not an RSA private key (only RSA keys can seal)');
  }
}

/** Checks an RSASSA-PKCS1-v1_5 / SHA-256 signature against a public key given as SPKI DER. */
export async function verifyWithSpki(spki: Uint8Array, signature: Uint8Array, data: Uint8Array): Promise<boolean> {
  try {
    const key = await globalThis.crypto.subtle.importKey('spki', spki as Uint8Array<ArrayBuffer>, RSA_SIGN, false, ['verify']);
    return await globalThis.crypto.subtle.verify(RSA_SIGN, key, signature as Uint8Array<ArrayBuffer>, data as Uint8Array<ArrayBuffer>);
  } catch {
    return false;
  }
}
