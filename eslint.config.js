import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';

const TESTS = ['**/*.test.{ts,tsx}', 'test/**'];
const TS = ['**/*.{ts,tsx}'];

/**
 * One boundary, enforced on static imports (no-restricted-imports) and on dynamic `import()`
 * (which no-restricted-imports does not see) through a no-restricted-syntax selector on the
 * import expression's literal source. `packages` are bare names, `node:*` means every Node
 * built-in; `paths` are repository folders, matched in relative specifiers.
 */
const boundary = ({ packages = [], node = false, paths = [], message }) => {
  // esquery's regex literal cannot contain '/', hence \x2F.
  const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replaceAll('/', '\\x2F');
  const end = '(\\x2F|$)';
  const sources = [
    ...packages.map((p) => `^${escape(p)}${end}`),
    ...(node ? ['^node:', `^(fs|path|child_process|os|crypto|url|stream)${end}`] : []),
    ...paths.map((p) => `^\\.\\.?\\x2F(\\.\\.\\x2F)*${escape(p)}${end}`),
  ];
  const patterns = [
    ...(node ? [{ group: ['node:*', 'fs', 'path', 'child_process', 'os', 'crypto', 'url', 'stream'], message }] : []),
    ...(paths.length ? [{ group: paths.map((p) => `**/${p}/**`), message }] : []),
  ];
  return {
    'no-restricted-imports': [
      'error',
      {
        paths: packages.map((name) => ({ name, message })),
        patterns: [...patterns, ...packages.map((p) => ({ group: [`${p}/*`], message }))],
      },
    ],
    'no-restricted-syntax': [
      'error',
      ...(sources.length ? [{ selector: `ImportExpression[source.value=/${sources.join('|')}/]`, message }] : []),
    ],
  };
};

// Every layer: what it may not import, statically or with import().
const UI_AND_STORAGE = ['react', 'react-dom', 'react-i18next', 'i18next', '@xyflow/react', 'electron', 'dexie', 'zustand'];

export default tseslint.config(
  {
    ignores: ['node_modules', 'out', 'dist', 'release', 'bench/results.json', 'test-results', '.tmp', 'typings', 'reports', '.stryker-tmp'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'shared/documents/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  // Promises nobody awaits lose their errors: type-aware, so it reads each runtime's tsconfig.
  {
    files: TS,
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  // The import graph has no cycle (dynamic import() counts too: a lazy chunk importing back is
  // still a cycle the bundler has to untangle).
  {
    files: TS,
    ignores: TESTS,
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.json'] })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },

  // Layer boundaries (README, "Layers"): shared/ is pure domain code that runs in the page, its
  // workers, main and the CLI; the renderer reaches the desktop only through renderer/platform
  // and the IPC contract in shared/ipc; main never reaches into the renderer.
  {
    files: ['shared/**/*.{ts,tsx}'],
    ignores: ['shared/documents/**', ...TESTS],
    rules: boundary({
      packages: [...UI_AND_STORAGE, '@react-pdf/renderer'],
      node: true,
      paths: ['renderer', 'electron', 'test'],
      message:
        'shared/ is pure domain code for the page, workers, main and the CLI: no UI, i18n, platform, storage, Node or test imports; it returns codes the callers word.',
    }),
  },
  {
    // Documents are react-pdf trees rendered in Node and in a worker.
    files: ['shared/documents/**/*.{ts,tsx}'],
    ignores: TESTS,
    rules: boundary({
      packages: UI_AND_STORAGE.filter((p) => p !== 'react'),
      node: true,
      paths: ['renderer', 'electron', 'test'],
      message:
        'Documents render in Node and in a worker: no DOM, i18n, platform, storage, Node or test imports (strings come from their own tables).',
    }),
  },
  {
    // Tests of shared/ run in Node and read fixtures; they still may not reach into other layers.
    files: ['shared/**/*.test.{ts,tsx}'],
    rules: boundary({
      packages: ['react-dom', 'react-i18next', 'i18next', '@xyflow/react', 'electron', 'dexie', 'zustand'],
      paths: ['renderer', 'electron'],
      message: 'Tests of shared/ test shared/: no renderer, platform or storage imports.',
    }),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/storage/**', ...TESTS],
    rules: boundary({
      packages: ['electron', 'dexie'],
      node: true,
      paths: ['electron', 'test'],
      message:
        'The renderer is a sandboxed page: it reaches the desktop only through renderer/platform and the IPC contract (shared/ipc), and the database only through renderer/storage.',
    }),
  },
  {
    // renderer/storage is the one place Dexie is opened.
    files: ['renderer/storage/**/*.{ts,tsx}'],
    ignores: TESTS,
    rules: boundary({
      packages: ['electron'],
      node: true,
      paths: ['electron', 'test'],
      message: 'The renderer is a sandboxed page: no electron/, Node or test imports.',
    }),
  },
  {
    // Renderer tests run in Node and may set up Dexie databases as fixtures.
    files: ['renderer/**/*.test.{ts,tsx}'],
    rules: boundary({
      packages: ['electron'],
      paths: ['electron'],
      message: 'Renderer tests test the renderer: no electron/ imports.',
    }),
  },
  {
    files: ['electron/**/*.ts'],
    rules: boundary({
      packages: ['react-dom', 'react-i18next', 'i18next', '@xyflow/react', 'dexie', 'zustand'],
      paths: ['renderer'],
      message: 'electron/ is Node: it serves the renderer and talks to it over the IPC contract (shared/ipc), never by importing it.',
    }),
  },
);
