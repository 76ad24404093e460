import { randomBytes } from 'node:crypto';
import { mkdir, open, unlink, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

/**
 * The launcher secret: random bytes in the user's Accord folder that only this user can read.
 * A server on the fixed port that proves it knows them (see whoami.ts) was started by this
 * user's launcher; nothing else gets the user's profile, and with it every workshop, opened on
 * its origin.
 */
export const SECRET_BYTES = 32;

const errnoCode = (error: unknown): unknown => (typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined);

/** Anyone else who can read the secret could pose as this user's launcher. */
export function looseModeProblem(mode: number, platform: NodeJS.Platform): string | null {
  // Windows reports no meaningful permission bits; the folder's ACL is what protects it there.
  if (platform === 'win32' || (mode & 0o077) === 0) return null;
  return `is open to other users (mode ${(mode & 0o777).toString(8)}, expected 600)`;
}

async function readSecret(file: string, platform: NodeJS.Platform): Promise<Buffer | null> {
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return null;
    throw error;
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new Error(`The launcher secret ${file} is not a regular file; delete it and start Accord again.`);
    const problem = looseModeProblem(info.mode, platform);
    if (problem) throw new Error(`The launcher secret ${file} ${problem}; delete it and start Accord again.`);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** Null when another launcher created the file first. */
async function createSecret(file: string): Promise<Buffer | null> {
  let handle: FileHandle;
  try {
    // 'wx' never overwrites, and 0600 applies from the first byte: no moment where it is readable.
    handle = await open(file, 'wx', 0o600);
  } catch (error) {
    if (errnoCode(error) === 'EEXIST') return null;
    throw error;
  }
  const secret = randomBytes(SECRET_BYTES);
  try {
    await handle.writeFile(secret);
    await handle.close();
  } catch (error) {
    await handle.close().catch(() => undefined);
    // A half-written secret would stop every later start; better to leave no file at all.
    await unlink(file).catch(() => undefined);
    throw error;
  }
  return secret;
}

/** Reads this user's launcher secret, creating it on first use. */
export async function loadOrCreateLauncherSecret(
  file: string,
  platform: NodeJS.Platform = process.platform,
  attempts = 5,
): Promise<Buffer> {
  // 0700 applies to the folders this creates; an existing Accord folder (Electron's) is left as is.
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  let found = 0;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const existing = await readSecret(file, platform);
    if (existing?.length === SECRET_BYTES) return existing;
    if (existing === null) {
      const created = await createSecret(file);
      if (created) return created;
      continue;
    }
    // Another launcher starting at the same moment may have created it and not written it yet.
    found = existing.length;
    await delay(25 * attempt);
  }
  throw new Error(`The launcher secret ${file} holds ${found} bytes instead of ${SECRET_BYTES}; delete it and start Accord again.`);
}
