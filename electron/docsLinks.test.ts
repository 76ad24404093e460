import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Someone who clones the repository must be able to follow every reference it makes: the
 * README's and docs' links and file paths lead to files that are here, and code, tests and
 * configuration cite the project's documents by their place in docs/.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SKIP_DIRS = new Set(['node_modules', 'out', 'dist', 'release', 'test-results', '.git', 'fixtures']);
const TEXT_FILE = /\.(ts|tsx|js|mjs|cjs|css|html|json|yml|yaml|md)$/;
const SELF = relative(ROOT, fileURLToPath(import.meta.url));

function filesUnder(dir: string, keep: (path: string) => boolean): string[] {
  const abs = join(ROOT, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return SKIP_DIRS.has(entry.name) ? [] : filesUnder(path, keep);
    return keep(path) ? [path] : [];
  });
}

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const markdown = () => ['README.md', ...filesUnder('docs', (p) => p.endsWith('.md'))];

/** `[text](target)` and `![alt](target)` whose target is a path in the repository (not a URL or an anchor). */
function relativeLinks(text: string): string[] {
  const targets = [...text.matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]!);
  return targets.filter((t) => !/^[a-z][a-z0-9+.-]*:/i.test(t) && !t.startsWith('#')).map((t) => decodeURI(t.split('#')[0]!));
}

/** Code spans that name a file or folder of the repository, e.g. `shared/funnel/funnel.ts` (placeholders and globs aside). */
function codePaths(text: string): string[] {
  return [...text.matchAll(/`((?:shared|renderer|electron|test|docs|assets)\/[\w./-]*)`/g)]
    .map((m) => m[1]!)
    .filter((p) => !p.includes('*'));
}

/** The project's documents as they were once cited without their folder. */
const DOC_NAMES = ['domain', 'architecture', 'performance', 'ui', 'pdf-notes'];
const DOC_CITATION = new RegExp(`(?<![\\w.-])((?:\\.{1,2}/|[\\w-]+/)*)(?:${DOC_NAMES.join('|')})\\.md\\b`, 'g');
/** Documents outside the repository, next to it. */
const OUTSIDE_DOC = /\.\.\/shared\/[\w-]+\.md\b/g;
/** How work was organised, rather than what the product does. */
const WORK_WORDS =
  /\bissue #?\d+\b|(?<![\w.(])\(issue\)|\bissue ≤|\bthe issue says\b|\bthe issue(?:'s|’s)? (?:example|sample|found)\b|\bof the issue\b|\bthe ticket\b|\bas asked\b/gi;

function sourcesAndConfig(): string[] {
  const roots = readdirSync(ROOT).filter(
    (name) => TEXT_FILE.test(name) && statSync(join(ROOT, name)).isFile() && name !== 'package-lock.json',
  );
  return [...roots, ...['shared', 'renderer', 'electron', 'test'].flatMap((dir) => filesUnder(dir, (p) => TEXT_FILE.test(p)))].filter(
    (p) => p !== SELF,
  );
}

describe('the documentation a clone carries', () => {
  it('has the docs the README lists', () => {
    for (const doc of ['docs/domain.md', 'docs/architecture.md', 'docs/security.md', 'docs/performance.md', 'docs/testing.md']) {
      expect(existsSync(join(ROOT, doc)), doc).toBe(true);
      expect(read('README.md')).toContain(`(${doc})`);
    }
  });

  it('links only to files that exist, from the README and every page of docs/', () => {
    const broken = markdown().flatMap((md) =>
      relativeLinks(read(md))
        .filter((target) => !existsSync(resolve(ROOT, dirname(md), target)))
        .map((target) => `${md} → ${target}`),
    );
    expect(broken).toEqual([]);
  });

  it('names only files and folders that exist when it quotes a path', () => {
    const missing = markdown().flatMap((md) =>
      codePaths(read(md))
        .filter((path) => !existsSync(join(ROOT, path)))
        .map((path) => `${md}: ${path}`),
    );
    expect(missing).toEqual([]);
  });

  it('cites the project documents from code, tests and configuration by their place in docs/', () => {
    const stray = sourcesAndConfig().flatMap((file) => {
      const text = read(file);
      const uncited = [...text.matchAll(DOC_CITATION)].filter((m) => !m[1]!.endsWith('docs/'));
      return [...uncited, ...text.matchAll(OUTSIDE_DOC)].map((m) => `${file}: ${m[0]}`);
    });
    expect(stray).toEqual([]);
  });

  it('speaks of the product, not of how the work was organised', () => {
    const files = ['README.md', ...markdown().slice(1), ...sourcesAndConfig()];
    const found = files.flatMap((file) => [...read(file).matchAll(WORK_WORDS)].map((m) => `${file}: ${m[0]}`));
    expect(found).toEqual([]);
  });
});
