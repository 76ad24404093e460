import forge from 'node-forge';
import { fromBinaryString, toBinaryString, toHex } from './bytes';
import { cryptoKeySealer, importSigningKey, RSA_SIGN, type Sealer } from './sealer';
import type { SealIdentity } from './storedIdentity';
export { parseSealIdentity, serializeSealIdentity, isStoredSealIdentity, type ParsedIdentity, type SealIdentity } from './storedIdentity';
export { certificateFingerprint } from './certificates';

/**
 * The per-install seal: an RSA key and a self-signed certificate naming this install. It is
 * not a trust anchor (nobody vouches for it); it proves the PDF is unchanged since this
 * install sealed it, and lets two PDFs be traced to the same install by fingerprint. Whoever
 * reads a PDF decides whether to trust that fingerprint (Settings → Trusted sealers,
 * `accord verify --trust`).
 */
const RSA_PARAMS: RsaHashedKeyGenParams = { ...RSA_SIGN, modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]) };
const CERT_YEARS = 30;

export const sealSubject = (installId: string): string => `Accord seal ${installId}`;

export interface NewSealKey {
  installId: string;
  /** The signing key; non-extractable unless `exportable` was asked for. */
  privateKey: CryptoKey;
  /** PKCS#8 of the key, only when `exportable` (main and the CLI keep it encrypted or 0600). */
  privateKeyPkcs8: Uint8Array<ArrayBuffer> | null;
  certificateDer: Uint8Array<ArrayBuffer>;
  createdAt: string;
}

/**
 * WebCrypto makes the key (tens of ms; forge's own RSA generation took seconds in a worker);
 * forge lays out the certificate and WebCrypto signs it, so the key can be non-extractable
 * from birth (browser mode keeps it as a CryptoKey that no script can read out).
 */
export async function createSealKey({
  installId = globalThis.crypto.randomUUID(),
  now = new Date(),
  exportable = false,
}: { installId?: string; now?: Date; exportable?: boolean } = {}): Promise<NewSealKey> {
  const pair = await globalThis.crypto.subtle.generateKey(RSA_PARAMS, exportable, ['sign', 'verify']);
  const spki = new Uint8Array(await globalThis.crypto.subtle.exportKey('spki', pair.publicKey));

  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromAsn1(forge.asn1.fromDer(toBinaryString(spki)));
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
  // What forge's cert.sign() does, with the signature made by WebCrypto.
  const sha256WithRsa = forge.pki.oids['sha256WithRSAEncryption']!;
  cert.siginfo.algorithmOid = sha256WithRsa;
  cert.signatureOid = sha256WithRsa;
  const tbs = (forge.pki as unknown as { getTBSCertificate(c: forge.pki.Certificate): forge.asn1.Asn1 }).getTBSCertificate(cert);
  (cert as unknown as { tbsCertificate: forge.asn1.Asn1 }).tbsCertificate = tbs;
  const tbsDer = fromBinaryString(forge.asn1.toDer(tbs).getBytes());
  cert.signature = toBinaryString(new Uint8Array(await globalThis.crypto.subtle.sign(RSA_SIGN, pair.privateKey, tbsDer)));
  const certificateDer = fromBinaryString(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes());
  const privateKeyPkcs8 = exportable ? new Uint8Array(await globalThis.crypto.subtle.exportKey('pkcs8', pair.privateKey)) : null;
  return { installId, privateKey: pair.privateKey, privateKeyPkcs8, certificateDer, createdAt: now.toISOString() };
}

/** A new install identity whose key can be stored (main encrypts it with safeStorage; the CLI keeps it 0600). */
export async function createSealIdentity(options: { installId?: string; now?: Date } = {}): Promise<SealIdentity> {
  const made = await createSealKey({ ...options, exportable: true });
  return {
    installId: made.installId,
    privateKeyPkcs8: made.privateKeyPkcs8!,
    certificateDer: made.certificateDer,
    createdAt: made.createdAt,
  };
}

/** The Sealer for a stored identity: its key imported as non-extractable, its certificate. */
export async function identitySealer(identity: SealIdentity): Promise<Sealer> {
  return cryptoKeySealer(await importSigningKey(identity.privateKeyPkcs8), [identity.certificateDer]);
}
