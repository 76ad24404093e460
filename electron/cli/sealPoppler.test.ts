import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealPdf } from '../../shared/seal';
import { byteRange, edited, flipped, plainPdf, testSealer } from '../../shared/seal/testSupport';

/**
 * The seal as outside tools see it: poppler's pdfsig (what a reader of the PDF would use) and
 * OpenSSL's CMS verifier. pdfsig exits 0 whatever it finds, so its text is the verdict.
 */
let dir: string;
let sealed: Uint8Array;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'accord-seal-tools-'));
  sealed = await sealPdf(await plainPdf(), await testSealer('install-42'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pdfsig(bytes: Uint8Array, name: string): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return execFileSync('pdfsig', [file], { encoding: 'utf8' });
}

/** Writes the CMS and the signed bytes apart, as openssl wants them. */
function cmsFiles(bytes: Uint8Array, name: string): { cms: string; content: string } {
  const [, b, c, d] = byteRange(bytes);
  const hex = Buffer.from(bytes.subarray(b + 1, c - 1)).toString('latin1');
  const cms = join(dir, `${name}.p7s`);
  const content = join(dir, `${name}.bin`);
  writeFileSync(cms, Buffer.from(hex, 'hex'));
  writeFileSync(content, Buffer.concat([bytes.subarray(0, b), bytes.subarray(c, c + d)]));
  return { cms, content };
}

describe('the seal, checked by pdfsig and openssl', () => {
  it('is a valid PAdES (ETSI.CAdES.detached) signature by the install certificate', () => {
    const out = pdfsig(sealed, 'sealed.pdf');
    expect(out).toContain('Signature is Valid');
    expect(out).toContain('ETSI.CAdES.detached');
    expect(out).toContain('Accord seal install-42');
    const { cms, content } = cmsFiles(sealed, 'sealed');
    // -noverify: the certificate is self-signed by design; the signature itself must verify.
    expect(() =>
      execFileSync(
        'openssl',
        ['cms', '-verify', '-binary', '-noverify', '-inform', 'DER', '-in', cms, '-content', content, '-out', '/dev/null'],
        { stdio: 'pipe' },
      ),
    ).not.toThrow();
  });

  it('carries contentType, messageDigest and signing-certificate-v2 as signed attributes, and no signingTime', () => {
    const { cms } = cmsFiles(sealed, 'attrs');
    const dump = execFileSync('openssl', ['cms', '-cmsout', '-print', '-inform', 'DER', '-in', cms], { encoding: 'utf8' });
    expect(dump).toContain('contentType');
    expect(dump).toContain('messageDigest');
    expect(dump).toContain('id-smime-aa-signingCertificateV2');
    expect(dump).not.toContain('signingTime');
  });

  it('is reported as a digest mismatch after one flipped byte, a changed number or a changed MediaBox', () => {
    const [, b] = byteRange(sealed);
    const cases = {
      flipped: flipped(sealed, Math.floor(b / 2)),
      number: edited(sealed, '(Marketing delivers 180 MQLs per month)', '(Marketing delivers 980 MQLs per month)'),
      mediaBox: edited(sealed, '/MediaBox [ 0 0 595 842 ]', '/MediaBox [ 0 0 595 843 ]'),
    };
    for (const [name, bytes] of Object.entries(cases)) {
      const out = pdfsig(bytes, `${name}.pdf`);
      expect(out, name).toContain('Digest Mismatch');
      expect(out, name).not.toContain('Signature is Valid');
    }
  });
});
