import { chmod, lstat, mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createSealIdentity, parseSealIdentity, serializeSealIdentity, type SealIdentity } from '../../shared/seal';
import { accordUserDataDir, currentHost } from '../launcher/browser';
import { writeFileAtomic } from '../main/atomicWrite';
import { CliError, errnoCode, EXIT_FAILURE } from './errors';

const KEY_FOLDER = 'cli-seal';
const KEY_FILE = 'key.json';
/** Where releases before the key had its own folder kept it, directly in the base folder. */
const LEGACY_KEY_FILE = 'cli-seal.json';

const FOLDER_MODE = 0o700;
const FILE_MODE = 0o600;

/** The folder that holds the CLI's key folder: ACCORD_SEAL_DIR, or the app's data folder. */
export const sealBaseDir = (env: NodeJS.ProcessEnv = process.env): string => env.ACCORD_SEAL_DIR || accordUserDataDir(currentHost());

const keyPaths = (base: string) => ({
  folder: join(base, KEY_FOLDER),
  file: join(base, KEY_FOLDER, KEY_FILE),
  legacy: join(base, LEGACY_KEY_FILE),
});

/**
 * The CLI's own seal key, in a folder of its own beside the app's data
 * (…/Accord/cli-seal/key.json) or under ACCORD_SEAL_DIR (tests). Plain Node has no OS keychain
 * to lean on, so the folder is its owner's only (0700) and the file is created 0600 from its
 * first byte: it is never readable by others, not even between a write and a chmod.
 * Created on first use, reused after: every PDF the CLI seals carries the same certificate.
 */
export const sealKeyFile = (env: NodeJS.ProcessEnv = process.env): string => keyPaths(sealBaseDir(env)).file;

/**
 * Creates the key folder 0700, or tightens it to 0700 if it exists with other bits: the folder
 * is ours alone (mkdir's mode does not touch a folder that already exists). Refuses a symlink
 * or a file in its place rather than chmod-ing whatever that points at. Windows has no such
 * mode bits; the file lives in the user's own profile there.
 */
async function ensurePrivateFolder(folder: string): Promise<void> {
  await mkdir(dirname(folder), { recursive: true });
  try {
    await mkdir(folder, { mode: FOLDER_MODE });
  } catch (err) {
    if (errnoCode(err) !== 'EEXIST') throw err;
  }
  const stat = await lstat(folder);
  if (!stat.isDirectory()) throw new Error('it is not a folder');
  if (process.platform !== 'win32' && (stat.mode & 0o777) !== FOLDER_MODE) await chmod(folder, FOLDER_MODE);
}

/** The key file's text, or null if there is none. */
async function readKeyText(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return null;
    throw new CliError(`cannot read the seal key ${file}: ${errnoCode(err) ?? String(err)}`, EXIT_FAILURE);
  }
}

function parseKey(text: string, file: string): SealIdentity {
  const parsed = parseSealIdentity(text);
  // Never silently replace a damaged key: PDFs sealed with it would no longer trace to this install.
  if (!parsed.ok) throw new CliError(`${parsed.error} (${file}); move it away to let Accord create a new one`, EXIT_FAILURE);
  return parsed.identity;
}

async function storeKeyText(file: string, text: string): Promise<void> {
  try {
    await writeFileAtomic(file, text, undefined, { mode: FILE_MODE });
  } catch (err) {
    throw new CliError(`cannot store the seal key in ${file}: ${errnoCode(err) ?? String(err)}`, EXIT_FAILURE);
  }
}

/** The key under `base` (see sealBaseDir; tests pass a temp folder): read, moved from the old place, or created. */
export async function cliSealIdentity(base = sealBaseDir()): Promise<SealIdentity> {
  const { folder, file, legacy } = keyPaths(base);
  try {
    await ensurePrivateFolder(folder);
  } catch (err) {
    throw new CliError(
      `cannot prepare the seal key folder ${folder}: ${errnoCode(err) ?? (err instanceof Error ? err.message : String(err))}`,
      EXIT_FAILURE,
    );
  }

  const text = await readKeyText(file);
  if (text !== null) return parseKey(text, file);

  // An install from before the key had its own folder: move the key (same bytes) so PDFs sealed
  // from now on keep tracing to the same certificate. A damaged old key is refused like a new one.
  const legacyText = await readKeyText(legacy);
  if (legacyText !== null) {
    const identity = parseKey(legacyText, legacy);
    await storeKeyText(file, legacyText);
    try {
      await rm(legacy, { force: true });
    } catch (err) {
      throw new CliError(
        `moved the seal key to ${file} but cannot remove the old copy ${legacy}: ${errnoCode(err) ?? String(err)}; delete it by hand`,
        EXIT_FAILURE,
      );
    }
    return identity;
  }

  const identity = await createSealIdentity();
  await storeKeyText(file, serializeSealIdentity(identity));
  return identity;
}

/** The CLI key's certificate if one exists (verify's "this install"); never creates a key. */
export async function existingCliCertificate(base = sealBaseDir()): Promise<Uint8Array | null> {
  const { file, legacy } = keyPaths(base);
  for (const path of [file, legacy]) {
    const text = await readFile(path, 'utf8').catch(() => null);
    if (text === null) continue;
    const parsed = parseSealIdentity(text);
    return parsed.ok ? parsed.identity.certificateDer : null;
  }
  return null;
}
