import { transformSync } from 'esbuild';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { extractFile, listPackage } from '@electron/asar';
import { afterAll, describe, expect, it } from 'vitest';
import { makeStubElectron, readFuses } from './support/stubElectron';

/**
 * `electron-builder --dir` for Linux against a stub Electron (support/stubElectron.ts), on a
 * staged copy of the project (package.json, electron-builder.yml, assets/ and the build from
 * ACCORD_OUT_DIR or out/), so a parallel build never changes what is packaged mid-run and
 * electron-builder.yml is used as it is. Then the package is opened and checked.
 */
const run = promisify(execFile);
const OUT = resolve(process.env.ACCORD_OUT_DIR ?? 'out');
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
const ELECTRON = (JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')) as { version: string }).version;

interface BuilderConfig {
  linux: { executableName: string; icon: string };
  win: { icon: string };
  mac: { icon: string };
  electronFuses: Record<string, boolean>;
  fileAssociations: { ext: string; name: string; mimeType?: string }[];
  extraMetadata: { main: string };
}
const config = yaml.load(readFileSync('electron-builder.yml', 'utf8')) as BuilderConfig;

const work = mkdtempSync(join(tmpdir(), 'accord-package-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } | null {
  const b = readFileSync(path);
  if (b.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') return null;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/**
 * Bare module specifiers a bundle imports or requires (relative paths excluded). Comments go
 * first (esbuild reprints the code without them): bundled libraries quote `require('pako')` in
 * their documentation.
 */
function externalImports(source: string): string[] {
  const code = transformSync(source, { loader: 'js', legalComments: 'none', format: 'esm' }).code;
  const found = new Set<string>();
  for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["']([^"'./][^"']*)["']/g)) found.add(m[1]!);
  return [...found];
}

describe('packaging', () => {
  it('electron-builder packs main, preload, renderer and fonts into app.asar, applies the fuses, and declares .accord', async () => {
    const stage = join(work, 'project');
    const stub = join(work, 'electron-dist');
    const release = join(work, 'release');
    for (const f of ['package.json', 'electron-builder.yml', 'assets']) cpSync(f, join(stage, f), { recursive: true });
    for (const part of ['main', 'preload', 'renderer']) cpSync(join(OUT, part), join(stage, 'out', part), { recursive: true });
    symlinkSync(resolve('node_modules'), join(stage, 'node_modules'), 'dir');
    makeStubElectron(stub, ELECTRON);

    await run(
      resolve('node_modules/.bin/electron-builder'),
      [
        '--linux',
        'dir',
        '--dir',
        '--publish',
        'never',
        `-c.electronDist=${stub}`,
        `-c.electronVersion=${ELECTRON}`,
        `-c.directories.output=${release}`,
      ],
      { cwd: stage, timeout: 300_000, maxBuffer: 32 << 20, env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' } },
    );

    const unpacked = join(release, 'linux-unpacked');
    const binary = join(unpacked, config.linux.executableName);
    const asar = join(unpacked, 'resources', 'app.asar');
    expect(existsSync(binary), `no ${config.linux.executableName} executable`).toBe(true);
    expect(statSync(binary).mode & 0o111).not.toBe(0);
    expect(existsSync(asar)).toBe(true);

    const files = new Set(listPackage(asar, { isPack: false }).map((f) => f.replace(/\\/g, '/').replace(/^\//, '')));
    const built = (dir: string) =>
      readdirSync(join(OUT, dir), { recursive: true })
        .map((f) => `out/${dir}/${String(f)}`)
        .filter((f) => !f.endsWith('.map') && statSync(join(OUT, f.slice(4))).isFile());
    const expected = [...built('main'), ...built('preload'), ...built('renderer')];
    expect(expected.filter((f) => !files.has(f))).toEqual([]);
    expect(files.has('out/renderer/index.html')).toBe(true);
    expect([...files].filter((f) => f.startsWith('node_modules/') || f.endsWith('.map') || f.endsWith('.ts'))).toEqual([]);
    const fonts = [...files].filter((f) => f.endsWith('.ttf'));
    expect(
      fonts.some((f) => /Inter/.test(f)) && fonts.some((f) => /NotoSansSC/.test(f)),
      `PDF fonts in the package: ${fonts.join(', ')}`,
    ).toBe(true);

    const pkg = JSON.parse(extractFile(asar, 'package.json').toString()) as { main: string };
    expect(pkg.main).toBe(config.extraMetadata.main);
    expect(files.has(pkg.main)).toBe(true);
    // Nothing but Electron and Node's own modules may be required at run time: there is no node_modules.
    const allowed = new Set(['electron', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    for (const bundle of [pkg.main, ...[...files].filter((f) => f.startsWith('out/preload/') && /\.c?js$/.test(f))]) {
      expect(
        externalImports(extractFile(asar, bundle).toString()).filter((m) => !allowed.has(m)),
        bundle,
      ).toEqual([]);
    }

    const fuses = readFuses(readFileSync(binary));
    for (const [name, value] of Object.entries(config.electronFuses)) expect(fuses[name], `fuse ${name}`).toBe(value);

    const icons = [config.linux.icon, config.win.icon, config.mac.icon].map((p) => ({ p, size: pngSize(p) }));
    for (const { p, size } of icons)
      expect(size && size.width >= 512 && size.width === size.height, `${p}: ${JSON.stringify(size)}`).toBe(true);

    const accord = config.fileAssociations.find((a) => a.ext === 'accord' || a.ext === '.accord');
    expect(accord?.name).toBeTruthy();

    const mb = (statSync(asar).size / 1024 / 1024).toFixed(1);
    console.log(
      `Packaging: electron-builder --linux dir (stub Electron ${ELECTRON}) → ${config.linux.executableName} + app.asar (${files.size} entries, ${mb} MB): main, preload, renderer index.html + ${expected.filter((f) => f.startsWith('out/renderer/assets/')).length} assets (${fonts.length} PDF fonts), no node_modules; fuses as configured (${Object.keys(config.electronFuses).length}); icon ${icons[0]!.size!.width}×${icons[0]!.size!.height} PNG; file association .${accord!.ext.replace(/^\./, '')} (${accord!.name}) declared`,
    );
  });
});
