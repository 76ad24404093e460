import type { Handler } from './registerHandlers';

/** The parts of Electron's safeStorage the seal key needs (Electron's own object fits). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(text: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

export interface SealKeyDeps {
  safeStorage: SafeStorageLike;
  /** Resolves null when the file does not exist. */
  readFile(path: string): Promise<Buffer | null>;
  /** Must be atomic: a half-written key would lose the install's identity. */
  writeFile(path: string, data: Uint8Array): Promise<void>;
  /** userData/seal-key.bin */
  file: string;
}

/**
 * The per-install seal key, encrypted at rest by the OS keychain through safeStorage. Main
 * never makes keys (that is the worker's WebCrypto); it only keeps the first one it is given,
 * so two windows exporting at once still end up sealing with the same identity.
 */
export function createSealKeyHandlers(deps: SealKeyDeps): { get: Handler<'seal:getIdentity'>; store: Handler<'seal:storeIdentity'> } {
  const requireEncryption = () => {
    if (!deps.safeStorage.isEncryptionAvailable()) {
      throw new Error('this computer offers no encrypted storage (safeStorage), so the seal key cannot be kept safely');
    }
  };
  const load = async (): Promise<string | null> => {
    const encrypted = await deps.readFile(deps.file);
    if (!encrypted) return null;
    requireEncryption();
    try {
      return deps.safeStorage.decryptString(encrypted);
    } catch {
      throw new Error('the stored seal key cannot be decrypted (was it copied from another computer or user?)');
    }
  };
  // One store at a time, so "first one wins" holds within this process.
  let queue: Promise<unknown> = Promise.resolve();

  return {
    async get() {
      const identity = await load();
      return identity === null ? { status: 'none' } : { status: 'found', identity };
    },
    store({ identity }) {
      const run = queue.then(async () => {
        const existing = await load();
        if (existing !== null) return { identity: existing };
        requireEncryption();
        await deps.writeFile(deps.file, deps.safeStorage.encryptString(identity));
        return { identity };
      });
      queue = run.catch(() => undefined);
      return run;
    },
  };
}
