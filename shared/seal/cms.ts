import forge from 'node-forge';
import { equalBytes, fromBinaryString, sha256, toBinaryString } from './bytes';

/**
 * A detached CMS SignedData for PAdES baseline B-B, built with forge's ASN.1 only: signed
 * attributes are contentType, messageDigest and ESS signing-certificate-v2 (no signingTime,
 * which B-B excludes; the time is in the signature dictionary's /M). RSA signing and
 * verification go through WebCrypto, which is fast in the worker and in Node alike.
 */
const { asn1 } = forge;
const U = asn1.Class.UNIVERSAL;
const CTX = asn1.Class.CONTEXT_SPECIFIC;
const T = asn1.Type;

const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
  sha256WithRsa: '1.2.840.113549.1.1.11',
} as const;

const RSA: RsaHashedImportParams = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };

const oid = (id: string) => asn1.create(U, T.OID, false, asn1.oidToDer(id).getBytes());
const seq = (items: forge.asn1.Asn1[]) => asn1.create(U, T.SEQUENCE, true, items);
const set = (items: forge.asn1.Asn1[]) => asn1.create(U, T.SET, true, items);
const octets = (bytes: Uint8Array) => asn1.create(U, T.OCTETSTRING, false, toBinaryString(bytes));
const int = (n: number) => asn1.create(U, T.INTEGER, false, asn1.integerToDer(n).getBytes());
const nul = () => asn1.create(U, T.NULL, false, '');
const algorithm = (id: string) => seq([oid(id), nul()]);
const der = (node: forge.asn1.Asn1) => fromBinaryString(asn1.toDer(node).getBytes());
const attribute = (id: string, value: forge.asn1.Asn1) => seq([oid(id), set([value])]);

/** DER orders a SET OF by the encodings of its elements. */
function derSet(items: forge.asn1.Asn1[]): forge.asn1.Asn1 {
  const encoded = items.map((item) => ({ item, bytes: asn1.toDer(item).getBytes() }));
  encoded.sort((a, b) => (a.bytes < b.bytes ? -1 : a.bytes > b.bytes ? 1 : 0));
  return set(encoded.map((e) => e.item));
}

interface CertParts {
  node: forge.asn1.Asn1;
  serial: forge.asn1.Asn1;
  issuer: forge.asn1.Asn1;
  spki: forge.asn1.Asn1;
}

const children = (node: forge.asn1.Asn1 | undefined): forge.asn1.Asn1[] => {
  if (!node || !Array.isArray(node.value)) throw new Error('unexpected structure');
  return node.value;
};

/** The fields of an X.509 certificate the CMS needs, read from its ASN.1 (v1 certificates have no [0] version). */
function certParts(certDer: Uint8Array): CertParts {
  const node = asn1.fromDer(toBinaryString(certDer));
  const tbs = children(children(node)[0]);
  const start = tbs[0]?.tagClass === CTX ? 1 : 0;
  const [serial, , issuer, , , spki] = tbs.slice(start);
  if (!serial || !issuer || !spki) throw new Error('the certificate is incomplete');
  return { node, serial, issuer, spki };
}

function signedAttributes(digest: Uint8Array, certHash: Uint8Array, cert: CertParts): forge.asn1.Asn1 {
  // IssuerSerial: GeneralNames holding the issuer as a directoryName ([4] EXPLICIT Name).
  const issuerSerial = seq([seq([asn1.create(CTX, 4, true, [cert.issuer])]), cert.serial]);
  return derSet([
    attribute(OID.contentType, oid(OID.data)),
    attribute(OID.messageDigest, octets(digest)),
    attribute(OID.signingCertificateV2, seq([seq([seq([octets(certHash), issuerSerial])])])),
  ]);
}

/** Signs the bytes covered by the PDF's ByteRange; returns the DER ContentInfo for /Contents. */
export async function signDetached(content: Uint8Array, privateKeyPkcs8: Uint8Array<ArrayBuffer>, certificateDer: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const cert = certParts(certificateDer);
  const attrs = signedAttributes(await sha256(content), await sha256(certificateDer), cert);
  const key = await globalThis.crypto.subtle.importKey('pkcs8', privateKeyPkcs8, RSA, false, ['sign']);
  // The signature covers the attributes encoded as a SET; in SignerInfo they are tagged [0].
  const signature = new Uint8Array(await globalThis.crypto.subtle.sign(RSA, key, der(attrs)));
  const signerInfo = seq([
    int(1),
    seq([cert.issuer, cert.serial]),
    algorithm(OID.sha256),
    asn1.create(CTX, 0, true, children(attrs)),
    algorithm(OID.rsaEncryption),
    octets(signature),
  ]);
  const signedData = seq([
    int(1),
    set([algorithm(OID.sha256)]),
    seq([oid(OID.data)]),
    asn1.create(CTX, 0, true, [cert.node]),
    set([signerInfo]),
  ]);
  return der(seq([oid(OID.signedData), asn1.create(CTX, 0, true, [signedData])]));
}

