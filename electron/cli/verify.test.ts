import { spawnSync } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSealIdentity, sealPdf } from '../../shared/seal';
import { plainPdf, sampleFacts } from '../../shared/seal/testSupport';
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
function accord(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/accord.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ACCORD_SEAL_DIR: sealDir },
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

describe('accord verify', () => {
  it('prints an intact seal with the content hash, version and signers, and exits 0', { timeout: 30_000 }, async () => {
    const identity = await createSealIdentity({ installId: 'cli-test' });
    const file = write('sealed.pdf', await sealPdf(await plainPdf(), identity, sampleFacts()));
    const r = accord('verify', file);
    expect(r.stderrLines).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('seal: intact');
    expect(r.stdout).toContain(`content sha256: ${sampleFacts().contentHash}`);
    expect(r.stdout).toContain('SLA version: 2');
    expect(r.stdout).toContain('Maya Chen, VP Marketing (marketing');
    expect(r.stdout).toContain('Diego Alvarez, Head of Sales (sales');
    expect(r.stdout).toContain('sealed by: Accord seal cli-test');

    const tampered = write('tampered.pdf', flipAt(readFileSync(file), 'Marketing delivers 180'));
    const t = accord('verify', tampered);
    expect(t.code).toBe(1);
    expect(t.stdout).toContain('seal: BROKEN');
    expect(t.stdout).toContain('cannot be relied on');
    expect(t.stderrLines).toEqual(['accord: the seal is broken: the signed bytes were changed after sealing (digest mismatch)']);
  });

  it('fails with one line for an unsealed PDF, a file that is not a PDF and a missing file', { timeout: 30_000 }, async () => {
    const unsealed = accord('verify', write('plain.pdf', await plainPdf()));
    expect([unsealed.code, unsealed.stderrLines]).toEqual([1, ['accord: the PDF carries no seal']]);
    const notPdf = accord('verify', write('notes.txt', new TextEncoder().encode('just some notes')));
    expect([notPdf.code, notPdf.stderrLines]).toEqual([1, ['accord: the file is not a PDF']]);
    const missing = accord('verify', join(dir, 'nope.pdf'));
    expect([missing.code, missing.stderrLines]).toEqual([2, [`accord: cannot read ${join(dir, 'nope.pdf')}: no such file`]]);
    const usage = accord('verify');
    expect([usage.code, usage.stderrLines]).toEqual([2, ['accord: missing <file.pdf>; usage: accord verify <file.pdf>']]);
  });
});

describe('accord export-sla seals the PDF', () => {
  it('with a key created on first use and reused after; pdfsig and accord verify agree', { timeout: 90_000 }, () => {
    const first = join(dir, 'first.pdf');
    const second = join(dir, 'second.pdf');
    for (const out of [first, second]) {
      const r = accord('export-sla', 'test/fixtures/workshop-sample.json', '--out', out);
      expect(r.stderrLines).toEqual([]);
      expect(r.code).toBe(0);
    }
    const keyFile = sealKeyFile({ ACCORD_SEAL_DIR: sealDir });
    expect(keyFile).toBe(join(sealDir, 'cli-seal', 'key.json'));
    if (process.platform !== 'win32') {
      expect(statSync(keyFile).mode & 0o777).toBe(0o600);
      expect(statSync(join(sealDir, 'cli-seal')).mode & 0o777).toBe(0o700);
    }

    const sig = execFileSync('pdfsig', [first], { encoding: 'utf8' });
    expect(sig).toContain('Signature is Valid');
    const a = accord('verify', first);
    const b = accord('verify', second);
    expect(a.code).toBe(0);
    expect(a.stdout).toContain('Maya Chen');
    const fingerprint = (out: string) => /certificate sha256 ([0-9a-f]{64})/.exec(out)?.[1];
    expect(fingerprint(a.stdout)).toBeDefined();
    expect(fingerprint(b.stdout)).toBe(fingerprint(a.stdout));

    const tampered = write('sample-tampered.pdf', flipAt(readFileSync(first), '/MediaBox [ 0 0 5'));
    expect(execFileSync('pdfsig', [tampered], { encoding: 'utf8' })).not.toContain('Signature is Valid');
    expect(accord('verify', tampered).code).toBe(1);
  });
});
