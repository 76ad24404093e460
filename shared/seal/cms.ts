import forge from 'node-forge';
import { equalBytes, fromBinaryString, sha256, toBinaryString } from './bytes';
import { spkiOf } from './certificates';
import { verifyWithSpki, type Sealer } from './sealer';

/**
 * A detached CMS SignedData for PAdES baseline B-B, built with forge's ASN.1 only: signed
 * attributes are contentType, messageDigest and ESS signing-certificate-v2 (no signingTime,
 * which B-B excludes; the time is in the signature dictionary's /M). The certificates carried
 * are the sealer's own, then its chain, so a reader that trusts the organisation's CA can
 * build the path. RSA signing goes through the Sealer; verification through WebCrypto.
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

type Node = forge.asn1.Asn1;

const oid = (id: string) => asn1.create(U, T.OID, false, asn1.oidToDer(id).getBytes());
const seq = (items: Node[]) => asn1.create(U, T.SEQUENCE, true, items);
const set = (items: Node[]) => asn1.create(U, T.SET, true, items);
const octets = (bytes: Uint8Array) => asn1.create(U, T.OCTETSTRING, false, toBinaryString(bytes));
const int = (n: number) => asn1.create(U, T.INTEGER, false, asn1.integerToDer(n).getBytes());
const nul = () => asn1.create(U, T.NULL, false, '');
const algorithm = (id: string) => seq([oid(id), nul()]);
const der = (node: Node) => fromBinaryString(asn1.toDer(node).getBytes());
const attribute = (id: string, value: Node) => seq([oid(id), set([value])]);

/** DER orders a SET OF by the encodings of its elements. */
function derSet(items: Node[]): Node {
  const encoded = items.map((item) => ({ item, bytes: asn1.toDer(item).getBytes() }));
  encoded.sort((a, b) => (a.bytes < b.bytes ? -1 : a.bytes > b.bytes ? 1 : 0));
  return set(encoded.map((e) => e.item));
}

const children = (node: Node | undefined): Node[] => {
  if (!node || !Array.isArray(node.value)) throw new Error('unexpected structure');
  return node.value;
};

interface CertParts {
  node: Node;
  serial: Node;
  issuer: Node;
}

/** The fields of an X.509 certificate the CMS needs, read from its ASN.1 (v1 certificates have no [0] version). */
function certParts(certDer: Uint8Array): CertParts {
  const node = asn1.fromDer(toBinaryString(certDer));
  const tbs = children(children(node)[0]);
  const start = tbs[0]?.tagClass === CTX ? 1 : 0;
  const [serial, , issuer] = tbs.slice(start);
  if (!serial || !issuer) throw new Error('the certificate is incomplete');
  return { node, serial, issuer };
}

function signedAttributes(digest: Uint8Array, certHash: Uint8Array, cert: CertParts): Node {
  // IssuerSerial: GeneralNames holding the issuer as a directoryName ([4] EXPLICIT Name).
  const issuerSerial = seq([seq([asn1.create(CTX, 4, true, [cert.issuer])]), cert.serial]);
  return derSet([
    attribute(OID.contentType, oid(OID.data)),
    attribute(OID.messageDigest, octets(digest)),
    attribute(OID.signingCertificateV2, seq([seq([seq([octets(certHash), issuerSerial])])])),
  ]);
}

/** Signs the bytes covered by the PDF's ByteRange; returns the DER ContentInfo for /Contents. */
export async function signDetached(content: Uint8Array, sealer: Sealer): Promise<Uint8Array<ArrayBuffer>> {
  const own = sealer.certificates[0]!;
  const cert = certParts(own);
  const attrs = signedAttributes(await sha256(content), await sha256(own), cert);
  // The signature covers the attributes encoded as a SET; in SignerInfo they are tagged [0].
  const signature = await sealer.sign(der(attrs));
  const signerInfo = seq([
    int(1),
    seq([cert.issuer, cert.serial]),
    algorithm(OID.sha256),
    asn1.create(CTX, 0, true, children(attrs)),
    algorithm(OID.rsaEncryption),
    octets(signature),
  ]);
  const certificates = sealer.certificates.map((c) => asn1.fromDer(toBinaryString(c)));
  const signedData = seq([
    int(1),
    set([algorithm(OID.sha256)]),
    seq([oid(OID.data)]),
    asn1.create(CTX, 0, true, certificates),
    set([signerInfo]),
  ]);
  return der(seq([oid(OID.signedData), asn1.create(CTX, 0, true, [signedData])]));
}

