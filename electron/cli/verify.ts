import { readFile, stat } from 'node:fs/promises';
import {
  certificateFingerprint,
  certificatesFromFile,
  judge,
  readSeal,
  type Judgement,
  type SealReport,
  type TrustList,
} from '../../shared/seal';
import type { CommandSpec, ParsedCommand } from './args';
import { CliError, errnoCode, EXIT_FAILURE, EXIT_UNTRUSTED } from './errors';
import type { CliIo } from './exportSla';
import { existingCliCertificate } from './sealKey';
import { recordProblemText, recordReadProblemText, sealProblemText, trailProblemText, TRUST_TEXT, untrustedText } from './sealWords';

export const verifySpec: CommandSpec = {
  name: 'verify',
  summary:
    'Check an SLA PDF exported by Accord: is it intact, who sealed it, and is that sealer trusted here. Exit codes: 0 intact and trusted; 3 intact but a sealer is not trusted here; 1 broken, not sealed or not a PDF; 2 bad input.',
  positionals: ['file.pdf'],
  options: {
    trust: {
      takesValue: true,
      repeatable: true,
      valueName: 'sha256',
      description: 'trust the sealer with this certificate fingerprint (64 hex digits; spaces and colons are ignored)',
    },
    'trust-ca': {
      takesValue: true,
      repeatable: true,
      valueName: 'cert.pem',
      description: 'trust certificates issued by this organisation CA (PEM or DER)',
    },
    json: { takesValue: false, description: 'print one JSON object instead of lines, for scripts' },
  },
};

/** 50 MB, as the app: an SLA PDF is well under 1 MB. Checked with stat before reading. */
export const MAX_PDF_BYTES = 50 * 1024 * 1024;

const list = (v: string | true | string[] | undefined): string[] => (Array.isArray(v) ? v : typeof v === 'string' ? [v] : []);

/** A fingerprint as people copy it: any case, with spaces or colons between groups. */
export function normaliseFingerprint(text: string): string | null {
  const hex = text.replace(/[\s:]/g, '').toLowerCase();
  return /^[0-9a-f]{64}$/.test(hex) ? hex : null;
}

async function readInput(path: string, what: string, max: number): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new CliError(`cannot read ${path}: it is a directory`);
    if (!info.isFile()) throw new CliError(`cannot read ${path}: it is not a regular file`);
    if (info.size > max) throw new CliError(`${path} is ${Math.round(info.size / 1024 / 1024)} MB; ${what}`);
    return new Uint8Array(await readFile(path));
  } catch (err) {
    if (err instanceof CliError) throw err;
    const code = errnoCode(err);
    if (code === 'ENOENT') throw new CliError(`cannot read ${path}: no such file`);
    if (code === 'EACCES' || code === 'EPERM') throw new CliError(`cannot read ${path}: permission denied`);
    throw new CliError(`cannot read ${path}: ${code ?? String(err)}`);
  }
}

export async function trustListFrom(args: ParsedCommand): Promise<TrustList> {
  const sealers = list(args.options.trust).map((t) => {
    const fp = normaliseFingerprint(t);
    if (!fp) throw new CliError(`--trust: "${t}" is not a SHA-256 fingerprint (64 hex digits)`);
    return fp;
  });
  const authorities: Uint8Array[] = [];
  for (const path of list(args.options['trust-ca'])) {
    const certs = certificatesFromFile(await readInput(path, 'a CA certificate is a few kilobytes', 1_000_000));
    if (!certs) throw new CliError(`--trust-ca: ${path} holds no certificate (PEM or DER expected)`);
    authorities.push(...certs);
  }
  const own = await existingCliCertificate().catch(() => null);
  return { own: own ? [await certificateFingerprint(own)] : [], sealers, authorities };
}

const VERDICT_LINE: Record<Judgement['verdict'], string> = {
  trusted: 'verdict: INTACT AND TRUSTED',
  untrusted: 'verdict: INTACT, BUT NOT TRUSTED HERE (do not rely on it until you have checked the sealer)',
  broken: 'verdict: BROKEN (the file was changed after sealing, or what it carries does not hold)',
  unsealed: 'verdict: NOT SEALED (this PDF carries no seal)',
  notPdf: 'verdict: NOT A PDF',
};

