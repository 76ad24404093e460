import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Initial JavaScript = what index.html makes the browser fetch before the first render: its
 * module entry, its modulepreloads, and (followed here rather than trusted) every static
 * `import … from "./x.js"` of those chunks. `import("./x.js")` is lazy and not counted.
 */
export interface BundleReport {
  initial: { file: string; gzip: number }[];
  initialGzip: number;
  lazy: { file: string; gzip: number }[];
  /** Lazy-only libraries that ended up in the initial JS. */
  eagerHeavy: string[];
}

const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w*${}\s,]+from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

/** Markers of code docs/performance.md wants loaded lazily. */
const HEAVY: Record<string, RegExp> = {
  '@react-pdf': /react-pdf|PDFKit|pdfkit/i,
  '@xyflow/react': /react-flow__|xyflow/,
  elkjs: /elkjs|ElkLayered|org\.eclipse\.elk/,
  'pdf-lib / signing': /PDFDocument\.load|node-forge|signpdf/,
};

export function measureBundle(rendererDir: string, htmlFile = 'index.html'): BundleReport {
  const html = readFileSync(join(rendererDir, htmlFile), 'utf8');
  const roots = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => posix.normalize(m[1]!.replace(/^\.\//, '')));
  const seen = new Set<string>();
  const visit = (rel: string) => {
    if (seen.has(rel)) return;
    seen.add(rel);
    const code = readFileSync(join(rendererDir, rel), 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) visit(posix.join(posix.dirname(rel), m[1]!));
  };
  roots.forEach(visit);

  const initial = [...seen].map((file) => ({ file, gzip: gz(join(rendererDir, file)) }));
  const allJs = readdirSync(join(rendererDir, 'assets'), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.js'))
    .map((f) => posix.join('assets', f));
  const lazy = allJs
    .filter((f) => !seen.has(f))
    .map((file) => ({ file, gzip: gz(join(rendererDir, file)) }))
    .sort((a, b) => b.gzip - a.gzip);
  const initialCode = [...seen].map((f) => readFileSync(join(rendererDir, f), 'utf8')).join('\n');
  const eagerHeavy = Object.entries(HEAVY)
    .filter(([, re]) => re.test(initialCode))
    .map(([name]) => name);
  return { initial, initialGzip: initial.reduce((a, b) => a + b.gzip, 0), lazy, eagerHeavy };
}
