import forge from 'node-forge';
import { fromBinaryString, toBinaryString } from './bytes';
import { parseCertificate } from './certificates';

/**
 * An organisation's own certificate, as IT hands it out: a PKCS#12 file (.p12 / .pfx) with a
 * password, holding the private key, its certificate and usually the chain up to the
 * organisation's CA. Read with forge (legacy 3DES/RC2 files and OpenSSL 3's AES + PBKDF2 alike).
 */
export interface OrganisationKey {
  /** PKCS#8 DER: to be imported as a non-extractable key or encrypted at rest at once. */
  privateKeyPkcs8: Uint8Array<ArrayBuffer>;
  /** The key's certificate first, then the rest of the chain as the file carries it. */
  certificates: Uint8Array<ArrayBuffer>[];
}

export type P12Problem = { code: 'notP12' | 'wrongPassword' | 'noKey' | 'noCertificate' | 'notRsa' | 'keyMismatch' };
export type ParsedP12 = { ok: true; key: OrganisationKey } | { ok: false; problem: P12Problem };

const MAX_P12_BYTES = 200_000;

type Bag = { key?: forge.pki.PrivateKey; cert?: forge.pki.Certificate };

export function parseP12(bytes: Uint8Array, password: string): ParsedP12 {
  if (bytes.length === 0 || bytes.length > MAX_P12_BYTES) return { ok: false, problem: { code: 'notP12' } };
  let asn1: forge.asn1.Asn1;
  try {
    asn1 = forge.asn1.fromDer(toBinaryString(bytes));
  } catch {
    return { ok: false, problem: { code: 'notP12' } };
  }
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    p12 = forge.pkcs12.pkcs12FromAsn1(asn1, password);
  } catch (err) {
    const message = err instanceof Error ? err.message : '';
    return {
      ok: false,
      problem: { code: /MAC could not be verified|Invalid password|decrypt/i.test(message) ? 'wrongPassword' : 'notP12' },
    };
  }
  const bags = (type: string): Bag[] => (p12.getBags({ bagType: type })[type] ?? []) as Bag[];
  const key = [...bags(forge.pki.oids.pkcs8ShroudedKeyBag!), ...bags(forge.pki.oids.keyBag!)].find((b) => b.key)?.key as
    forge.pki.rsa.PrivateKey | undefined;
  if (!key) return { ok: false, problem: { code: 'noKey' } };
  if (typeof (key as { n?: unknown }).n !== 'object') return { ok: false, problem: { code: 'notRsa' } };
  const certs = bags(forge.pki.oids.certBag!)
    .map((b) => b.cert)
    .filter((c): c is forge.pki.Certificate => c !== undefined);
  if (certs.length === 0) return { ok: false, problem: { code: 'noCertificate' } };
  // The key's own certificate is the one whose public key matches; the rest is its chain.
  const own = certs.findIndex((c) => {
    const pub = c.publicKey as forge.pki.rsa.PublicKey;
    return typeof pub.n === 'object' && pub.n.equals(key.n) && pub.e.equals(key.e);
  });
  if (own < 0) return { ok: false, problem: { code: 'keyMismatch' } };
  const derOf = (c: forge.pki.Certificate) => fromBinaryString(forge.asn1.toDer(forge.pki.certificateToAsn1(c)).getBytes());
  const ordered = [
    certs[own]!,
    ...orderChain(
      certs[own]!,
      certs.filter((_, i) => i !== own),
    ),
  ];
  const pkcs8 = forge.asn1.toDer(forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(key))).getBytes();
  const certificates = ordered.map(derOf);
  certificates.forEach((c) => parseCertificate(c));
  return { ok: true, key: { privateKeyPkcs8: fromBinaryString(pkcs8), certificates } };
}

/** The chain from the leaf's issuer upwards, as far as the file carries it. */
function orderChain(leaf: forge.pki.Certificate, rest: forge.pki.Certificate[]): forge.pki.Certificate[] {
  const out: forge.pki.Certificate[] = [];
  let current = leaf;
  const pool = [...rest];
  while (pool.length > 0 && !current.isIssuer(current)) {
    const i = pool.findIndex((c) => current.isIssuer(c));
    if (i < 0) break;
    current = pool.splice(i, 1)[0]!;
    out.push(current);
  }
  return out;
}