/** The lines `accord verify` prints; pure, so the wording is tested without a file. */
export function describeReport(report: SealReport, j: Judgement): string[] {
  const lines: string[] = [];
  if (report.status === 'intact') lines.push('intact: yes (the signature covers the whole file and verifies)');
  else if (report.status === 'broken') lines.push(`intact: NO (${report.problems.map(sealProblemText).join('; ') || 'see below'})`);
  else if (report.status === 'unsealed') lines.push('intact: no seal');
  else lines.push('intact: not a PDF');
  const s = report.sealer;
  if (s) {
    lines.push(`sealed by: ${s.subject} (${s.subjectDn}), certificate sha256 ${s.fingerprint}`);
    if (s.certificates.length > 1 || !s.selfIssued)
      lines.push(`issued by: ${s.issuerDn}${s.certificates.length > 1 ? ` (chain of ${s.certificates.length} certificates)` : ''}`);
    lines.push(`trusted here: ${j.sealerTrust ? TRUST_TEXT[j.sealerTrust] : 'unknown here'}`);
  }
  if (report.sealedAt) lines.push(`sealed at: ${report.sealedAt}`);
  const r = report.record;
  if (r?.format === 2) {
    const c = r.check;
    lines.push(`content sha256: ${c.contentHash} (recomputed from the content the PDF carries)`);
    lines.push(`SLA version: ${c.version}${c.state === 'draft' ? ' (a draft, not frozen)' : ''}`);
    lines.push(`workshop: ${c.clientCompany || '(no client name)'} (${c.workshopId})`);
    lines.push(
      c.signers.length === 0
        ? 'signers: none (not signed)'
        : `signers: ${c.signers.map((x) => `${x.typedName || '(no name)'}${x.title ? `, ${x.title}` : ''} (${x.team}, ${x.signedAt})`).join('; ')}`,
    );
    if (c.problem) lines.push(`record: ${recordProblemText(c.problem)}`);
    const trailProblem = trailProblemText(c.trail);
    lines.push(
      trailProblem
        ? `audit trail: BROKEN: ${trailProblem}`
        : `audit trail: ${c.trail.chain.ok ? c.trail.chain.events : 0} events, every link and seal intact`,
    );
    for (const part of j.trail) {
      const range = `events ${part.from + 1}–${part.to}`;
      lines.push(
        part.kind === 'unsealed'
          ? `  ${range}: recorded before Accord sealed its trail (cannot be verified)`
          : `  ${range}: sealed by sha256 ${part.sealer} (${TRUST_TEXT[part.trust!]})`,
      );
    }
  } else if (r?.format === 1) {
    const f = r.facts;
    lines.push('record: an earlier Accord format; the numbers below are as recorded, not recomputed');
    lines.push(`content sha256: ${f.contentHash}`);
    lines.push(`SLA version: ${f.slaVersion}`);
    lines.push(`workshop: ${f.clientCompany || '(no client name)'} (${f.workshopId})`);
    lines.push(
      f.signers.length === 0
        ? 'signers: none (not signed)'
        : `signers: ${f.signers.map((x) => `${x.name || '(no name)'}${x.title ? `, ${x.title}` : ''} (${x.team}, ${x.signedAt})`).join('; ')}`,
    );
  } else if (r && report.status !== 'not-pdf') {
    lines.push(`record: ${recordReadProblemText(r.problem)}`);
  }
  for (const u of j.untrusted) lines.push(`not trusted: ${untrustedText(u)}`);
  lines.push(VERDICT_LINE[j.verdict]);
  return lines;
}

export const exitCodeOf = (j: Judgement): number =>
  j.verdict === 'trusted' ? 0 : j.verdict === 'untrusted' ? EXIT_UNTRUSTED : EXIT_FAILURE;

/** What `--json` prints: the same facts as the lines, as data. */
export function reportJson(report: SealReport, j: Judgement): unknown {
  const r = report.record;
  return {
    verdict: j.verdict,
    exitCode: exitCodeOf(j),
    intact: report.status === 'intact',
    status: report.status,
    problems: report.problems.map((p) => ({ ...p, text: sealProblemText(p) })),
    sealer: report.sealer && {
      subject: report.sealer.subject,
      subjectDn: report.sealer.subjectDn,
      issuerDn: report.sealer.issuerDn,
      fingerprint: report.sealer.fingerprint,
      chainLength: report.sealer.certificates.length,
      trust: j.sealerTrust,
    },
    sealedAt: report.sealedAt,
    record:
      r?.format === 2
        ? {
            format: 2,
            contentHash: r.check.contentHash,
            version: r.check.version,
            state: r.check.state,
            workshopId: r.check.workshopId,
            clientCompany: r.check.clientCompany,
            signers: r.check.signers.map((x) => ({ name: x.typedName, title: x.title, team: x.team, signedAt: x.signedAt })),
            problem: r.check.problem,
            trail: {
              ok: r.check.trail.ok,
              problem: trailProblemText(r.check.trail),
              events: r.check.trail.chain.ok ? r.check.trail.chain.events : null,
              parts: j.trail,
            },
          }
        : r?.format === 1
          ? { ...r.facts, format: 1 }
          : r && { format: null, problem: r.problem },
    untrusted: j.untrusted.map((u) => ({ ...u, text: untrustedText(u) })),
  };
}

export async function verify(args: ParsedCommand, io: CliIo): Promise<number> {
  const path = args.positionals['file.pdf']!;
  const trust = await trustListFrom(args);
  const bytes = await readInput(path, 'an Accord SLA PDF is far smaller (limit 50 MB)', MAX_PDF_BYTES);
  const report = await readSeal(bytes);
  const j = judge(report, trust);
  if (args.options.json === true) io.out(JSON.stringify(reportJson(report, j), null, 2));
  else for (const line of describeReport(report, j)) io.out(line);
  return exitCodeOf(j);
}
