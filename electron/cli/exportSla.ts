import { renderToBuffer } from '@react-pdf/renderer';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { registerPdfFonts } from '../../shared/documents';
import { renderSealedSla, TrailBrokenError } from '../../shared/documents/renderSla';
import { describeCertificate, sealPdf } from '../../shared/seal';
import { MAX_FILE_BYTES } from '../../shared/ipc/contract';
import { parseWorkshopFile } from '../../shared/workshop/file';
import type { Workshop } from '../../shared/workshop/schema';
import type { CommandSpec, ParsedCommand } from './args';
import { CliError, errnoCode, EXIT_FAILURE } from './errors';
import { writeOutput } from './output';
import { nodeFontSources } from './nodeFonts';
import { cliSealer } from './sealer';
import { trailProblemText } from './sealWords';

export const exportSlaSpec: CommandSpec = {
  name: 'export-sla',
  summary:
    'Render the signed SLA of a workshop file (.accord or bare workshop JSON) as a PDF, sealed with the CLI’s own key or an organisation certificate. Refuses a workshop whose audit trail is broken.',
  positionals: ['workshop.json'],
  options: {
    out: { takesValue: true, required: true, valueName: 'file.pdf', description: 'where to write the PDF' },
    p12: {
      takesValue: true,
      valueName: 'file.p12',
      description: 'seal with this organisation certificate (PKCS#12) instead of the CLI’s own key',
    },
    'p12-password-env': { takesValue: true, valueName: 'NAME', description: 'the environment variable that holds the PKCS#12 password' },
  },
};

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Reads and validates a workshop file; every refusal is a CliError naming the problem. */
export async function readWorkshop(path: string): Promise<Workshop> {
  let text: string;
  try {
    // The size first: a huge file is refused before a byte of it is read.
    const info = await stat(path);
    if (info.isDirectory()) throw new CliError(`cannot read ${path}: it is a directory`);
    if (info.size > MAX_FILE_BYTES) throw new CliError(`${path} is over 50 MB; a workshop file is far smaller`);
    text = await readFile(path, 'utf8');
  } catch (err) {
    if (err instanceof CliError) throw err;
    const code = errnoCode(err);
    if (code === 'ENOENT') throw new CliError(`cannot read ${path}: no such file`);
    if (code === 'EISDIR') throw new CliError(`cannot read ${path}: it is a directory`);
    if (code === 'EACCES') throw new CliError(`cannot read ${path}: permission denied`);
    throw new CliError(`cannot read ${path}: ${code ?? String(err)}`);
  }
  // parseWorkshopFile migrates older files and validates with workshopSchema.safeParse.
  const result = parseWorkshopFile(text);
  if (!result.ok) {
    // "The file is empty." reads as a clause after the prefix; field paths stay as they are.
    const reason = result.error.replace(/\.$/, '').replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase());
    throw new CliError(`invalid workshop file: ${reason}`);
  }
  return result.workshop;
}

const option = (args: ParsedCommand, key: string): string | undefined => {
  const v = args.options[key];
  return typeof v === 'string' ? v : undefined;
};

export async function exportSla(args: ParsedCommand, io: CliIo): Promise<void> {
  const input = args.positionals['workshop.json']!;
  const out = resolve(String(args.options.out));
  const workshop = await readWorkshop(input);
  const sealer = await cliSealer({ p12: option(args, 'p12'), p12PasswordEnv: option(args, 'p12-password-env') });
  const certificate = (await describeCertificate(sealer.certificates[0]!))!;

  registerPdfFonts(nodeFontSources());
  let pdf;
  try {
    pdf = await renderSealedSla(
      { workshop, sealer: { subject: certificate.subject, fingerprint: certificate.fingerprint }, now: new Date() },
      (doc) => renderToBuffer(doc),
      (bytes, reason) => sealPdf(bytes, sealer, { reason }),
    );
  } catch (err) {
    if (err instanceof TrailBrokenError)
      throw new CliError(`the workshop's audit trail is broken: ${trailProblemText(err.trail)}; nothing was exported`, EXIT_FAILURE);
    throw err;
  }

  await writeOutput(out, pdf.bytes);
  const stale = (pdf.document.version?.signatures ?? []).filter((s) => s.contentHash !== pdf.contentHash).length;
  if (stale > 0) io.err(`accord: warning: ${stale} signature(s) apply to different SLA content; the PDF marks them as not applying`);
  const unsealed = pdf.trail.seals.segments.filter((s) => s.kind === 'unsealed');
  for (const s of unsealed) {
    io.err(
      `accord: warning: audit events ${s.from + 1}–${s.to} were recorded before Accord sealed its trail; the PDF says they cannot be verified`,
    );
  }
  io.out(`wrote ${out}`);
  io.out(`sha256 ${pdf.contentHash}`);
  io.out(`sealed by ${certificate.subject}, certificate sha256 ${certificate.fingerprint}`);
}
