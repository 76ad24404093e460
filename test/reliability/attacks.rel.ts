import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderToBuffer } from '@react-pdf/renderer';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/accord';
import { signedSampleWorkshop } from '../../electron/cli/makeFixture';
import { nodeFontSources } from '../../electron/cli/nodeFonts';
import { cliSealIdentity, sealKeyFile } from '../../electron/cli/sealKey';
import { launcherServeDeps, serveRenderer } from '../../electron/launcher/serve';
import { registerPdfFonts, SlaDocument } from '../../shared/documents';
import { renderSealedSla } from '../../shared/documents/renderSla';
import { attachRecord, certificateFingerprint, identitySealer, readSeal, recordFor, sealPdf, type Sealer } from '../../shared/seal';
import { testSealer } from '../../shared/seal/testSupport';
import { eventHash, GENESIS_HASH } from '../../shared/sla/audit';
import { contentHash } from '../../shared/sla/content';
import { signatureEvidence } from '../../shared/sla/evidence';
import { serializeWorkshopFile } from '../../shared/workshop/file';
import { sampleWorkshop } from '../../shared/workshop/sample';
import type { Workshop } from '../../shared/workshop/schema';
import type { AuditEvent } from '../../shared/workshop/steps/sla';

/**
 * The seal and the audit trail attacked as an outsider with the workshop file and the PDF in
 * hand would: each attack with the verdict it must get from `accord verify` (exit codes: 0
 * intact and trusted, 3 intact but not trusted here, 1 broken, 2 bad input), from
 * `accord export-sla` (a broken trail is never exported) and, where it applies, from pdfsig.
 * The app gets the same verdicts through the same shared code (test/e2e/seal.e2e.ts).
 */
let dir: string;
let genuine: Sealer;
let genuineFp: string;
let workshop: Workshop;
let genuinePdf: string;
const counts = { attacks: 0, asExpected: 0 };

