import { spawn } from 'node:child_process';
import { exitCodeOf } from './plan';

/** Runs `electron <projectRoot>` in the foreground and resolves with the exit code to use. */
export function runElectron(binary: string, projectRoot: string): Promise<number> {
  const env = { ...process.env };
  // Inherited from a parent tool, this would make the binary behave as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, [projectRoot], { stdio: 'inherit', env });
  let stopRequested = false;
  const forward = (signal: NodeJS.Signals) => () => {
    stopRequested = true;
    child.kill(signal);
  };
  const onInt = forward('SIGINT');
  const onTerm = forward('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  return new Promise((resolve) => {
    const done = (code: number) => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      resolve(code);
    };
    child.on('error', (error) => {
      console.error(`Accord: could not start Electron (${error.message}).`);
      done(1);
    });
    child.on('close', (code, signal) => done(exitCodeOf(code, signal, stopRequested)));
  });
}
