/**
 * Argument parsing for the `accord` CLI, kept pure (no process, no fs) so every rule is unit
 * tested. Each command declares its positionals and options; the parser refuses anything else
 * with one sentence, so a typo never silently does something different.
 */

export interface OptionSpec {
  /** True when the option takes a value (`--out file.pdf` or `--out=file.pdf`). */
  takesValue: boolean;
  required?: boolean;
  /** Placeholder shown in usage, e.g. `file.pdf`. */
  valueName?: string;
  description: string;
  /** May be given more than once (`--trust a --trust b`); the values arrive as a list. */
  repeatable?: boolean;
}

export interface CommandSpec {
  name: string;
  summary: string;
  /** Names of the required positional arguments, in order. */
  positionals: readonly string[];
  options: Readonly<Record<string, OptionSpec>>;
}

export interface ParsedCommand {
  command: string;
  positionals: Record<string, string>;
  options: Record<string, string | true | string[]>;
}

export type ParseResult =
  | { kind: 'run'; parsed: ParsedCommand }
  | { kind: 'help'; command: CommandSpec | null }
  | { kind: 'error'; message: string; command: CommandSpec | null };

const isHelp = (a: string) => a === '--help' || a === '-h';

export function parseArgs(argv: readonly string[], commands: readonly CommandSpec[]): ParseResult {
  const [name, ...rest] = argv;
  if (name === undefined) return { kind: 'error', message: 'no command given', command: null };
  if (isHelp(name) || name === 'help') return { kind: 'help', command: null };
  const spec = commands.find((c) => c.name === name);
  if (!spec) return { kind: 'error', message: `unknown command "${name}"`, command: null };

  const positionals: string[] = [];
  const options: Record<string, string | true | string[]> = {};
  let onlyPositionals = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (onlyPositionals || !arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    if (isHelp(arg)) return { kind: 'help', command: spec };
    const eq = arg.indexOf('=');
    const key = arg.startsWith('--') ? arg.slice(2, eq === -1 ? undefined : eq) : '';
    const option = key === '' ? undefined : spec.options[key];
    if (!option) return { kind: 'error', message: `unknown option "${eq === -1 ? arg : arg.slice(0, eq)}"`, command: spec };
    if (key in options && !option.repeatable) return { kind: 'error', message: `option --${key} given twice`, command: spec };
    if (!option.takesValue) {
      if (eq !== -1) return { kind: 'error', message: `option --${key} takes no value`, command: spec };
      options[key] = true;
      continue;
    }
    const value = eq !== -1 ? arg.slice(eq + 1) : rest[++i];
    if (value === undefined || value === '' || (eq === -1 && value.startsWith('-') && value !== '-')) {
      return { kind: 'error', message: `option --${key} needs a value`, command: spec };
    }
    options[key] = option.repeatable ? [...((options[key] as string[] | undefined) ?? []), value] : value;
  }

  for (const [key, option] of Object.entries(spec.options)) {
    if (option.required && !(key in options)) return { kind: 'error', message: `missing --${key}`, command: spec };
  }
  if (positionals.length < spec.positionals.length) {
    return { kind: 'error', message: `missing <${spec.positionals[positionals.length]}>`, command: spec };
  }
  if (positionals.length > spec.positionals.length) {
    return { kind: 'error', message: `unexpected argument "${positionals[spec.positionals.length]}"`, command: spec };
  }
  const named = Object.fromEntries(spec.positionals.map((p, i) => [p, positionals[i]!]));
  return { kind: 'run', parsed: { command: spec.name, positionals: named, options } };
}

/** `accord export-sla <workshop.json> --out <file.pdf>` */
export function usageLine(spec: CommandSpec): string {
  const pos = spec.positionals.map((p) => `<${p}>`);
  const opts = Object.entries(spec.options).map(([k, o]) => {
    const text = o.takesValue ? `--${k} <${o.valueName ?? k}>` : `--${k}`;
    return o.required ? text : `[${text}]${o.repeatable ? '…' : ''}`;
  });
  return ['accord', spec.name, ...pos, ...opts].join(' ');
}

export function helpText(commands: readonly CommandSpec[], command: CommandSpec | null): string {
  if (command) {
    const opts = Object.entries(command.options).map(
      ([k, o]) => `  --${k}${o.takesValue ? ` <${o.valueName ?? k}>` : ''}  ${o.description}`,
    );
    return [`usage: ${usageLine(command)}`, '', command.summary, ...(opts.length ? ['', ...opts] : [])].join('\n');
  }
  return ['usage: accord <command> [arguments]', '', 'commands:', ...commands.map((c) => `  ${usageLine(c)}\n      ${c.summary}`)].join(
    '\n',
  );
}
