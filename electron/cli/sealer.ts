import { readFile, stat } from 'node:fs/promises';
import { identitySealer, importSigningKey, cryptoKeySealer, parseP12, type Sealer } from '../../shared/seal';
import type { P12Problem } from '../../shared/seal/p12';
import { CliError, errnoCode } from './errors';
import { cliSealIdentity } from './sealKey';

/**
 * Who seals what the CLI exports: its own per-install key by default, or an organisation's
 * certificate from a PKCS#12 file (`--p12 file --p12-password-env NAME`), whose password is
 * read from the environment so it never appears in a shell history or a process list.
 */
const P12_PROBLEMS: Record<P12Problem['code'], string> = {
  notP12: 'is not a PKCS#12 (.p12 / .pfx) file',
  wrongPassword: 'cannot be opened with that password',
  noKey: 'holds no private key',
  noCertificate: 'holds no certificate',
  notRsa: 'holds a key that is not RSA (Accord seals with RSA keys)',
  keyMismatch: 'holds no certificate for its private key',
};

export async function organisationSealer(
  path: string,
  passwordEnv: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Sealer> {
  if (!passwordEnv) throw new CliError('--p12 needs --p12-password-env <NAME>, the environment variable holding its password');
  const password = env[passwordEnv];
  if (password === undefined) throw new CliError(`--p12-password-env: the environment variable ${passwordEnv} is not set`);
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new CliError(`--p12: ${path} is not a file`);
    if (info.size > 200_000) throw new CliError(`--p12: ${path} is ${info.size} bytes; a PKCS#12 file is a few kilobytes`);
    bytes = await readFile(path);
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(`--p12: cannot read ${path}: ${errnoCode(err) === 'ENOENT' ? 'no such file' : (errnoCode(err) ?? String(err))}`);
  }
  const parsed = parseP12(bytes, password);
  if (!parsed.ok) throw new CliError(`--p12: ${path} ${P12_PROBLEMS[parsed.problem.code]}`);
  return cryptoKeySealer(await importSigningKey(parsed.key.privateKeyPkcs8), parsed.key.certificates);
}

export async function cliSealer(options: { p12?: string; p12PasswordEnv?: string }): Promise<Sealer> {
  return options.p12 ? organisationSealer(options.p12, options.p12PasswordEnv) : identitySealer(await cliSealIdentity());
}
