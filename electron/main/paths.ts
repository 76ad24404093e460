import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Resolved from the main bundle's own location (out/main/index.js), not the working
 * directory, so the same code finds its siblings in development and inside app.asar.
 */
export function outPaths(mainModuleUrl: string): { preload: string; renderer: string } {
  const mainDir = dirname(fileURLToPath(mainModuleUrl));
  return { preload: join(mainDir, '..', 'preload', 'index.cjs'), renderer: join(mainDir, '..', 'renderer') };
}
