import forge from 'node-forge';
import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import { clauseStrings } from '../sla/clauseStrings';
import { freezeSla, signSla } from '../sla/versions';
import { TEST_PNG } from '../sla/testSupport';
import { sampleWorkshop } from '../workshop/sample';
import type { Workshop } from '../workshop/schema';
import { fromBinaryString, latin1, toBinaryString, toHex } from './bytes';
import { createSealKey } from './identity';
import { cryptoKeySealer, RSA_SIGN, type Sealer } from './sealer';
import { recordSealed } from './trail';

/** Test support for the seal tests (unit, CLI, reliability); not used by the app. */

/**
 * A small two-page PDF whose content streams are left uncompressed, so tests can change one
 * number on a page the way a forger would.
 */
export async function plainPdf(
  lines: readonly string[] = ['Service level agreement', 'Marketing delivers 180 MQLs per month'],
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let p = 0; p < 2; p++) {
    const page = doc.addPage([595, 842]);
    page.node.setFontDictionary(PDFName.of('F1'), font.ref);
    // A raw, unfiltered stream: the text is there in plain bytes, as in many real PDFs.
    const ops = lines.map((line, i) => `BT /F1 14 Tf 56 ${760 - i * 24} Td (${line}) Tj ET`).join('\n');
    page.node.set(PDFName.of('Contents'), doc.context.register(doc.context.stream(ops)));
  }
  return doc.save({ useObjectStreams: false, objectsPerTick: Infinity });
}

/** A fresh install sealer (non-extractable key, self-signed certificate). */
export async function testSealer(installId = 'test-install'): Promise<Sealer> {
  const key = await createSealKey({ installId });
  return cryptoKeySealer(key.privateKey, [key.certificateDer]);
}

/** The sample, frozen and signed by Maya and Diego, with its trail sealed by `sealer`. */
export async function sealedSample(sealer: Sealer, at = new Date('2026-12-03T11:00:00Z')): Promise<Workshop> {
  const w = sampleWorkshop(new Date('2026-12-03T09:00:00Z'));
  await recordSealed(w, sealer, at, (d) => void freezeSla(d, at));
  for (const [i, participantId] of ['p-maya', 'p-diego'].entries()) {
    const p = w.commitment.participants.find((x) => x.id === participantId)!;
    const when = new Date(at.getTime() + (i + 1) * 60_000);
    await recordSealed(w, sealer, when, (d) =>
      signSla(
        d,
        { participantId, typedName: p.name, title: p.role, image: TEST_PNG, consent: clauseStrings(d.language).consentLine },
        when,
      ),
    );
  }
  return w;
}

/** A copy with one byte changed at `offset`. */
export function flipped(bytes: Uint8Array, offset: number): Uint8Array {
  const copy = new Uint8Array(bytes);
  copy[offset] = copy[offset]! ^ 0x01;
  return copy;
}

/** A copy with the first `from` replaced by `to` (same length, so every offset stays put). */
export function edited(bytes: Uint8Array, from: string, to: string): Uint8Array {
  if (from.length !== to.length) throw new Error('same length only');
  const at = latin1(bytes).indexOf(from);
  if (at < 0) throw new Error(`"${from}" is not in the PDF`);
  const copy = new Uint8Array(bytes);
  copy.set(new TextEncoder().encode(to), at);
  return copy;
}

/** The ByteRange of the signature (tests only: the app parses, it never scans). */
export function byteRange(bytes: Uint8Array): [number, number, number, number] {
  const m = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(latin1(bytes));
  if (!m) throw new Error('no ByteRange');
  return [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
}

interface Issued {
  certificateDer: Uint8Array<ArrayBuffer>;
  privateKey: CryptoKey;
}

/**
 * Test certificates made on the spot, RSA keys from WebCrypto: an organisation CA and the
 * certificates it issues (a leaf for sealing, or an intermediate CA).
 */
export async function issueCertificate({
  subject,
  issuer,
  ca = false,
  notBefore = new Date('2026-01-01T00:00:00Z'),
  notAfter = new Date('2036-01-01T00:00:00Z'),
}: {
  subject: string;
  issuer?: Issued & { subject: string };
  ca?: boolean;
  notBefore?: Date;
  notAfter?: Date;
}): Promise<Issued & { subject: string }> {
  const pair = await globalThis.crypto.subtle.generateKey(
    { ...RSA_SIGN, modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]) },
    false,
    ['sign', 'verify'],
  );
  const spki = new Uint8Array(await globalThis.crypto.subtle.exportKey('spki', pair.publicKey));
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromAsn1(forge.asn1.fromDer(toBinaryString(spki)));
  cert.serialNumber = toHex(globalThis.crypto.getRandomValues(new Uint8Array(12))).replace(/^[89a-f]/, '1');
  cert.validity.notBefore = notBefore;
  cert.validity.notAfter = notAfter;
  cert.setSubject([
    { name: 'commonName', value: subject },
    { name: 'organizationName', value: 'Test Org' },
  ]);
  cert.setIssuer([
    { name: 'commonName', value: issuer?.subject ?? subject },
    { name: 'organizationName', value: 'Test Org' },
  ]);
  cert.setExtensions(
    ca
      ? [
          { name: 'basicConstraints', cA: true, critical: true },
          { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
        ]
      : [
          { name: 'basicConstraints', cA: false },
          { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
        ],
  );
  const oid = forge.pki.oids['sha256WithRSAEncryption']!;
  cert.siginfo.algorithmOid = oid;
  cert.signatureOid = oid;
  const tbs = (forge.pki as unknown as { getTBSCertificate(c: forge.pki.Certificate): forge.asn1.Asn1 }).getTBSCertificate(cert);
  (cert as unknown as { tbsCertificate: forge.asn1.Asn1 }).tbsCertificate = tbs;
  const signingKey = issuer?.privateKey ?? pair.privateKey;
  cert.signature = toBinaryString(
    new Uint8Array(await globalThis.crypto.subtle.sign(RSA_SIGN, signingKey, fromBinaryString(forge.asn1.toDer(tbs).getBytes()))),
  );
  return {
    subject,
    privateKey: pair.privateKey,
    certificateDer: fromBinaryString(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes()),
  };
}
