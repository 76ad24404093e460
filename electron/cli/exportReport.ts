import { renderToBuffer } from '@react-pdf/renderer';
import { resolve } from 'node:path';
import { registerPdfFonts } from '../../shared/documents/fonts';
import { renderReport } from '../../shared/documents/renderReport';
import type { CommandSpec, ParsedCommand } from './args';
import { writeOutput } from './output';
import { readWorkshop, type CliIo } from './exportSla';
import { nodeFontSources } from './nodeFonts';

export const exportReportSpec: CommandSpec = {
  name: 'export-report',
  summary: 'Render the workshop report (all ten steps, in the workshop language) of a workshop file as a PDF.',
  positionals: ['workshop.json'],
  options: { out: { takesValue: true, required: true, valueName: 'file.pdf', description: 'where to write the PDF' } },
};

export async function exportReport(args: ParsedCommand, io: CliIo): Promise<void> {
  const input = args.positionals['workshop.json']!;
  const out = resolve(String(args.options.out));
  const workshop = await readWorkshop(input);

  registerPdfFonts(nodeFontSources());
  const pdf = await renderReport({ workshop, generatedAt: new Date().toISOString() }, (doc) => renderToBuffer(doc));

  await writeOutput(out, pdf);
  io.out(`wrote ${out}`);
}
