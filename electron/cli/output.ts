import { writeFileAtomic } from '../main/atomicWrite';
import { CliError, errnoCode } from './errors';

/**
 * Writes a command's output file with main's atomic write (temp file, fsync, rename, folder
 * fsync): a crash never leaves half a PDF where a good one was. Refusals are one CliError line.
 */
export async function writeOutput(out: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(out, bytes);
  } catch (err) {
    const code = errnoCode(err);
    if (code === 'ENOENT') throw new CliError(`cannot write ${out}: the folder does not exist`);
    if (code === 'EACCES' || code === 'EPERM') throw new CliError(`cannot write ${out}: permission denied`);
    if (code === 'EISDIR') throw new CliError(`cannot write ${out}: it is a directory`);
    throw err;
  }
}
