import { z } from 'zod';
import type { SafeStorageLike } from './seal';

/**
 * The team workspace password, kept encrypted by the OS keyring (safeStorage) in a file of its
 * own under userData; the page never sees anything but the password it saved. Refuses to store
 * it when the keyring is not there, or is Linux's fixed-password fallback, rather than keep it
 * readable on disk.
 */
export const teamPasswordSchema = z.object({ password: z.string().max(1000) });

export interface TeamCredentialDeps {
  safeStorage: SafeStorageLike;
  platform: NodeJS.Platform;
  readFile(path: string): Promise<Buffer | null>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  removeFile(path: string): Promise<void>;
  /** userData/team-password.bin */
  file: string;
}

export class KeyringUnavailableError extends Error {
  constructor() {
    super('The system keyring is not available: the team password was not stored.');
  }
}

const keyringUsable = (d: TeamCredentialDeps) =>
  d.safeStorage.isEncryptionAvailable() && !(d.platform === 'linux' && d.safeStorage.getSelectedStorageBackend?.() === 'basic_text');

export function teamCredentialHandlers(d: TeamCredentialDeps) {
  return {
    async get(): Promise<{ password: string }> {
      const stored = await d.readFile(d.file);
      if (!stored || !keyringUsable(d)) return { password: '' };
      try {
        return { password: d.safeStorage.decryptString(stored) };
      } catch {
        return { password: '' };
      }
    },
    async set(request: unknown): Promise<{ stored: boolean }> {
      const { password } = teamPasswordSchema.parse(request);
      if (!password) {
        await d.removeFile(d.file);
        return { stored: false };
      }
      if (!keyringUsable(d)) throw new KeyringUnavailableError();
      await d.writeFile(d.file, d.safeStorage.encryptString(password));
      return { stored: true };
    },
  };
}