/** Why a CMS does not hold, as a code the reader words; `attribute` names a missing signed attribute. */
export type CmsProblem =
  | {
      code:
        | 'unreadable'
        | 'digestMismatch'
        | 'badSignature'
        | 'wrongCertificate'
        | 'wrongContentType'
        | 'unsupportedAlgorithm'
        | 'noSignerCertificate';
    }
  | { code: 'missingAttribute'; attribute: 'contentType' | 'messageDigest' | 'signingCertificateV2' };

export type CmsCheck =
  /** `certificates`: the signer's first, then every other certificate the CMS carries. */
  { ok: true; certificates: Uint8Array<ArrayBuffer>[] } | { ok: false; problem: CmsProblem; certificates: Uint8Array<ArrayBuffer>[] };

const oidOf = (node: Node | undefined): string | null =>
  node && node.tagClass === U && node.type === T.OID && typeof node.value === 'string' ? asn1.derToOid(node.value) : null;

const bytesOf = (node: Node | undefined): Uint8Array<ArrayBuffer> | null =>
  node && node.tagClass === U && node.type === T.OCTETSTRING && typeof node.value === 'string' ? fromBinaryString(node.value) : null;

interface ParsedCms {
  signedAttrs: Node[];
  signature: Uint8Array<ArrayBuffer>;
  digestAlgorithm: string | null;
  signatureAlgorithm: string | null;
  encapsulatedType: string | null;
  /** The signer's certificate first, when the SignerInfo names one the CMS carries. */
  certificates: Uint8Array<ArrayBuffer>[];
  signerFound: boolean;
}

function parseCms(cmsDer: Uint8Array): ParsedCms {
  // /Contents is zero-padded after the DER, so trailing bytes are expected.
  const root = (asn1.fromDer as unknown as (bytes: string, options: object) => Node)(toBinaryString(cmsDer), {
    parseAllBytes: false,
    decodeBitStrings: false,
  });
  const [type, explicit] = children(root);
  if (oidOf(type) !== OID.signedData) throw new Error('not a CMS SignedData');
  const signedData = children(children(explicit)[0]);
  const encap = children(signedData[2]);
  const certsNode = signedData.find((n) => n.tagClass === CTX && n.type === 0);
  const infos = children(signedData.at(-1));
  if (infos.length !== 1) throw new Error(`${infos.length} signers where one is expected`);
  const info = children(infos[0]);
  const [, sid, digestAlg] = info;
  const attrs = info.find((n) => n.tagClass === CTX && n.type === 0);
  const signatureAlg = info.at(-2);
  const signature = bytesOf(info.at(-1));
  if (!attrs || !signature || !sid || !digestAlg) throw new Error('the signature is incomplete');
  const all = certsNode ? children(certsNode).map((c) => der(c)) : [];
  // The SignerInfo names its certificate by issuer and serial number.
  const [sidIssuer, sidSerial] = children(sid);
  const wanted = sidIssuer && sidSerial ? toBinaryString(der(sidIssuer)) + '|' + toBinaryString(der(sidSerial)) : null;
  const index = all.findIndex((c) => {
    try {
      const p = certParts(c);
      return toBinaryString(der(p.issuer)) + '|' + toBinaryString(der(p.serial)) === wanted;
    } catch {
      return false;
    }
  });
  const certificates = index < 0 ? all : [all[index]!, ...all.filter((_, i) => i !== index)];
  return {
    signedAttrs: children(attrs),
    signature,
    digestAlgorithm: oidOf(children(digestAlg)[0]),
    signatureAlgorithm: signatureAlg ? oidOf(children(signatureAlg)[0]) : null,
    encapsulatedType: oidOf(encap[0]),
    certificates,
    signerFound: index >= 0,
  };
}

