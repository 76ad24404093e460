import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { deflateSync, inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/accord';
import { byteRange } from '../../shared/seal/testSupport';

/**
 * Tampering with sealed SLA PDFs: copies made by the CLI's export path (the sample fixture,
 * with a different client per copy), altered by single byte flips at random offsets inside
 * the signed ranges and by content edits a forger would try. Every altered copy must be
 * reported by pdfsig (not "Signature is Valid" over the "Total document") and by `accord verify` (non-zero exit), and
 * every original must pass both. `accord verify` runs in-process for every copy, and as the
 * real command (tsx) for a sample of them.
 */
const PDFS = Number(process.env.ACCORD_TAMPER_PDFS ?? 4);
const FLIPS = Number(process.env.ACCORD_TAMPER_FLIPS ?? 30);
const SEED = Number(process.env.ACCORD_TAMPER_SEED ?? Date.now() % 1_000_000);
const run = promisify(execFile);

/** mulberry32: small, seeded, so a failing offset can be replayed with ACCORD_TAMPER_SEED. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let dir: string;
const originals: string[] = [];
/** The fixture's audit trail was sealed by a key thrown away after: the originals trust it by fingerprint. */
let trailSealer: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'accord-tamper-'));
  process.env.ACCORD_SEAL_DIR = join(dir, 'seal-key');
  const sample = JSON.parse(readFileSync('test/fixtures/workshop-sample.json', 'utf8')) as {
    clientCompany: string;
    sla: { sealers: { fingerprint: string }[] };
  };
  trailSealer = sample.sla.sealers[0]!.fingerprint;
  for (let i = 0; i < PDFS; i++) {
    const input = join(dir, `workshop-${i}.json`);
    writeFileSync(input, JSON.stringify({ ...sample, clientCompany: `${sample.clientCompany} ${i + 1}` }));
    const out = join(dir, `sealed-${i}.pdf`);
    const err: string[] = [];
    const code = await main(['export-sla', input, '--out', out], { out: () => {}, err: (l) => err.push(l) });
    if (code !== 0) throw new Error(`export-sla failed: ${err.join(' ')}`);
    originals.push(out);
  }
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** pdfsig passes a file only when the signature is valid AND covers the whole file (an appended update is "Not total document signed"). */
async function pdfsigSaysValid(file: string): Promise<boolean> {
  const { stdout } = await run('pdfsig', [file], { encoding: 'utf8' }).catch((e: { stdout?: string }) => ({ stdout: e.stdout ?? '' }));
  return stdout.includes('Signature is Valid') && stdout.includes('Total document signed');
}

async function verifyPasses(file: string): Promise<boolean> {
  const quiet = { out: () => {}, err: () => {} };
  return (await main(['verify', file, '--trust', trailSealer], quiet)) === 0;
}

interface Case {
  kind: 'flip' | 'edit';
  what: string;
  bytes: Uint8Array;
}

const latin1 = (b: Uint8Array) => Buffer.from(b).toString('latin1');

function replaceFirst(bytes: Uint8Array, pattern: RegExp, change: (match: string) => string): Uint8Array | null {
  const text = latin1(bytes);
  const m = pattern.exec(text);
  if (!m) return null;
  const replaced = change(m[0]);
  return Buffer.from(text.slice(0, m.index) + replaced + text.slice(m.index + m[0].length), 'latin1');
}

const bump = (digits: string) => digits.replace(/\d(?=\D*$)/, (d) => String((Number(d) + 1) % 10));

