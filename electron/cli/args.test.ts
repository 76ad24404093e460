import { describe, expect, it } from 'vitest';
import { helpText, parseArgs, usageLine, type CommandSpec } from './args';

const exportSla: CommandSpec = {
  name: 'export-sla',
  summary: 'Render the SLA.',
  positionals: ['workshop.json'],
  options: {
    out: { takesValue: true, required: true, valueName: 'file.pdf', description: 'output' },
    force: { takesValue: false, description: 'overwrite' },
  },
};
const specs = [exportSla];
const parse = (...argv: string[]) => parseArgs(argv, specs);

describe('parseArgs', () => {
  it('parses a command, its positional and --out in either spelling', () => {
    const expected = {
      kind: 'run',
      parsed: { command: 'export-sla', positionals: { 'workshop.json': 'w.json' }, options: { out: 'o.pdf' } },
    };
    expect(parse('export-sla', 'w.json', '--out', 'o.pdf')).toEqual(expected);
    expect(parse('export-sla', '--out=o.pdf', 'w.json')).toEqual(expected);
  });

  it('takes flags and treats everything after -- as positional', () => {
    expect(parse('export-sla', '--force', '--out', 'o.pdf', '--', '-odd.json')).toMatchObject({
      kind: 'run',
      parsed: { positionals: { 'workshop.json': '-odd.json' }, options: { out: 'o.pdf', force: true } },
    });
  });

  it('refuses what it does not understand, naming it', () => {
    expect(parse()).toMatchObject({ kind: 'error', message: 'no command given' });
    expect(parse('export-pdf')).toMatchObject({ kind: 'error', message: 'unknown command "export-pdf"' });
    expect(parse('export-sla', 'w.json', '--out', 'o.pdf', '--fast')).toMatchObject({ kind: 'error', message: 'unknown option "--fast"' });
    expect(parse('export-sla', 'w.json', '-o', 'o.pdf')).toMatchObject({ kind: 'error', message: 'unknown option "-o"' });
    expect(parse('export-sla', 'w.json')).toMatchObject({ kind: 'error', message: 'missing --out' });
    expect(parse('export-sla', 'w.json', '--out')).toMatchObject({ kind: 'error', message: 'option --out needs a value' });
    expect(parse('export-sla', 'w.json', '--out', '--force')).toMatchObject({ kind: 'error', message: 'option --out needs a value' });
    expect(parse('export-sla', '--out', 'o.pdf')).toMatchObject({ kind: 'error', message: 'missing <workshop.json>' });
    expect(parse('export-sla', 'a', 'b', '--out', 'o')).toMatchObject({ kind: 'error', message: 'unexpected argument "b"' });
    expect(parse('export-sla', 'a', '--out', 'o', '--out', 'p')).toMatchObject({ kind: 'error', message: 'option --out given twice' });
    expect(parse('export-sla', 'a', '--out', 'o', '--force=yes')).toMatchObject({
      kind: 'error',
      message: 'option --force takes no value',
    });
  });

  it('answers --help globally and per command', () => {
    expect(parse('--help')).toEqual({ kind: 'help', command: null });
    expect(parse('export-sla', '-h')).toEqual({ kind: 'help', command: exportSla });
  });
});

describe('usage', () => {
  it('shows required and optional arguments', () => {
    expect(usageLine(exportSla)).toBe('accord export-sla <workshop.json> --out <file.pdf> [--force]');
    expect(helpText(specs, null)).toContain('accord export-sla <workshop.json> --out <file.pdf>');
    expect(helpText(specs, exportSla)).toContain('--out <file.pdf>  output');
  });
});