function attributeValues(attrs: Node[], id: string): Node[] | null {
  const found = attrs.filter((a) => oidOf(children(a)[0]) === id);
  // An attribute may appear once; two are as bad as none.
  return found.length === 1 ? children(children(found[0])[1]) : null;
}

/**
 * Checks a detached CMS against the signed bytes: well formed (SHA-256, RSA, detached id-data),
 * the three signed attributes present once each and consistent (content type id-data, message
 * digest = the content's SHA-256, ESS signing-certificate-v2 = the signer's certificate), and
 * the RSA signature over the attributes verifies with that certificate. Never throws.
 */
export async function verifyDetached(content: Uint8Array, cmsDer: Uint8Array): Promise<CmsCheck> {
  let parsed: ParsedCms;
  try {
    parsed = parseCms(cmsDer);
  } catch {
    return { ok: false, problem: { code: 'unreadable' }, certificates: [] };
  }
  const { certificates } = parsed;
  const fail = (problem: CmsProblem): CmsCheck => ({ ok: false, problem, certificates });
  if (!parsed.signerFound) return fail({ code: 'noSignerCertificate' });
  if (
    parsed.digestAlgorithm !== OID.sha256 ||
    (parsed.signatureAlgorithm !== OID.rsaEncryption && parsed.signatureAlgorithm !== OID.sha256WithRsa)
  ) {
    return fail({ code: 'unsupportedAlgorithm' });
  }
  if (parsed.encapsulatedType !== OID.data) return fail({ code: 'wrongContentType' });
  let contentType: Node[] | null;
  let digest: Node[] | null;
  let ess: Node[] | null;
  try {
    contentType = attributeValues(parsed.signedAttrs, OID.contentType);
    digest = attributeValues(parsed.signedAttrs, OID.messageDigest);
    ess = attributeValues(parsed.signedAttrs, OID.signingCertificateV2);
  } catch {
    return fail({ code: 'unreadable' });
  }
  if (!contentType || contentType.length !== 1) return fail({ code: 'missingAttribute', attribute: 'contentType' });
  if (!digest || digest.length !== 1 || !bytesOf(digest[0])) return fail({ code: 'missingAttribute', attribute: 'messageDigest' });
  if (!ess || ess.length !== 1) return fail({ code: 'missingAttribute', attribute: 'signingCertificateV2' });
  if (oidOf(contentType[0]) !== OID.data) return fail({ code: 'wrongContentType' });
  if (!equalBytes(bytesOf(digest[0])!, await sha256(content))) return fail({ code: 'digestMismatch' });
  let essHash: Uint8Array | null;
  try {
    // SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 }; ESSCertIDv2 ::= SEQUENCE { [hashAlgorithm], certHash, [issuerSerial] }.
    const first = children(children(ess[0])[0])[0];
    const fields = children(first);
    // hashAlgorithm defaults to SHA-256 when absent; any other is not what Accord writes.
    if (fields[0]?.type === T.SEQUENCE && oidOf(children(fields[0])[0]) !== OID.sha256) return fail({ code: 'unsupportedAlgorithm' });
    essHash = bytesOf(fields.find((f) => f.type === T.OCTETSTRING));
  } catch {
    return fail({ code: 'unreadable' });
  }
  const signer = certificates[0]!;
  if (!essHash || !equalBytes(essHash, await sha256(signer))) return fail({ code: 'wrongCertificate' });
  let spki: Uint8Array;
  try {
    spki = spkiOf(signer);
  } catch {
    return fail({ code: 'unsupportedAlgorithm' });
  }
  const valid = await verifyWithSpki(spki, parsed.signature, der(set(parsed.signedAttrs)));
  return valid ? { ok: true, certificates } : fail({ code: 'badSignature' });
}

export { OID as CMS_OIDS };
