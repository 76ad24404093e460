import { readFile } from 'node:fs/promises';
import { readSeal, type SealReport } from '../../shared/seal';
import type { CommandSpec, ParsedCommand } from './args';
import { CliError, errnoCode, EXIT_FAILURE } from './errors';
import type { CliIo } from './exportSla';

export const verifySpec: CommandSpec = {
  name: 'verify',
  summary: 'Check the seal of an SLA PDF exported by Accord: intact or not, content hash, version and signers. Exits 1 when the seal or the content is broken.',
  positionals: ['file.pdf'],
  options: {},
};

/** 50 MB, as the app: an SLA PDF is well under 1 MB. */
const MAX_BYTES = 50 * 1024 * 1024;

/** The lines `accord verify` prints; pure, so the wording is tested without a file. */
export function describeReport(report: SealReport): string[] {
  const verdict =
    report.status === 'intact'
      ? 'seal: intact (the file is exactly as Accord sealed it)'
      : report.status === 'unsealed'
        ? 'seal: none (this PDF was not sealed)'
        : report.status === 'not-pdf'
          ? 'seal: none (the file is not a PDF)'
          : `seal: BROKEN (${report.problems.join('; ')})`;
  const lines = [verdict];
  const cert = report.certificate;
  if (cert) lines.push(`sealed by: ${cert.subject}, certificate sha256 ${cert.fingerprint}`);
  if (report.sealedAt) lines.push(`sealed at: ${report.sealedAt}`);
  const facts = report.facts;
  if (facts) {
    if (report.status !== 'intact') lines.push('the record below is what the file claims; the broken seal means it cannot be relied on');
    lines.push(`content sha256: ${facts.contentHash}`);
    lines.push(`SLA version: ${facts.slaVersion}`);
    lines.push(`workshop: ${facts.clientCompany || '(no client name)'} (${facts.workshopId})`);
    lines.push(
      facts.signers.length === 0
        ? 'signers: none (not signed)'
        : `signers: ${facts.signers.map((s) => `${s.name || '(no name)'}${s.title ? `, ${s.title}` : ''} (${s.team}, ${s.signedAt})`).join('; ')}`,
    );
  } else if (report.factsError && report.status !== 'not-pdf') {
    lines.push(`content: ${report.factsError}`);
  }
  return lines;
}

/** Why the command fails, or null when the seal is intact and the Accord record readable. */
function failure(report: SealReport): string | null {
  if (report.status === 'intact') return report.facts ? null : `the seal is intact but ${report.factsError ?? 'the Accord record is missing'}`;
  if (report.status === 'broken') return `the seal is broken: ${report.problems[0] ?? 'unknown problem'}`;
  return report.status === 'unsealed' ? 'the PDF carries no seal' : 'the file is not a PDF';
}

export async function verify(args: ParsedCommand, io: CliIo): Promise<void> {
  const path = args.positionals['file.pdf']!;
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (err) {
    const code = errnoCode(err);
    if (code === 'ENOENT') throw new CliError(`cannot read ${path}: no such file`);
    if (code === 'EISDIR') throw new CliError(`cannot read ${path}: it is a directory`);
    if (code === 'EACCES') throw new CliError(`cannot read ${path}: permission denied`);
    throw err;
  }
  if (bytes.byteLength > MAX_BYTES) throw new CliError(`${path} is over 50 MB; an Accord SLA PDF is far smaller`);
  const report = await readSeal(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  for (const line of describeReport(report)) io.out(line);
  const why = failure(report);
  if (why) throw new CliError(why, EXIT_FAILURE);
}