const run = async (...args: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
};
const file = (name: string, data: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
};
const pdfsig = (path: string) => execFileSync('pdfsig', [path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
const expectVerdict = (ok: boolean) => {
  counts.attacks++;
  if (ok) counts.asExpected++;
  expect(ok).toBe(true);
};

/** What anyone can do without a key: recompute every link of the chain. */
function rechain(events: AuditEvent[]): AuditEvent[] {
  let prev = GENESIS_HASH;
  return events.map((e) => {
    const next = { ...e, prevHash: prev };
    prev = eventHash(next);
    return { ...next, hash: prev };
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'accord-attacks-'));
  process.env.ACCORD_SEAL_DIR = join(dir, 'seal');
  registerPdfFonts(nodeFontSources());
  // The genuine install is the CLI's own key: it sealed the trail and it seals the PDF.
  genuine = await identitySealer(await cliSealIdentity());
  genuineFp = await certificateFingerprint(genuine.certificates[0]!);
  workshop = await signedSampleWorkshop(genuine);
  const input = file('genuine.accord', serializeWorkshopFile(workshop));
  genuinePdf = join(dir, 'genuine.pdf');
  const r = await run('export-sla', input, '--out', genuinePdf);
  if (r.code !== 0) throw new Error(r.err);
}, 120_000);
afterAll(() => {
  console.log(`Attacks: ${counts.attacks} cases, ${counts.asExpected} with the expected verdict (target all)`);
  rmSync(dir, { recursive: true, force: true });
});

describe('attacks on the seal and the audit trail', () => {
  it('the genuine PDF: intact and trusted (exit 0); pdfsig says valid', async () => {
    const r = await run('verify', genuinePdf);
    expectVerdict(r.code === 0 && r.out.includes('verdict: INTACT AND TRUSTED'));
    expect(pdfsig(genuinePdf)).toContain('Signature is Valid');
  });

  it(
    'another key with the genuine record copied in, over pages of an altered workshop (MQL target 158 → 15): never trusted',
    { timeout: 60_000 },
    async () => {
      const altered = structuredClone(workshop);
      altered.sla.versions[0]!.content.commitments[0]!.target = 15;
      const pages = await renderToBuffer(SlaDocument({ workshop: altered, generatedAt: new Date().toISOString() }));
      const mallory = await testSealer('mallory');
      const forged = file('forged.pdf', await sealPdf(await attachRecord(pages, recordFor(workshop)), mallory));
      const r = await run('verify', forged);
      // The record is the genuine one and holds; the sealer is nobody this install trusts.
      expectVerdict(r.code === 3 && r.out.includes('trusted here: unknown here') && !r.out.includes('INTACT AND TRUSTED'));
      expect(pdfsig(forged)).toContain('Signer Certificate Common Name: Accord seal mallory');
    },
  );

  const editedFile = async (name: string, edit: (w: Workshop) => void) => {
    const w = structuredClone(workshop);
    edit(w);
    const input = file(`${name}.accord`, serializeWorkshopFile(w));
    return run('export-sla', input, '--out', join(dir, `${name}.pdf`));
  };

  it('signed content changed and the chain rebuilt without the key: export refused, naming the seal', async () => {
    const r = await editedFile('rebuilt', (w) => {
      const v = w.sla.versions[0]!;
      const old = v.contentHash;
      v.content.commitments[0]!.target = 15;
      v.contentHash = contentHash(v.content);
      for (const s of v.signatures) s.contentHash = v.contentHash;
      const evidence = new Map(v.signatures.map((s) => [s.signedAt, signatureEvidence(s)]));
      w.sla.audit = rechain(
        w.sla.audit.map((e) =>
          e.contentHash === old
            ? { ...e, contentHash: v.contentHash, ...(e.type === 'signed' ? { evidence: evidence.get(e.at) } : {}) }
            : e,
        ),
      );
    });
    expectVerdict(r.code === 1 && /audit trail is broken: events 1–\d+ were changed after seal 1 was made/.test(r.err));
  });

  it('two signers’ drawn images swapped and one renamed, nothing recomputed: export refused', async () => {
    const r = await editedFile('swapped', (w) => {
      const [a, b] = w.sla.versions[0]!.signatures;
      [a!.image, b!.image] = [b!.image, a!.image];
      b!.typedName = 'Diego Alvares';
    });
    expectVerdict(r.code === 1 && r.err.includes('differs from what its "signed" event recorded'));
  });

  it('the last signature and its event dropped: export refused', async () => {
    const r = await editedFile('dropped', (w) => {
      w.sla.versions[0]!.signatures.pop();
      w.sla.audit.pop();
    });
    expectVerdict(r.code === 1 && r.err.includes('covers events the trail no longer has'));
  });

  it('signers reordered and everything recomputed: export refused', async () => {
    const r = await editedFile('reordered', (w) => {
      const v = w.sla.versions[0]!;
      const old = v.contentHash;
      v.content.signers.reverse();
      v.contentHash = contentHash(v.content);
      w.sla.audit = rechain(w.sla.audit.map((e) => (e.contentHash === old ? { ...e, contentHash: v.contentHash } : e)));
    });
    expectVerdict(r.code === 1 && r.err.includes('audit trail is broken'));
  });

  it('an update appended after sealing: broken (exit 1), counted, never echoed', async () => {
    const appended = file(
      'appended.pdf',
      Buffer.concat([readFileSync(genuinePdf), Buffer.from('\n1 0 obj << /AccordSla (version 9, signed by Mallory) >> endobj\n%%EOF\n')]),
    );
    const r = await run('verify', appended);
    expectVerdict(r.code === 1 && /\d+ bytes were added after sealing/.test(r.out) && !r.out.includes('Mallory'));
  });

  it('user text full of PDF syntax: every genuine PDF verifies intact, and pdfsig agrees', { timeout: 300_000 }, async () => {
    const hostile = fc.oneof(
      fc.constantFrom(
        'Acme /ByteRange [0 1 2 3]',
        'endobj %%EOF',
        'stream\nendstream',
        '(unbalanced',
        'unbalanced)',
        'back\\slash\\',
        '/Contents <0000>',
        '<< /Type /Sig >>',
        '\u{1F600} 😀 𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
        '中文客户 /ByteRange',
        'ﬁ ligature \u200b zero-width',
      ),
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.string({ unit: fc.constantFrom('(', ')', '\\', '/', '[', ']', '<', '>', '%', ' ', 'B', 'y', 't', 'e'), maxLength: 40 }),
    );
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.record({ client: hostile, title: hostile, name: hostile, note: hostile }),
        async ({ client, title, name, note }) => {
          const w = sampleWorkshop(new Date('2026-12-03T09:00:00Z'));
          // Inputs as the schema stores them (no control characters a text field would let through is needed to break a scanner).
          w.clientCompany = client.slice(0, 200);
          w.title = title.slice(0, 200);
          w.commitment.participants[0]!.name = name.slice(0, 120);
          w.sla.commitments[0]!.note = note.slice(0, 500);
          const pdf = await renderSealedSla(
            { workshop: w, sealer: { subject: 'Accord seal genuine', fingerprint: genuineFp }, now: new Date() },
            (doc) => renderToBuffer(doc),
            (b, reason) => sealPdf(b, genuine, { reason }),
          );
          const report = await readSeal(pdf.bytes);
          expect(report.status).toBe('intact');
          const path = file(`syntax-${n++}.pdf`, pdf.bytes);
          expect(pdfsig(path)).toContain('Signature is Valid');
        },
      ),
      { numRuns: 12, seed: Number(process.env.ACCORD_ATTACK_SEED ?? 42) },
    );
    expectVerdict(true);
  });

  it('the CLI key file: 0600 in a 0700 folder from its first byte', () => {
    if (process.platform === 'win32') return;
    expectVerdict((statSync(sealKeyFile()).mode & 0o777) === 0o600 && (statSync(join(dir, 'seal', 'cli-seal')).mode & 0o777) === 0o700);
  });

  it('a port squatter that copies Accord’s headers and answers the proof with garbage: not reused', async () => {
    const squatter: Server = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-security-policy': "default-src 'self'" });
      res.end(req.url?.startsWith('/.accord/whoami') ? JSON.stringify({ proof: 'f'.repeat(64) }) : '<!doctype html>');
    });
    await new Promise<void>((ok) => squatter.listen(0, '127.0.0.1', ok));
    const port = (squatter.address() as AddressInfo).port;
    const root = join(dir, 'www');
    mkdirSync(root, { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html>');
    const served = await serveRenderer(root, port, launcherServeDeps(new Uint8Array(32).fill(7)));
    try {
      expectVerdict(served.kind === 'fallback' && !served.url.includes(`:${port}/`));
    } finally {
      await served.server?.close();
      await new Promise<void>((ok) => squatter.close(() => ok()));
    }
  });

  it(
    'an organisation certificate (.p12 from an openssl CA): trusted only through --trust-ca, and pdfsig names the leaf',
    { timeout: 120_000 },
    async () => {
      const ca = join(dir, 'ca');
      mkdirSync(ca);
      const sh = (cmd: string) => execFileSync('bash', ['-c', cmd], { cwd: ca, stdio: 'pipe' });
      sh(
        'openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 3650 -subj "/CN=Northwind Root CA/O=Northwind" -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign"',
      );
      sh('openssl req -newkey rsa:2048 -nodes -keyout leaf.key -out leaf.csr -subj "/CN=Northwind Revenue Operations/O=Northwind"');
      sh('printf "basicConstraints=CA:FALSE\\nkeyUsage=critical,digitalSignature,nonRepudiation\\n" > ext.cnf');
      sh('openssl x509 -req -in leaf.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out leaf.pem -days 365 -extfile ext.cnf');
      sh('openssl pkcs12 -export -inkey leaf.key -in leaf.pem -certfile ca.pem -out org.p12 -passout pass:s3cret');
      process.env.ACCORD_TEST_P12 = 's3cret';
      const out = join(dir, 'org.pdf');
      const exported = await run(
        'export-sla',
        join(dir, 'genuine.accord'),
        '--out',
        out,
        '--p12',
        join(ca, 'org.p12'),
        '--p12-password-env',
        'ACCORD_TEST_P12',
      );
      expect(exported.code).toBe(0);
      const without = await run('verify', out);
      const withCa = await run('verify', out, '--trust-ca', join(ca, 'ca.pem'));
      expectVerdict(without.code === 3 && withCa.code === 0);
      expect(pdfsig(out)).toContain('Signer Certificate Common Name: Northwind Revenue Operations');
    },
  );
});
