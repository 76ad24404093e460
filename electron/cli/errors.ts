/**
 * Exit codes: 2 when the user can fix the input or the command line (unreadable, too large,
 * a bad option); 1 for a failure (a broken seal, a broken audit trail, an unexpected error);
 * 3 when `verify` finds a file intact but sealed by someone not trusted here.
 */
export const EXIT_BAD_INPUT = 2;
export const EXIT_FAILURE = 1;
export const EXIT_UNTRUSTED = 3;

/** A failure the CLI reports as one line on stderr, with its exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_BAD_INPUT,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Node's fs error code, if the error has one. */
export const errnoCode = (err: unknown): string | undefined =>
  err instanceof Error && 'code' in err && typeof err.code === 'string' ? err.code : undefined;
