import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Each runtime's tsconfig decides which globals its code may use: shared/ runs in the page, its
 * workers, main and the CLI, so neither `document` nor `process` may compile there; main is Node
 * and must not reach for `window`. These compile small files under each real config (its lib,
 * types and typeRoots) and read the compiler's verdict.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
mkdirSync(join(root, '.tmp'), { recursive: true });
// Inside the repository so that imports resolve against its node_modules, as real code does.
const scratch = mkdtempSync(join(root, '.tmp', 'boundaries-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function compile(config: string, code: string, extraRoots: string[] = []): string[] {
  const file = join(scratch, `${config.replace(/\W/g, '_')}_${Math.random().toString(36).slice(2)}.ts`);
  writeFileSync(file, code);
  const parsed = ts.getParsedCommandLineOfConfigFile(
    join(root, config),
    { noEmit: true, composite: false, emitDeclarationOnly: false },
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!parsed) throw new Error(`cannot read ${config}`);
  const program = ts.createProgram({ rootNames: [file, ...extraRoots.map((f) => join(root, f))], options: parsed.options });
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName === file)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
}

const missing = (errors: string[], name: string) => errors.some((e) => e.includes(`Cannot find name '${name}'`));

// Each case builds a small program against the real lib files: seconds, not the default 5 s.
describe('per-runtime type boundaries', { timeout: 60_000 }, () => {
  it('shared/ compiles the web-platform globals both runtimes have', () => {
    const errors = compile(
      'tsconfig.shared.json',
      `export const id = crypto.randomUUID();
       export const bytes = new TextEncoder().encode('SLA');
       export const copy = structuredClone({ a: 1 });
       export const digest = () => globalThis.crypto.subtle.digest('SHA-256', bytes);
       export const when = new Intl.DateTimeFormat('pt-BR').format(0);`,
      ['shared/platform.d.ts'],
    );
    expect(errors).toEqual([]);
  });

  it('shared/ cannot use the DOM or Node, even beside a library whose typings reference Node', () => {
    const errors = compile(
      'tsconfig.shared.json',
      `import Papa from 'papaparse';
       export const rows = Papa.parse<string[]>('a,b').data;
       export const title = document.title;
       export const env = process.env.HOME;
       export const bytes = Buffer.from('x');`,
      ['shared/platform.d.ts'],
    );
    expect(missing(errors, 'document')).toBe(true);
    expect(missing(errors, 'process')).toBe(true);
    expect(missing(errors, 'Buffer')).toBe(true);
    expect(errors).toHaveLength(3);
  });

  it('electron/ (main, preload, CLI) has Node but no window or document', () => {
    const errors = compile(
      'tsconfig.electron.json',
      `export const pid = process.pid;
       export const title = document.title;
       export const href = window.location.href;`,
    );
    expect(missing(errors, 'document')).toBe(true);
    expect(missing(errors, 'window')).toBe(true);
    expect(errors).toHaveLength(2);
  });

  it('renderer/ has the DOM and Vite client types but no Node globals', () => {
    const errors = compile(
      'tsconfig.renderer.json',
      `import Papa from 'papaparse';
       export const rows = Papa.parse<string[]>('a,b').data;
       export const title = document.title;
       export const dev = import.meta.env.DEV;
       export const pid = process.pid;`,
    );
    expect(missing(errors, 'process')).toBe(true);
    expect(errors, errors.join('\n')).toHaveLength(1);
  });
});
