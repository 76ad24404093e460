import forge from 'node-forge';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromBinaryString, toBinaryString } from './bytes';
import { certificatesFromFile, certificateFingerprint, chainsToAuthority } from './certificates';
import { parseP12 } from './p12';
import { readSeal } from './read';
import { sealPdf } from './seal';
import { cryptoKeySealer, importSigningKey } from './sealer';
import { issueCertificate, plainPdf } from './testSupport';
import { EMPTY_TRUST, judge, trustOf } from './trust';

/**
 * An organisation's own certificate: a CA, an intermediate and a leaf made here, the leaf's key
 * sealing a PDF with the chain in the CMS, and trust coming only from the reader's list.
 */
let root: Awaited<ReturnType<typeof issueCertificate>>;
let intermediate: Awaited<ReturnType<typeof issueCertificate>>;
let leaf: Awaited<ReturnType<typeof issueCertificate>>;
let stranger: Awaited<ReturnType<typeof issueCertificate>>;

beforeAll(async () => {
  root = await issueCertificate({ subject: 'Test Org Root CA', ca: true });
  intermediate = await issueCertificate({ subject: 'Test Org Documents CA', issuer: root, ca: true });
  leaf = await issueCertificate({ subject: 'Jane Facilitator', issuer: intermediate });
  stranger = await issueCertificate({ subject: 'Test Org Root CA', ca: true }); // same name, other key
});

const at = new Date('2026-12-07T10:00:00Z');

describe('trust in a sealer', () => {
  it('is this install, a trusted fingerprint, or a chain to a trusted CA, in that order, else unknown', async () => {
    const fp = await certificateFingerprint(leaf.certificateDer);
    const chain = [leaf.certificateDer, intermediate.certificateDer];
    expect(trustOf(fp, chain, { ...EMPTY_TRUST, own: [fp], authorities: [root.certificateDer] }, at)).toBe('thisInstall');
    expect(trustOf(fp, chain, { ...EMPTY_TRUST, sealers: [fp.toUpperCase().toLowerCase()] }, at)).toBe('trustedSealer');
    expect(trustOf(fp, chain, { ...EMPTY_TRUST, authorities: [root.certificateDer] }, at)).toBe('organisationCa');
    expect(trustOf(fp, chain, EMPTY_TRUST, at)).toBe('unknown');
  });

  it('does not follow a chain to a CA of the same name with another key, a missing intermediate, or an expired leaf', async () => {
    const chain = [leaf.certificateDer, intermediate.certificateDer];
    expect(chainsToAuthority(chain, [stranger.certificateDer], at)).toBe(false);
    expect(chainsToAuthority([leaf.certificateDer], [root.certificateDer], at)).toBe(false);
    expect(chainsToAuthority(chain, [root.certificateDer], new Date('2040-01-01T00:00:00Z'))).toBe(false);
    expect(chainsToAuthority(chain, [root.certificateDer], at)).toBe(true);
    // A leaf is no authority: a chain "issued" by a non-CA certificate does not hold.
    const fake = await issueCertificate({ subject: 'Mallory', issuer: leaf });
    expect(chainsToAuthority([fake.certificateDer, ...chain], [root.certificateDer], at)).toBe(false);
  });
});

describe('sealing with an organisation certificate', () => {
  it('carries the chain in the CMS; the PDF is trusted only by a reader who trusts the CA', async () => {
    const sealer = cryptoKeySealer(leaf.privateKey, [leaf.certificateDer, intermediate.certificateDer]);
    const report = await readSeal(await sealPdf(await plainPdf(), sealer, { now: at }));
    expect(report.status).toBe('intact');
    expect(report.sealer?.subject).toBe('Jane Facilitator');
    expect(report.sealer?.certificates).toHaveLength(2);
    expect(
      trustOf(report.sealer!.fingerprint, report.sealer!.certificates, { ...EMPTY_TRUST, authorities: [root.certificateDer] }, at),
    ).toBe('organisationCa');
    expect(judge(report, EMPTY_TRUST).sealerTrust).toBe('unknown');
  });

  it('reads a PKCS#12 file with its password, and names the wrong password', async () => {
    const key = forge.pki.rsa.generateKeyPair({ bits: 1024, e: 0x10001 });
    const cert = forge.pki.createCertificate();
    cert.publicKey = key.publicKey;
    cert.serialNumber = '01';
    cert.validity.notBefore = new Date('2026-01-01T00:00:00Z');
    cert.validity.notAfter = new Date('2030-01-01T00:00:00Z');
    cert.setSubject([{ name: 'commonName', value: 'P12 Leaf' }]);
    cert.setIssuer([
      { name: 'commonName', value: 'Test Org Root CA' },
      { name: 'organizationName', value: 'Test Org' },
    ]);
    cert.sign(key.privateKey, forge.md.sha256.create());
    const caCert = forge.pki.certificateFromAsn1(forge.asn1.fromDer(toBinaryString(root.certificateDer)));
    const p12 = forge.pkcs12.toPkcs12Asn1(key.privateKey, [cert, caCert], 'correct horse', { algorithm: 'aes256' });
    const bytes = fromBinaryString(forge.asn1.toDer(p12).getBytes());
    const parsed = parseP12(bytes, 'correct horse');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.key.certificates).toHaveLength(2);
    expect(await certificateFingerprint(parsed.key.certificates[1]!)).toBe(await certificateFingerprint(root.certificateDer));
    // The key imports as non-extractable and seals.
    const sealer = cryptoKeySealer(await importSigningKey(parsed.key.privateKeyPkcs8), parsed.key.certificates);
    expect((await readSeal(await sealPdf(await plainPdf(), sealer))).sealer?.subject).toBe('P12 Leaf');
    expect(parseP12(bytes, 'wrong')).toEqual({ ok: false, problem: { code: 'wrongPassword' } });
    expect(parseP12(new TextEncoder().encode('not a p12'), 'x')).toEqual({ ok: false, problem: { code: 'notP12' } });
  });

  it('reads certificates from PEM (one or several) or DER files, and refuses anything else', () => {
    const pem = (der: Uint8Array) => forge.pki.certificateToPem(forge.pki.certificateFromAsn1(forge.asn1.fromDer(toBinaryString(der))));
    expect(certificatesFromFile(new TextEncoder().encode(pem(root.certificateDer) + pem(intermediate.certificateDer)))).toHaveLength(2);
    expect(certificatesFromFile(root.certificateDer)).toHaveLength(1);
    expect(certificatesFromFile(new TextEncoder().encode('hello'))).toBeNull();
  });
});
