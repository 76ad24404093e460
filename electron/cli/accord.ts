import { fileURLToPath } from 'node:url';
import { helpText, parseArgs, usageLine, type CommandSpec, type ParsedCommand } from './args';
import { CliError, EXIT_BAD_INPUT, EXIT_FAILURE } from './errors';
import { exportReport, exportReportSpec } from './exportReport';
import { exportSla, exportSlaSpec, type CliIo } from './exportSla';
import { verify, verifySpec } from './verify';

/**
 * The headless `accord` command: `npm run accord -- <command> ...`. Commands live in one
 * table (spec + handler) so export-report and verify slot in beside export-sla.
 */
interface Command {
  spec: CommandSpec;
  /** Resolves the exit code (void: 0); a CliError carries its own. */
  run: (args: ParsedCommand, io: CliIo) => Promise<number | void>;
}

const COMMANDS: readonly Command[] = [
  { spec: exportSlaSpec, run: exportSla },
  { spec: exportReportSpec, run: exportReport },
  { spec: verifySpec, run: verify },
];
const SPECS = COMMANDS.map((c) => c.spec);

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv, SPECS);
  if (parsed.kind === 'help') {
    io.out(helpText(SPECS, parsed.command));
    return 0;
  }
  if (parsed.kind === 'error') {
    const usage = parsed.command ? usageLine(parsed.command) : `accord <${SPECS.map((s) => s.name).join('|')}> ... (--help for more)`;
    io.err(`accord: ${parsed.message}; usage: ${usage}`);
    return EXIT_BAD_INPUT;
  }
  const command = COMMANDS.find((c) => c.spec.name === parsed.parsed.command)!;
  try {
    return (await command.run(parsed.parsed, io)) ?? 0;
  } catch (err) {
    if (err instanceof CliError) {
      io.err(`accord: ${oneLine(err.message)}`);
      return err.exitCode;
    }
    io.err(`accord: unexpected failure: ${oneLine(err instanceof Error ? err.message : String(err))}`);
    if (process.env.ACCORD_DEBUG) io.err(err instanceof Error && err.stack ? err.stack : String(err));
    return EXIT_FAILURE;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // `accord verify file.pdf | head -1`: the reader went away; that is no error of ours.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  const io: CliIo = { out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`) };
  process.exitCode = await main(process.argv.slice(2), io);
}
