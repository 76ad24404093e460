import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeCommitment } from '../../shared/sla/commitmentText';
import { slaContentHash } from '../../shared/sla/canonical';
import { parseWorkshopFile } from '../../shared/workshop/file';
import type { Workshop } from '../../shared/workshop/schema';
import { pdfFonts, pdfText, squash } from './pdfText';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE = join(ROOT, 'test/fixtures/workshop-sample.json');

/**
 * Runs the real CLI as `npm run accord` does (tsx), but through node directly: npx adds its own
 * warnings to stderr, and the test checks that the CLI prints exactly one line there.
 */
function accord(...args: string[]) {
  // The seal key goes to the test's folder, never to the user's config folder.
  const env = { ...process.env, ACCORD_SEAL_DIR: join(dir, 'seal-key') };
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/accord.ts', ...args], { cwd: ROOT, encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderrLines: r.stderr.split('\n').filter((l) => l.trim() !== '') };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'accord-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fixture(): Workshop {
  // Read as the CLI does, so a later schema version migrates the committed fixture.
  const r = parseWorkshopFile(readFileSync(FIXTURE, 'utf8'));
  if (!r.ok) throw new Error(r.error);
  return r.workshop;
}

describe('accord export-sla', () => {
  it('writes the signed SLA of the sample fixture', { timeout: 60_000 }, async () => {
    const out = join(dir, 'sla.pdf');
    const r = accord('export-sla', 'test/fixtures/workshop-sample.json', '--out', out);
    expect(r.stderrLines).toEqual([]);
    expect(r.code).toBe(0);

    const w = fixture();
    const hash = await slaContentHash(w);
    const v1 = w.sla.versions[0]!;
    expect(v1.signatures.length).toBe(2);
    expect(v1.signatures.every((s) => s.contentHash === hash)).toBe(true); // the fixture is really signed
    expect(r.stdout).toContain(out);
    expect(r.stdout).toContain(hash);

    const text = pdfText(out);
    expect(text).toContain('Maya Chen');
    expect(text).toContain('Diego Alvarez');
    // The PDF prints the signed version: every commitment it holds, as it was signed.
    for (const c of v1.content.commitments)
      expect(squash(text)).toContain(squash(describeCommitment(c, v1.content.language, v1.content.commitments).plain));
    expect(text).toContain(hash);
    expect(text).toContain('Page 1 of');
    expect(text).not.toContain('Not yet signed');
    const fonts = pdfFonts(out);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter(([, embedded]) => !embedded)).toEqual([]);
  });

  it('refuses a commitment with a negative target, naming the field, in one line', { timeout: 30_000 }, () => {
    const w = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { sla: { commitments: { target: number }[] } };
    w.sla.commitments[0]!.target = -5;
    const file = join(dir, 'negative.json');
    writeFileSync(file, JSON.stringify(w));
    const r = accord('export-sla', file, '--out', join(dir, 'never.pdf'));
    expect(r.code).toBe(2);
    expect(r.stderrLines).toHaveLength(1);
    expect(r.stderrLines[0]).toMatch(/^accord: invalid workshop file: sla\.commitments\.0\.target: .*greater than 0/);
  });

  it('refuses a workshop with a missing field, naming it', { timeout: 30_000 }, () => {
    const w = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>;
    delete w.clientCompany;
    const file = join(dir, 'missing.json');
    writeFileSync(file, JSON.stringify(w));
    const r = accord('export-sla', file, '--out', join(dir, 'never.pdf'));
    expect(r.code).toBe(2);
    expect(r.stderrLines).toHaveLength(1);
    expect(r.stderrLines[0]).toMatch(/^accord: invalid workshop file: clientCompany: .*missing/);
  });

  it('refuses a file that is not JSON', { timeout: 30_000 }, () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{"schemaVersion": 2,');
    const r = accord('export-sla', file, '--out', join(dir, 'never.pdf'));
    expect(r.code).toBe(2);
    expect(r.stderrLines).toEqual([expect.stringMatching(/^accord: invalid workshop file: the file is not valid JSON/)]);
  });

  it('answers usage mistakes with one line and exit code 2', { timeout: 30_000 }, () => {
    const missingFile = accord('export-sla', join(dir, 'nope.json'), '--out', join(dir, 'x.pdf'));
    expect([missingFile.code, missingFile.stderrLines]).toEqual([2, [`accord: cannot read ${join(dir, 'nope.json')}: no such file`]]);

    const missingOut = accord('export-sla', 'test/fixtures/workshop-sample.json');
    expect(missingOut.code).toBe(2);
    expect(missingOut.stderrLines).toEqual([
      'accord: missing --out; usage: accord export-sla <workshop.json> --out <file.pdf> [--p12 <file.p12>] [--p12-password-env <NAME>]',
    ]);

    const noCommand = accord();
    expect(noCommand.code).toBe(2);
    expect(noCommand.stderrLines).toHaveLength(1);

    const badFolder = accord('export-sla', 'test/fixtures/workshop-sample.json', '--out', join(dir, 'no/such/folder/x.pdf'));
    expect(badFolder.code).toBe(2);
    expect(badFolder.stderrLines).toEqual([expect.stringContaining('the folder does not exist')]);
  });
});
