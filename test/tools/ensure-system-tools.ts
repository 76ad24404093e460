import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * The end-to-end and PDF tests need Debian's Chromium, poppler-utils and CJK fonts. Install
 * them when we can (root with apt), otherwise stop with the exact command to run.
 */
const NEEDS = [
  { what: 'Chromium', check: () => existsSync('/usr/bin/chromium'), pkg: 'chromium' },
  {
    what: 'poppler-utils (pdftotext, pdftoppm, pdfsig)',
    check: () => onPath('pdftotext') && onPath('pdfsig') && onPath('pdftoppm'),
    pkg: 'poppler-utils',
  },
  { what: 'CJK fonts', check: () => existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'), pkg: 'fonts-noto-cjk' },
];

function onPath(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

const missing = NEEDS.filter((n) => !n.check());
if (missing.length === 0) process.exit(0);

const pkgs = missing.map((m) => m.pkg).join(' ');
const command = `apt-get update && apt-get install -y --no-install-recommends ${pkgs}`;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !onPath('apt-get')) {
  console.error(`Tests need ${missing.map((m) => m.what).join(', ')}. Install with:\n  sudo ${command}`);
  process.exit(1);
}
console.log(`Installing ${pkgs} for the tests…`);
try {
  execFileSync('sh', ['-c', `DEBIAN_FRONTEND=noninteractive ${command}`], { stdio: 'inherit' });
} catch {
  console.error(`Could not install ${pkgs}. Run:\n  ${command}`);
  process.exit(1);
}
const still = NEEDS.filter((n) => !n.check());
if (still.length > 0) {
  console.error(`Still missing after install: ${still.map((m) => m.what).join(', ')}.`);
  process.exit(1);
}
