import forge from 'node-forge';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromBinaryString, sha256, toBinaryString } from './bytes';
import { signDetached, verifyDetached, CMS_OIDS as OID } from './cms';
import type { Sealer } from './sealer';
import { issueCertificate, testSealer } from './testSupport';

/**
 * A CMS is only as good as its signed attributes: each of content type, message digest and
 * ESS signing-certificate-v2 is required, and each must say what Accord means. These CMS
 * structures are built by hand, the way a forger would.
 */
const { asn1 } = forge;
const U = asn1.Class.UNIVERSAL;
const CTX = asn1.Class.CONTEXT_SPECIFIC;
const T = asn1.Type;
const oid = (id: string) => asn1.create(U, T.OID, false, asn1.oidToDer(id).getBytes());
const seq = (items: forge.asn1.Asn1[]) => asn1.create(U, T.SEQUENCE, true, items);
const set = (items: forge.asn1.Asn1[]) => asn1.create(U, T.SET, true, items);
const octets = (b: Uint8Array) => asn1.create(U, T.OCTETSTRING, false, toBinaryString(b));
const der = (n: forge.asn1.Asn1) => fromBinaryString(asn1.toDer(n).getBytes());
const attr = (id: string, v: forge.asn1.Asn1) => seq([oid(id), set([v])]);

let sealer: Sealer;
const content = new TextEncoder().encode('the signed bytes of a PDF');

beforeAll(async () => {
  sealer = await testSealer('cms-test');
});

async function forged(options: { drop?: string; contentType?: string; essOf?: Uint8Array; digestOf?: Uint8Array }): Promise<Uint8Array> {
  const certNode = asn1.fromDer(toBinaryString(sealer.certificates[0]!));
  const tbs = certNode.value[0] as forge.asn1.Asn1;
  const fields = (tbs.value as forge.asn1.Asn1[]).slice(1);
  const [serial, , issuer] = fields;
  const all: [string, forge.asn1.Asn1][] = [
    [OID.contentType, oid(options.contentType ?? OID.data)],
    [OID.messageDigest, octets(await sha256(options.digestOf ?? content))],
    [
      OID.signingCertificateV2,
      seq([
        seq([
          seq([
            octets(await sha256(options.essOf ?? sealer.certificates[0]!)),
            seq([seq([asn1.create(CTX, 4, true, [issuer!])]), serial!]),
          ]),
        ]),
      ]),
    ],
  ];
  const attrs = all.filter(([id]) => id !== options.drop).map(([id, value]) => attr(id, value));
  const signature = await sealer.sign(der(set(attrs)));
  const signerInfo = seq([
    asn1.create(U, T.INTEGER, false, asn1.integerToDer(1).getBytes()),
    seq([issuer!, serial!]),
    seq([oid(OID.sha256), asn1.create(U, T.NULL, false, '')]),
    asn1.create(CTX, 0, true, attrs),
    seq([oid(OID.rsaEncryption), asn1.create(U, T.NULL, false, '')]),
    octets(signature),
  ]);
  const signedData = seq([
    asn1.create(U, T.INTEGER, false, asn1.integerToDer(1).getBytes()),
    set([seq([oid(OID.sha256), asn1.create(U, T.NULL, false, '')])]),
    seq([oid(OID.data)]),
    asn1.create(CTX, 0, true, [certNode]),
    set([signerInfo]),
  ]);
  return der(seq([oid(OID.signedData), asn1.create(CTX, 0, true, [signedData])]));
}

describe('checking a detached CMS', () => {
  it('accepts what Accord signs, and a hand-built equivalent', async () => {
    expect((await verifyDetached(content, await signDetached(content, sealer))).ok).toBe(true);
    expect((await verifyDetached(content, await forged({}))).ok).toBe(true);
  });

  it('requires each signed attribute', async () => {
    for (const [drop, attribute] of [
      [OID.contentType, 'contentType'],
      [OID.messageDigest, 'messageDigest'],
      [OID.signingCertificateV2, 'signingCertificateV2'],
    ] as const) {
      expect(await verifyDetached(content, await forged({ drop }))).toMatchObject({
        ok: false,
        problem: { code: 'missingAttribute', attribute },
      });
    }
  });

  it('refuses a content type other than data, a digest of other bytes, and an ESS naming another certificate', async () => {
    expect(await verifyDetached(content, await forged({ contentType: OID.signedData }))).toMatchObject({
      ok: false,
      problem: { code: 'wrongContentType' },
    });
    expect(await verifyDetached(content, await forged({ digestOf: new Uint8Array([1]) }))).toMatchObject({
      ok: false,
      problem: { code: 'digestMismatch' },
    });
    const other = await issueCertificate({ subject: 'someone else' });
    expect(await verifyDetached(content, await forged({ essOf: other.certificateDer }))).toMatchObject({
      ok: false,
      problem: { code: 'wrongCertificate' },
    });
  });

  it('calls garbage unreadable, never throwing', async () => {
    expect(await verifyDetached(content, new Uint8Array([0x30, 0x82, 0xff]))).toMatchObject({ ok: false, problem: { code: 'unreadable' } });
  });
});
