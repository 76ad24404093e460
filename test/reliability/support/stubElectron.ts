import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A stand-in for the unpacked Linux Electron distribution (the real runtime cannot be
 * downloaded here): the `electron` executable, resources/, version and licence files, which
 * is the layout electron-builder copies. The executable is a shell script that carries a
 * fuse wire after `exit 0`, in @electron/fuses' format (sentinel, wire version 1, length,
 * one byte per fuse with Electron's defaults), so electron-builder's fuse step runs for real
 * and its result can be read back from the packaged binary.
 */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** runAsNode, cookieEncryption, nodeOptions, nodeCliInspect, asarIntegrity, onlyLoadAppFromAsar, v8Snapshot, fileProtocolPrivileges. */
export const FUSE_ORDER = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
] as const;
const DEFAULT_WIRE = '10110001';

export function makeStubElectron(dir: string, version: string): void {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  const script = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stub Electron for the packaging check"\nexit 0\n# '),
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([1, DEFAULT_WIRE.length]),
    Buffer.from(`${DEFAULT_WIRE}\n`),
  ]);
  writeFileSync(join(dir, 'electron'), script);
  chmodSync(join(dir, 'electron'), 0o755);
  writeFileSync(join(dir, 'version'), `v${version}`);
  writeFileSync(join(dir, 'LICENSE'), 'stub');
  writeFileSync(join(dir, 'LICENSES.chromium.html'), 'stub');
}

/** The fuse states in a binary, by name: true = enabled ('1'), false = disabled ('0'). */
export function readFuses(binary: Buffer): Record<string, boolean> {
  const at = binary.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length;
  const length = binary[at + 1]!;
  return Object.fromEntries(FUSE_ORDER.slice(0, length).map((name, i) => [name, binary[at + 2 + i] === 0x31]));
}
