import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './shared/security/csp';

// One CSP for the page, the desktop protocol and the browser-mode server.
const injectCsp = (): Plugin => ({
  name: 'accord-csp',
  transformIndexHtml: (html) => html.replace('%ACCORD_CSP%', CONTENT_SECURITY_POLICY),
});

// boot/early.ts starts reading the home list while the main bundle downloads, so it must be its
// own entry (Vite folds every script of index.html into one) loaded by an async script tag.
const EARLY_ENTRY = 'renderer/boot/early.ts';
const loadEarlyEntry = (): Plugin => ({
  name: 'accord-early-entry',
  transformIndexHtml: {
    order: 'post',
    handler(html, ctx) {
      const early = Object.values(ctx.bundle ?? {}).find(
        (c) => c.type === 'chunk' && c.facadeModuleId?.replace(/\\/g, '/').endsWith(EARLY_ENTRY),
      );
      if (early?.type !== 'chunk') return html;
      const preloads = early.imports.map((f) => `<link rel="modulepreload" crossorigin href="./${f}">\n    `).join('');
      return html.replace(
        '<script type="module"',
        `${preloads}<script type="module" async crossorigin src="./${early.fileName}"></script>\n    <script type="module"`,
      );
    },
  },
});

// Everything the first screen runs goes into one chunk: Rolldown would otherwise split it into
// about ten files by which lazy chunks share what, and the browser fetches at most six at a time
// from one origin, so the last ones waited for the first (~20 ms of the home list's start).
const firstScreenChunk = () => {
  const roots = [resolve('renderer/main.tsx')];
  let closure: Set<string> | undefined;
  return (id: string, ctx: { getModuleInfo(id: string): { importedIds: readonly string[] } | null }): string | null => {
    if (!closure) {
      closure = new Set();
      const visit = (m: string) => {
        if (closure!.has(m)) return;
        closure!.add(m);
        for (const dep of ctx.getModuleInfo(m)?.importedIds ?? []) visit(dep);
      };
      roots.forEach(visit);
    }
    return closure.has(id) ? 'first-screen' : null;
  };
};

// ACCORD_OUT_DIR lets parallel builds (benchmarks, concurrent test runs) use their own folder.
const OUT = process.env.ACCORD_OUT_DIR ?? 'out';

// Main and preload bundle everything they import from shared/ (only electron stays external),
// so the packaged app needs no node_modules at run time.
export default defineConfig({
  main: {
    build: {
      outDir: `${OUT}/main`,
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve('electron/main/index.ts') }, external: ['electron'] },
    },
  },
  preload: {
    build: {
      outDir: `${OUT}/preload`,
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('renderer'),
    base: './',
    plugins: [react(), injectCsp(), loadEarlyEntry()],
    define: { __APP_VERSION__: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version) },
    worker: { format: 'es' },
    build: {
      outDir: resolve(OUT, 'renderer'),
      emptyOutDir: true,
      // electron-vite leaves the renderer unminified; the initial-JS budget (≤ 200 KB gzip) needs it.
      minify: true,
      target: 'chrome130',
      rollupOptions: {
        input: { index: resolve('renderer/index.html'), early: resolve(EARLY_ENTRY) },
        output: { codeSplitting: { groups: [{ name: firstScreenChunk() }] } },
      },
    },
  },
});
