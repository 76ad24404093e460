import forge from 'node-forge';
import { fromBase64, fromBinaryString, sha256, toBinaryString, toHex } from './bytes';

/**
 * X.509 certificates as the seal reads them: who a certificate names, its fingerprint, and
 * whether a chain of them leads to a certificate authority the user trusts. forge does the
 * ASN.1 and the chain's signatures (RSA; an organisation's CA certificate is RSA in practice).
 */
export interface CertificateInfo {
  /** Common name, or the whole subject when it has none. */
  subject: string;
  /** The full subject, "CN=…, O=…". */
  subjectDn: string;
  issuerDn: string;
  selfIssued: boolean;
  notBefore: string;
  notAfter: string;
  /** SHA-256 of the DER certificate, lower-case hex. */
  fingerprint: string;
}

type ForgeName = { attributes: { shortName?: string; name?: string; value?: unknown }[] };

const dn = (name: ForgeName): string =>
  name.attributes.map((a) => `${a.shortName ?? a.name ?? '?'}=${typeof a.value === 'string' ? a.value : '?'}`).join(', ');

export function parseCertificate(der: Uint8Array): forge.pki.Certificate {
  return forge.pki.certificateFromAsn1(forge.asn1.fromDer(toBinaryString(der)));
}

export const certificateFingerprint = async (der: Uint8Array): Promise<string> => toHex(await sha256(der));

/** Null when the bytes are not an RSA X.509 certificate forge can read. */
export async function describeCertificate(der: Uint8Array): Promise<CertificateInfo | null> {
  let cert: forge.pki.Certificate;
  try {
    cert = parseCertificate(der);
  } catch {
    return null;
  }
  const cn = cert.subject.getField('CN') as { value?: unknown } | null;
  const subjectDn = dn(cert.subject as unknown as ForgeName);
  return {
    subject: typeof cn?.value === 'string' && cn.value ? cn.value : subjectDn || '(no name)',
    subjectDn,
    issuerDn: dn(cert.issuer as unknown as ForgeName),
    selfIssued: cert.isIssuer(cert),
    notBefore: cert.validity.notBefore.toISOString(),
    notAfter: cert.validity.notAfter.toISOString(),
    fingerprint: await certificateFingerprint(der),
  };
}

/** The subject public key info (DER) of an RSA certificate, for WebCrypto's importKey('spki'). */
export function spkiOf(der: Uint8Array): Uint8Array<ArrayBuffer> {
  const cert = parseCertificate(der);
  return fromBinaryString(forge.asn1.toDer(forge.pki.publicKeyToAsn1(cert.publicKey)).getBytes());
}

/**
 * Certificates from a file as users have them: PEM (one or more "BEGIN CERTIFICATE" blocks) or
 * a single DER certificate. Null when there is none.
 */
export function certificatesFromFile(bytes: Uint8Array): Uint8Array<ArrayBuffer>[] | null {
  const text = toBinaryString(bytes.subarray(0, Math.min(bytes.length, 1_000_000)));
  const blocks = [...text.matchAll(/-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\s]+)-----END CERTIFICATE-----/g)];
  const ders = blocks.length > 0 ? blocks.map((m) => fromBase64(m[1]!.replace(/\s+/g, ''))) : [new Uint8Array(bytes)];
  try {
    ders.forEach((d) => parseCertificate(d));
  } catch {
    return null;
  }
  return ders;
}

/**
 * Whether `chain` (the sealer's certificate first, then the intermediates it carried) leads to
 * one of `authorities`, each link signed by the next, every certificate valid at `at` (the
 * sealing time the signature states) and every issuer a CA. Never throws.
 */
export function chainsToAuthority(chain: readonly Uint8Array[], authorities: readonly Uint8Array[], at: Date): boolean {
  if (chain.length === 0 || authorities.length === 0) return false;
  try {
    const store = forge.pki.createCaStore(authorities.map((a) => parseCertificate(a)));
    const certs = chain.map((c) => parseCertificate(c));
    // A chain that ends in a self-signed certificate must end in one of the authorities itself.
    const last = certs.at(-1)!;
    if (last.isIssuer(last) && !authorities.some((a) => equalDer(a, chain.at(-1)!))) return false;
    return forge.pki.verifyCertificateChain(store, certs, { validityCheckDate: at }) === true;
  } catch {
    return false;
  }
}

function equalDer(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
