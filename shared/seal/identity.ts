import forge from 'node-forge';
import type { SealIdentity } from './storedIdentity';
import { fromBinaryString, sha256, toBinaryString, toHex } from './bytes';
export { parseSealIdentity, serializeSealIdentity, isStoredSealIdentity, type ParsedIdentity } from './storedIdentity';

/**
 * The per-install seal: an RSA key and a self-signed certificate naming this install. It is
 * not a trust anchor (nobody vouches for it); it proves the PDF is unchanged since this
 * install sealed it, and lets two PDFs be traced to the same install by fingerprint.
 */
export type { SealIdentity } from './storedIdentity';

const RSA_PARAMS: RsaHashedKeyGenParams = { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' };
const CERT_YEARS = 30;

export const sealSubject = (installId: string): string => `Accord seal ${installId}`;

/**
 * WebCrypto makes the key (tens of ms; forge's own RSA generation took seconds in a worker),
 * forge builds the certificate around it.
 */
export async function createSealIdentity({ installId = globalThis.crypto.randomUUID(), now = new Date() }: { installId?: string; now?: Date } = {}): Promise<SealIdentity> {
  const pair = await globalThis.crypto.subtle.generateKey(RSA_PARAMS, true, ['sign', 'verify']);
  const pkcs8 = new Uint8Array(await globalThis.crypto.subtle.exportKey('pkcs8', pair.privateKey));
  const privateKey = forge.pki.privateKeyFromAsn1(forge.asn1.fromDer(toBinaryString(pkcs8))) as forge.pki.rsa.PrivateKey;

  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.setRsaPublicKey(privateKey.n, privateKey.e);
  // A positive 16-byte serial: the top bit cleared so DER does not read it as negative.
  const serial = globalThis.crypto.getRandomValues(new Uint8Array(16));
  serial[0] = serial[0]! & 0x7f;
  cert.serialNumber = toHex(serial);
  cert.validity.notBefore = now;
  cert.validity.notAfter = new Date(now.getTime());
  cert.validity.notAfter.setUTCFullYear(now.getUTCFullYear() + CERT_YEARS);
  const name = [
    { name: 'commonName', value: sealSubject(installId) },
    { name: 'organizationName', value: 'Accord' },
  ];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(privateKey, forge.md.sha256.create());
  const certificateDer = fromBinaryString(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes());
  return { installId, privateKeyPkcs8: pkcs8, certificateDer, createdAt: now.toISOString() };
}

/** SHA-256 of the certificate in hex: the same install seals every PDF with the same one. */
export async function certificateFingerprint(certificateDer: Uint8Array): Promise<string> {
  return toHex(await sha256(certificateDer));
}
