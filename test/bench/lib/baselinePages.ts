import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

/**
 * The baselines the targets are ratios against (docs/performance.md), built fresh in every run
 * with the same Vite, React and build target as the app and served by the same server:
 * - blank.html: an h1 and a 10-item list, nothing else;
 * - flow.html: bare React Flow with 300 nodes and 350 edges, no app code around it.
 */
const BLANK = `
import { createRoot } from 'react-dom/client';
const items = Array.from({ length: 10 }, (_, i) => 'Item ' + (i + 1));
createRoot(document.getElementById('root')).render(
  <><h1>Blank</h1><ul id="bench-list">{items.map((t) => <li key={t}>{t}</li>)}</ul></>,
);`;

const FLOW = `
import { createRoot } from 'react-dom/client';
import { useState, useCallback } from 'react';
import { ReactFlow, applyNodeChanges } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
const N = 300;
const initialNodes = Array.from({ length: N }, (_, i) => ({
  id: 'n' + i, position: { x: (i % 20) * 220, y: Math.floor(i / 20) * 140 }, data: { label: 'Stage ' + (i + 1) },
}));
const edges = [
  ...Array.from({ length: N - 1 }, (_, i) => ({ id: 'e' + i, source: 'n' + i, target: 'n' + (i + 1) })),
  ...Array.from({ length: 51 }, (_, i) => ({ id: 'x' + i, source: 'n' + i * 5, target: 'n' + ((i * 5 + 23) % N) })),
];
function Flow() {
  const [nodes, setNodes] = useState(initialNodes);
  const onNodesChange = useCallback((c) => setNodes((ns) => applyNodeChanges(c, ns)), []);
  return <div style={{ width: '100vw', height: '100vh' }}><ReactFlow nodes={nodes} edges={edges} onNodesChange={onNodesChange} fitView /></div>;
}
createRoot(document.getElementById('root')).render(<Flow />);`;

const html = (entry: string) =>
  `<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>baseline</title><style>body{margin:0}</style></head><body><div id="root"></div><script type="module" src="./${entry}"></script></body></html>`;

/** Builds both pages into a temp folder; `dispose` removes it. */
export async function buildBaselinePages(): Promise<{ dir: string; dispose(): void }> {
  const root = mkdtempSync(join(tmpdir(), 'accord-bench-baseline-'));
  // The pages import react and @xyflow/react: resolve them from the repo's node_modules.
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
  writeFileSync(join(root, 'blank.jsx'), BLANK);
  writeFileSync(join(root, 'flow.jsx'), FLOW);
  writeFileSync(join(root, 'blank.html'), html('blank.jsx'));
  writeFileSync(join(root, 'flow.html'), html('flow.jsx'));
  const outDir = join(root, 'dist');
  await build({
    root,
    base: './',
    configFile: false,
    logLevel: 'error',
    plugins: [react()],
    build: { outDir, target: 'chrome130', rollupOptions: { input: { blank: join(root, 'blank.html'), flow: join(root, 'flow.html') } } },
  });
  return { dir: outDir, dispose: () => rmSync(root, { recursive: true, force: true }) };
}
