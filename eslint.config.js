import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const noImport = (names, message) => names.map((name) => ({ name, message }));

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'release', 'bench/results.json', 'test-results', '.tmp'] },
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
  // Layer boundaries (architecture.md): shared/ is pure domain code; the renderer never
  // reaches into the main process except through the platform adapter and the contract.
  {
    files: ['shared/**/*.{ts,tsx}'],
    ignores: ['shared/documents/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: noImport(['react', 'react-dom', 'electron', 'dexie', 'zustand', '@react-pdf/renderer'], 'shared/ is pure domain code: no UI, platform or storage imports.'),
        patterns: [
          { group: ['node:*', 'fs', 'path', 'child_process'], message: 'shared/ runs in the browser and the worker too: no Node-only modules.' },
          { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ must not import from renderer/ or electron/.' },
        ],
      }],
    },
  },
  {
    files: ['shared/documents/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: noImport(['electron', 'dexie', 'zustand', 'react-dom'], 'documents render in Node and in a worker: no platform, storage or DOM imports.'),
        patterns: [{ group: ['node:*', '**/renderer/**', '**/electron/**'], message: 'documents stay portable between Node and the worker.' }],
      }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: noImport(['electron'], 'The renderer reaches the desktop only through renderer/platform and the IPC contract.'),
        patterns: [
          { group: ['**/electron/**'], message: 'renderer/ must not import electron/.' },
          { group: ['node:*'], message: 'The renderer runs in a sandboxed page: no Node modules.' },
        ],
      }],
    },
  },
);