export type CmsCheck =
  | { ok: true; certificateDer: Uint8Array<ArrayBuffer> }
  | { ok: false; problem: 'unreadable' | 'digest-mismatch' | 'bad-signature' | 'wrong-certificate'; message: string; certificateDer?: Uint8Array<ArrayBuffer> };

const oidOf = (node: forge.asn1.Asn1 | undefined): string | null =>
  node && node.tagClass === U && node.type === T.OID && typeof node.value === 'string' ? asn1.derToOid(node.value) : null;

const bytesOf = (node: forge.asn1.Asn1 | undefined): Uint8Array<ArrayBuffer> | null =>
  node && node.tagClass === U && node.type === T.OCTETSTRING && typeof node.value === 'string' ? fromBinaryString(node.value) : null;

interface ParsedCms {
  signedAttrs: forge.asn1.Asn1[];
  signature: Uint8Array<ArrayBuffer>;
  certificateDer: Uint8Array<ArrayBuffer>;
}

function parseCms(cmsDer: Uint8Array): ParsedCms {
  // /Contents is zero-padded after the DER, so trailing bytes are expected.
  const root = (asn1.fromDer as unknown as (bytes: string, options: object) => forge.asn1.Asn1)(toBinaryString(cmsDer), { parseAllBytes: false, decodeBitStrings: false });
  const [type, explicit] = children(root);
  if (oidOf(type) !== OID.signedData) throw new Error('not a CMS SignedData');
  const signedData = children(children(explicit)[0]);
  const certs = signedData.find((n) => n.tagClass === CTX && n.type === 0);
  const signerInfos = signedData.at(-1);
  const infos = children(signerInfos);
  if (infos.length !== 1) throw new Error(`${infos.length} signers where one is expected`);
  const info = children(infos[0]);
  const attrs = info.find((n) => n.tagClass === CTX && n.type === 0);
  const signature = bytesOf(info.at(-1));
  const cert = children(certs)[0];
  if (!attrs || !signature || !cert) throw new Error('the signature is incomplete');
  return { signedAttrs: children(attrs), signature, certificateDer: der(cert) };
}

function attributeValue(attrs: forge.asn1.Asn1[], id: string): forge.asn1.Asn1 | undefined {
  const found = attrs.find((a) => oidOf(children(a)[0]) === id);
  return found ? children(children(found)[1])[0] : undefined;
}

/**
 * Checks a detached CMS against the signed bytes: the message digest is the content's SHA-256,
 * the RSA signature over the attributes verifies with the embedded certificate, and the ESS
 * attribute names that same certificate. Never throws: an unreadable blob is a finding.
 */
export async function verifyDetached(content: Uint8Array, cmsDer: Uint8Array): Promise<CmsCheck> {
  let parsed: ParsedCms;
  let messageDigest: Uint8Array | null;
  let essHash: Uint8Array | null;
  let spkiDer: Uint8Array<ArrayBuffer>;
  try {
    parsed = parseCms(cmsDer);
    messageDigest = bytesOf(attributeValue(parsed.signedAttrs, OID.messageDigest));
    const ess = attributeValue(parsed.signedAttrs, OID.signingCertificateV2);
    essHash = ess ? bytesOf(children(children(children(ess)[0])[0])[0]) : null;
    spkiDer = der(certParts(parsed.certificateDer).spki);
  } catch (err) {
    return { ok: false, problem: 'unreadable', message: `the signature cannot be read (${err instanceof Error ? err.message : String(err)})` };
  }
  const { certificateDer } = parsed;
  if (!messageDigest) return { ok: false, problem: 'unreadable', message: 'the signature carries no message digest', certificateDer };
  if (!equalBytes(messageDigest, await sha256(content))) {
    return { ok: false, problem: 'digest-mismatch', message: 'the signed bytes were changed after sealing (digest mismatch)', certificateDer };
  }
  if (essHash && !equalBytes(essHash, await sha256(certificateDer))) {
    return { ok: false, problem: 'wrong-certificate', message: 'the signature names a different certificate than the one it carries', certificateDer };
  }
  let valid = false;
  try {
    const key = await globalThis.crypto.subtle.importKey('spki', spkiDer, RSA, false, ['verify']);
    valid = await globalThis.crypto.subtle.verify(RSA, key, parsed.signature, der(set(parsed.signedAttrs)));
  } catch {
    valid = false;
  }
  if (!valid) return { ok: false, problem: 'bad-signature', message: 'the signature does not verify with its certificate', certificateDer };
  return { ok: true, certificateDer };
}

/** The certificate's subject common name and validity, for display; null when unreadable. */
export function describeCertificate(certificateDer: Uint8Array): { subject: string; notBefore: string; notAfter: string } | null {
  try {
    const cert = forge.pki.certificateFromAsn1(asn1.fromDer(toBinaryString(certificateDer)));
    const cn = cert.subject.getField('CN') as { value?: unknown } | null;
    return { subject: typeof cn?.value === 'string' ? cn.value : '(no name)', notBefore: cert.validity.notBefore.toISOString(), notAfter: cert.validity.notAfter.toISOString() };
  } catch {
    return null;
  }
}

export { OID as CMS_OIDS };
