import { spawnSync, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealPdf } from '../../shared/seal';
import { plainPdf, testSealer } from '../../shared/seal/testSupport';
import { sealKeyFile } from './sealKey';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

let dir: string;
let sealDir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'accord-verify-'));
  sealDir = join(dir, 'seal-key');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The real CLI through node + tsx (as accord.test.ts does), with its seal key in a temp folder. */
function accord(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/accord.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ACCORD_SEAL_DIR: sealDir, ...env },
  });
  return { code: r.status, stdout: r.stdout, stderrLines: r.stderr.split('\n').filter((l) => l.trim() !== '') };
}

const write = (name: string, bytes: Uint8Array) => {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
};

function flipAt(bytes: Uint8Array, needle: string): Uint8Array {
  const at = Buffer.from(bytes).indexOf(needle, 0, 'latin1');
  if (at < 0) throw new Error(`${needle} not found`);
  const copy = new Uint8Array(bytes);
  copy[at + needle.length - 1] = copy[at + needle.length - 1]! ^ 0x01;
  return copy;
}

const fingerprintIn = (out: string) => /certificate sha256 ([0-9a-f]{64})/.exec(out)?.[1];

describe('accord export-sla and accord verify', () => {
  let first: string;
  let fp: string;

  it(
    'seals with a key created on first use (0600 in a 0700 folder) and reused; verify trusts its own install (exit 0)',
    { timeout: 120_000 },
    () => {
      first = join(dir, 'first.pdf');
      const second = join(dir, 'second.pdf');
      for (const out of [first, second]) {
        const r = accord(['export-sla', 'test/fixtures/workshop-sample.json', '--out', out]);
        expect(r.stderrLines).toEqual([]);
        expect(r.code).toBe(0);
      }
      const keyFile = sealKeyFile({ ACCORD_SEAL_DIR: sealDir });
      if (process.platform !== 'win32') {
        expect(statSync(keyFile).mode & 0o777).toBe(0o600);
        expect(statSync(join(sealDir, 'cli-seal')).mode & 0o777).toBe(0o700);
      }
      expect(execFileSync('pdfsig', [first], { encoding: 'utf8' })).toContain('Signature is Valid');

      const a = accord(['verify', first]);
      fp = fingerprintIn(a.stdout)!;
      expect(fp).toMatch(/^[0-9a-f]{64}$/);
      expect(fingerprintIn(accord(['verify', second]).stdout)).toBe(fp);
      expect(a.stdout).toContain('intact: yes');
      expect(a.stdout).toContain('Maya Chen');
      expect(a.stdout).toContain('recomputed from the content the PDF carries');
      expect(a.stdout).toContain('trusted here: this install');
      // The fixture's trail was sealed by a key thrown away after: intact, but not trusted here.
      expect(a.stdout).toMatch(/events 1–\d+: sealed by sha256 [0-9a-f]{64} \(unknown here\)/);
      expect(a.code).toBe(3);
    },
  );

  it('exits 0 once every sealer is trusted (--trust, repeatable), and prints JSON for scripts', { timeout: 60_000 }, () => {
    const plain = accord(['verify', first]);
    const trailSealer = /events 1–\d+: sealed by sha256 ([0-9a-f]{64})/.exec(plain.stdout)![1]!;
    // Fingerprints as people copy them: spaced, upper case.
    const spaced = trailSealer.toUpperCase().replace(/(.{4})/g, '$1 ');
    const r = accord(['verify', first, '--trust', spaced, '--trust', fp]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('verdict: INTACT AND TRUSTED');
    const json = JSON.parse(accord(['verify', first, '--json']).stdout) as {
      verdict: string;
      exitCode: number;
      sealer: { fingerprint: string; trust: string };
    };
    expect(json).toMatchObject({ verdict: 'untrusted', exitCode: 3, sealer: { fingerprint: fp, trust: 'thisInstall' } });
    const bad = accord(['verify', first, '--trust', 'abc']);
    expect([bad.code, bad.stderrLines]).toEqual([2, ['accord: --trust: "abc" is not a SHA-256 fingerprint (64 hex digits)']]);
  });

  it('says BROKEN and exits 1 for a changed byte, and counts appended bytes without echoing them', { timeout: 60_000 }, () => {
    const tampered = write('tampered.pdf', flipAt(readFileSync(first), '/MediaBox [ 0 0 5'));
    const t = accord(['verify', tampered, '--trust', fp]);
    expect(t.code).toBe(1);
    expect(t.stdout).toContain('intact: NO (the signed bytes were changed after sealing (digest mismatch))');
    const appended = write(
      'appended.pdf',
      Buffer.concat([readFileSync(first), Buffer.from('\n% SLA version 9 signed by Mallory\n%%EOF\n')]),
    );
    const u = accord(['verify', appended, '--trust', fp]);
    expect(u.code).toBe(1);
    expect(u.stdout).toContain('bytes were added after sealing');
    expect(u.stdout).not.toContain('Mallory');
  });

  it('calls a PDF sealed by another key unknown, never trusted, whatever its record says', { timeout: 60_000 }, async () => {
    const other = write('other.pdf', await sealPdf(await plainPdf(), await testSealer('somebody-else')));
    const r = accord(['verify', other]);
    expect(r.stdout).toContain('trusted here: unknown here');
    expect(r.code).not.toBe(0);
  });

  it('verifies a PDF from an earlier Accord as intact with its sealer named', { timeout: 30_000 }, () => {
    const r = accord(['verify', 'test/fixtures/sla-format1.pdf']);
    expect(r.stdout).toContain('intact: yes');
    expect(r.stdout).toContain('sealed by: Accord seal 1db1036a-1c6c-44a5-8cc8-69a7ae69ae55');
    expect(r.stdout).toContain('an earlier Accord format');
    expect(r.code).toBe(3);
    expect(
      accord(['verify', 'test/fixtures/sla-format1.pdf', '--trust', 'ec90fd5fe0a55db675e68f799f835e5329eb009543361338c745149c4dc0c920'])
        .code,
    ).toBe(0);
  });

  it('fails with one line for an unsealed PDF or a file that is not a PDF (1), and for bad input (2)', { timeout: 60_000 }, async () => {
    const unsealed = accord(['verify', write('plain.pdf', await plainPdf())]);
    expect(unsealed.code).toBe(1);
    expect(unsealed.stdout).toContain('verdict: NOT SEALED');
    const notPdf = accord(['verify', write('notes.txt', new TextEncoder().encode('just some notes'))]);
    expect(notPdf.code).toBe(1);
    const missing = accord(['verify', join(dir, 'nope.pdf')]);
    expect([missing.code, missing.stderrLines]).toEqual([2, [`accord: cannot read ${join(dir, 'nope.pdf')}: no such file`]]);
    mkdirSync(join(dir, 'folder.pdf'));
    expect(accord(['verify', join(dir, 'folder.pdf')]).code).toBe(2);
    // Sizes come from stat: a sparse 3 GB file is refused at once, unread.
    const huge = join(dir, 'huge.pdf');
    writeFileSync(huge, '%PDF-1.7\n');
    truncateSync(huge, 3 * 1024 ** 3);
    const big = accord(['verify', huge]);
    expect(big.code).toBe(2);
    expect(big.stderrLines[0]).toMatch(/huge\.pdf is 3072 MB; an Accord SLA PDF is far smaller/);
    const usage = accord(['verify']);
    expect(usage.code).toBe(2);
  });

  it('stays quiet when its reader goes away (| head -1)', { timeout: 30_000 }, () => {
    const out = execFileSync(
      'bash',
      ['-c', `node --import tsx electron/cli/accord.ts verify "${first}" | head -1; echo "status \${PIPESTATUS[0]}"`],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, ACCORD_SEAL_DIR: sealDir },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    expect(out.split('\n')[0]).toBe('intact: yes (the signature covers the whole file and verifies)');
    expect(out).not.toContain('EPIPE');
  });
});

describe('an organisation certificate (PKCS#12 from an openssl-made CA)', () => {
  it('seals with --p12, verify trusts it through --trust-ca, and pdfsig names the leaf', { timeout: 120_000 }, () => {
    const ca = join(dir, 'ca');
    mkdirSync(ca);
    const sh = (cmd: string) => execFileSync('bash', ['-c', cmd], { cwd: ca, stdio: 'pipe' });
    sh(
      'openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 3650 -subj "/CN=Test Org CA/O=Test Org" -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign"',
    );
    sh('openssl req -newkey rsa:2048 -nodes -keyout leaf.key -out leaf.csr -subj "/CN=Jane Facilitator/O=Test Org"');
    sh('printf "basicConstraints=CA:FALSE\\nkeyUsage=critical,digitalSignature,nonRepudiation\\n" > ext.cnf');
    sh('openssl x509 -req -in leaf.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out leaf.pem -days 365 -extfile ext.cnf');
    sh('openssl pkcs12 -export -inkey leaf.key -in leaf.pem -certfile ca.pem -out org.p12 -passout pass:s3cret');
    const out = join(dir, 'org.pdf');
    const noPassword = accord([
      'export-sla',
      'test/fixtures/workshop-sample.json',
      '--out',
      out,
      '--p12',
      join(ca, 'org.p12'),
      '--p12-password-env',
      'ORG_P12_PASSWORD',
    ]);
    expect([noPassword.code, noPassword.stderrLines]).toEqual([
      2,
      ['accord: --p12-password-env: the environment variable ORG_P12_PASSWORD is not set'],
    ]);
    const wrong = accord(
      [
        'export-sla',
        'test/fixtures/workshop-sample.json',
        '--out',
        out,
        '--p12',
        join(ca, 'org.p12'),
        '--p12-password-env',
        'ORG_P12_PASSWORD',
      ],
      { ORG_P12_PASSWORD: 'nope' },
    );
    expect(wrong.stderrLines).toEqual([`accord: --p12: ${join(ca, 'org.p12')} cannot be opened with that password`]);
    const r = accord(
      [
        'export-sla',
        'test/fixtures/workshop-sample.json',
        '--out',
        out,
        '--p12',
        join(ca, 'org.p12'),
        '--p12-password-env',
        'ORG_P12_PASSWORD',
      ],
      { ORG_P12_PASSWORD: 's3cret' },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('sealed by Jane Facilitator');
    expect(execFileSync('pdfsig', [out], { encoding: 'utf8' })).toContain('Signer Certificate Common Name: Jane Facilitator');

    const untrusted = accord(['verify', out]);
    expect(untrusted.stdout).toContain('trusted here: unknown here');
    const trusted = accord(['verify', out, '--trust-ca', join(ca, 'ca.pem')]);
    expect(trusted.stdout).toContain('trusted here: a certificate from a trusted organisation CA');
    expect(trusted.stdout).toContain('issued by: CN=Test Org CA, O=Test Org');
  });
});
