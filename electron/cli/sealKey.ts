import { chmod, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createSealIdentity, parseSealIdentity, serializeSealIdentity, type SealIdentity } from '../../shared/seal';
import { accordUserDataDir, currentHost } from '../launcher/browser';
import { writeFileAtomic } from './atomicWrite';
import { CliError, errnoCode, EXIT_FAILURE } from './errors';

/**
 * The CLI's own seal key, beside the app's data (…/Accord/cli-seal.json) or in ACCORD_SEAL_DIR
 * (tests). Plain Node has no OS keychain to lean on, so the file is readable by its owner only.
 * Created on first use, reused after: every PDF the CLI seals carries the same certificate.
 */
export const sealKeyFile = (env: NodeJS.ProcessEnv = process.env): string => join(env.ACCORD_SEAL_DIR || accordUserDataDir(currentHost()), 'cli-seal.json');

export async function cliSealIdentity(file = sealKeyFile()): Promise<SealIdentity> {
  let text: string | null = null;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if (errnoCode(err) !== 'ENOENT') throw new CliError(`cannot read the seal key ${file}: ${errnoCode(err) ?? String(err)}`, EXIT_FAILURE);
  }
  if (text !== null) {
    const parsed = parseSealIdentity(text);
    // Never silently replace a damaged key: PDFs sealed with it would no longer trace to this install.
    if (!parsed.ok) throw new CliError(`${parsed.error} (${file}); move it away to let Accord create a new one`, EXIT_FAILURE);
    return parsed.identity;
  }
  const identity = await createSealIdentity();
  try {
    await mkdir(join(file, '..'), { recursive: true, mode: 0o700 });
    await writeFileAtomic(file, new TextEncoder().encode(serializeSealIdentity(identity)));
    await chmod(file, 0o600);
  } catch (err) {
    throw new CliError(`cannot store the seal key in ${file}: ${errnoCode(err) ?? String(err)}`, EXIT_FAILURE);
  }
  return identity;
}