/** Content edits: each a plausible forgery, each still a well-formed PDF for a reader. */
function edits(bytes: Uint8Array): Case[] {
  const out: Case[] = [];
  const add = (what: string, b: Uint8Array | null) => {
    if (b) out.push({ kind: 'edit', what, bytes: b });
  };
  add('MediaBox width', replaceFirst(bytes, /\/MediaBox \[ 0 0 [\d.]+/, bump));
  add('signature reason (SLA version)', replaceFirst(bytes, /version \d+/, bump));
  add(
    'Accord record (its file name)',
    replaceFirst(bytes, /\(accord-record\.json\)/, () => '(accord-record.jsom)'),
  );
  add('page count', replaceFirst(bytes, /\/Count \d+/, bump));
  // A number inside a page's content stream: inflate, change, deflate, splice with its new /Length.
  const text = latin1(bytes);
  const stream =
    /\/Length (\d+)\n(?:\/[^\n]*\n)*?>>\nstream\n/.exec(text) ?? /\/Filter \/FlateDecode[^]*?\/Length (\d+)[^]*?stream\r?\n/.exec(text);
  if (stream) {
    const start = stream.index + stream[0].length;
    const length = Number(stream[1]);
    try {
      const plain = inflateSync(bytes.subarray(start, start + length)).toString('latin1');
      // The first number drawn with (a coordinate, a colour, a font size): the page still renders.
      const changed = plain.replace(/\d+(\.\d+)?/, bump);
      if (changed !== plain) {
        const packed = deflateSync(Buffer.from(changed, 'latin1'));
        const head = text.slice(0, stream.index) + stream[0].replace(`/Length ${length}`, `/Length ${packed.length}`);
        add('content stream number (re-compressed)', Buffer.concat([Buffer.from(head, 'latin1'), packed, bytes.subarray(start + length)]));
      }
    } catch {
      // Not a Flate stream after all: the other edits still run.
    }
  }
  const appended = Buffer.concat([Buffer.from(bytes), Buffer.from('\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n')]);
  add('incremental update appended', appended);
  return out;
}

function flips(bytes: Uint8Array, rand: () => number): Case[] {
  const [, b, c, d] = byteRange(bytes);
  return Array.from({ length: FLIPS }, () => {
    // Uniform over the signed bytes: [0, b) and [c, c + d).
    const k = Math.floor(rand() * (b + d));
    const offset = k < b ? k : c + (k - b);
    const copy = new Uint8Array(bytes);
    copy[offset] = copy[offset]! ^ (1 << Math.floor(rand() * 8));
    return { kind: 'flip' as const, what: `byte ${offset}`, bytes: copy };
  });
}

describe('tampering with sealed SLA PDFs', () => {
  it(`${PDFS} sealed PDFs, ${FLIPS} byte flips and the content edits on each: all reported by pdfsig and accord verify`, async () => {
    const rand = random(SEED);
    const missedBy = { pdfsig: [] as string[], verify: [] as string[] };
    let flipped = 0;
    let editedCount = 0;
    const sampled: string[] = [];

    for (const original of originals) {
      expect(await pdfsigSaysValid(original), `${original} must be valid for pdfsig`).toBe(true);
      expect(await verifyPasses(original), `${original} must pass accord verify`).toBe(true);
      const bytes = new Uint8Array(readFileSync(original));
      const cases = [...flips(bytes, rand), ...edits(bytes)];
      for (const [i, c] of cases.entries()) {
        const file = join(dir, `tampered-${originals.indexOf(original)}-${i}.pdf`);
        writeFileSync(file, c.bytes);
        if (c.kind === 'flip') flipped++;
        else editedCount++;
        const [sigValid, verifyOk] = await Promise.all([pdfsigSaysValid(file), verifyPasses(file)]);
        if (sigValid) missedBy.pdfsig.push(`${c.what} in ${original}`);
        if (verifyOk) missedBy.verify.push(`${c.what} in ${original}`);
        // One per PDF for the real command (about 1.5 s each): a flip, then an edit, alternately.
        if (i === (originals.indexOf(original) % 2 === 0 ? 0 : cases.length - 2)) sampled.push(file);
      }
    }

    // The real command, as a user runs it, on a sample of the altered copies.
    let cliReported = 0;
    for (const file of sampled) {
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/accord.ts', 'verify', file, '--trust', trailSealer], {
        encoding: 'utf8',
      });
      // A flip can land on the header or on the signature's own keys: then the file reads as
      // NOT A PDF or NOT SEALED. Every one of those exits 1 and vouches for nothing.
      const verdict = /^verdict: (BROKEN|NOT SEALED|NOT A PDF)/m.exec(r.stdout)?.[1];
      if (r.status === 1 && verdict) cliReported++;
      else console.log(`accord verify did not refuse ${file}: exit ${r.status}\n${r.stdout}${r.stderr}`);
    }

    const total = flipped + editedCount;
    const pct = (missed: number) => ((100 * (total - missed)) / total).toFixed(1);
    console.log(
      `Tampering (seed ${SEED}): ${total} altered copies of ${PDFS} sealed SLA PDFs (${flipped} byte flips at random offsets in the signed ranges, ${editedCount} content edits: MediaBox, signature reason, Accord record, page count, a re-compressed content-stream number, an appended update): reported by pdfsig ${total - missedBy.pdfsig.length} (${pct(missedBy.pdfsig.length)} %), by accord verify ${total - missedBy.verify.length} (${pct(missedBy.verify.length)} %; the tsx command on ${sampled.length} of them: ${cliReported}); the ${PDFS} originals valid for both`,
    );
    expect(missedBy).toEqual({ pdfsig: [], verify: [] });
    expect(cliReported).toBe(sampled.length);
    expect(editedCount).toBe(PDFS * 6);
  });
});
