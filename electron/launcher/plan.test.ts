import { describe, expect, it } from 'vitest';
import { browserExitMeaning, chooseMode, exitCodeOf, parseLaunchArgs } from './plan';
import { DEFAULT_PORT } from './serve';

describe('launch arguments', () => {
  it('defaults to opening a window on the fixed port', () => {
    expect(parseLaunchArgs([])).toEqual({ noOpen: false, port: DEFAULT_PORT, rendererDir: undefined });
  });

  it('reads --no-open, --port and --renderer-dir', () => {
    expect(parseLaunchArgs(['--no-open', '--port', '5000', '--renderer-dir', '/tmp/r'])).toEqual({
      noOpen: true,
      port: 5000,
      rendererDir: '/tmp/r',
    });
  });

  it('refuses unknown flags and bad ports', () => {
    expect(() => parseLaunchArgs(['--nope'])).toThrow();
    expect(() => parseLaunchArgs(['--port', '70000'])).toThrow('--port');
    expect(() => parseLaunchArgs(['--port', 'abc'])).toThrow('--port');
  });
});

describe('choosing a mode', () => {
  it('runs Electron when its runtime is present', () => {
    expect(chooseMode({ state: 'present', binary: '/e/electron' }, false)).toEqual({ mode: 'electron', binary: '/e/electron' });
  });

  it('serves browser mode silently when asked not to open a window', () => {
    expect(chooseMode({ state: 'present', binary: '/e/electron' }, true)).toEqual({ mode: 'browser', notice: null });
  });

  it('falls back to browser mode with exactly one explanatory line', () => {
    const offline = chooseMode({ state: 'download-failed' }, false);
    expect(offline).toEqual({
      mode: 'browser',
      notice: 'Accord: the Electron runtime could not be downloaded (offline?) — opening browser mode instead.',
    });
    expect(chooseMode({ state: 'not-installed' }, false)).toEqual({
      mode: 'browser',
      notice: expect.stringMatching(/^Accord: [^\n]+ — opening browser mode instead\.$/),
    });
  });
});

describe('exit codes and browser exits', () => {
  it("mirrors Electron's exit code, and exits 0 on a stop we asked for", () => {
    expect(exitCodeOf(0, null, false)).toBe(0);
    expect(exitCodeOf(3, null, false)).toBe(3);
    expect(exitCodeOf(null, 'SIGKILL', false)).toBe(1);
    expect(exitCodeOf(null, 'SIGINT', true)).toBe(0);
  });

  it('tells a closed window from a hand-off and a failed start', () => {
    expect(browserExitMeaning(0, 60_000)).toBe('closed');
    expect(browserExitMeaning(null, 60_000)).toBe('closed');
    expect(browserExitMeaning(0, 200)).toBe('handed-off');
    expect(browserExitMeaning(1, 200)).toBe('failed');
  });
});
