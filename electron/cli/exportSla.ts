import { renderToBuffer } from '@react-pdf/renderer';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { registerPdfFonts, SlaDocument } from '../../shared/documents';
import { sealFactsForExport, sealPdf } from '../../shared/seal';
import { currentDocument, slaContentHash } from '../../shared/sla/canonical';
import { parseWorkshopFile } from '../../shared/workshop/file';
import type { Workshop } from '../../shared/workshop/schema';
import type { CommandSpec, ParsedCommand } from './args';
import { writeFileAtomic } from './atomicWrite';
import { CliError, errnoCode } from './errors';
import { nodeFontSources } from './nodeFonts';
import { cliSealIdentity } from './sealKey';

export const exportSlaSpec: CommandSpec = {
  name: 'export-sla',
  summary: 'Render the signed SLA of a workshop file (.accord or bare workshop JSON) as a PDF.',
  positionals: ['workshop.json'],
  options: { out: { takesValue: true, required: true, valueName: 'file.pdf', description: 'where to write the PDF' } },
};

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Reads and validates a workshop file; every refusal is a CliError naming the problem. */
export async function readWorkshop(path: string): Promise<Workshop> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = errnoCode(err);
    if (code === 'ENOENT') throw new CliError(`cannot read ${path}: no such file`);
    if (code === 'EISDIR') throw new CliError(`cannot read ${path}: it is a directory`);
    if (code === 'EACCES') throw new CliError(`cannot read ${path}: permission denied`);
    throw err;
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

export async function exportSla(args: ParsedCommand, io: CliIo): Promise<void> {
  const input = args.positionals['workshop.json']!;
  const out = resolve(String(args.options.out));
  const workshop = await readWorkshop(input);

  registerPdfFonts(nodeFontSources());
  const contentHash = await slaContentHash(workshop);
  const stale = (currentDocument(workshop).version?.signatures ?? []).filter((s) => s.contentHash !== contentHash).length;
  const rendered = await renderToBuffer(SlaDocument({ workshop, contentHash, generatedAt: new Date().toISOString() }));
  // Sealed (PAdES) with this computer's CLI key, so `accord verify` and pdfsig can check it.
  const pdf = await sealPdf(rendered, await cliSealIdentity(), sealFactsForExport(workshop));

  try {
    await writeFileAtomic(out, pdf);
  } catch (err) {
    const code = errnoCode(err);
    if (code === 'ENOENT') throw new CliError(`cannot write ${out}: the folder does not exist`);
    if (code === 'EACCES' || code === 'EPERM') throw new CliError(`cannot write ${out}: permission denied`);
    if (code === 'EISDIR') throw new CliError(`cannot write ${out}: it is a directory`);
    throw err;
  }
  if (stale > 0) {
    io.err(`accord: warning: ${stale} signature(s) apply to different SLA content; the PDF marks them as not applying`);
  }
  io.out(`wrote ${out}`);
  io.out(`sha256 ${contentHash}`);
}
