import { describe, expect, it, vi } from 'vitest';
import { APP_INDEX_URL } from '../main/appUrl';
import { registerHandlers, type Handlers, type InvokeEventLike, type IpcMainLike } from './registerHandlers';
import { createSealKeyHandlers, type SafeStorageLike } from './sealKey';
import { isTrustedSender } from './trustedSender';

/** A stand-in for the OS keychain: reversible, but visibly not the plain text. */
function fakeSafeStorage(available = true): SafeStorageLike {
  return {
    isEncryptionAvailable: () => available,
    encryptString: (text) => Buffer.from(`enc:${Buffer.from(text).toString('base64')}`),
    decryptString: (data) => {
      const s = data.toString();
      if (!s.startsWith('enc:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return Buffer.from(s.slice(4), 'base64').toString();
    },
  };
}

const identity = (installId: string) =>
  JSON.stringify({ format: 'accord-seal-identity', version: 1, installId, privateKeyPkcs8: 'AAAA', certificateDer: 'BBBB', createdAt: '2026-12-01T08:00:00.000Z' });

function setup(options: { available?: boolean; stored?: Buffer } = {}) {
  const files = new Map<string, Buffer>();
  if (options.stored) files.set('/user/seal-key.bin', options.stored);
  const writeFile = vi.fn(async (path: string, data: Uint8Array) => {
    files.set(path, Buffer.from(data));
  });
  const handlers = createSealKeyHandlers({
    safeStorage: fakeSafeStorage(options.available ?? true),
    readFile: async (path) => files.get(path) ?? null,
    writeFile,
    file: '/user/seal-key.bin',
  });
  return { handlers, files, writeFile };
}

describe('seal key storage in main', () => {
  it('has none at first, stores the first identity encrypted, and returns it after', async () => {
    const { handlers, files } = setup();
    await expect(handlers.get({})).resolves.toEqual({ status: 'none' });
    await expect(handlers.store({ identity: identity('a') })).resolves.toEqual({ identity: identity('a') });
    expect(files.get('/user/seal-key.bin')?.toString()).not.toContain('accord-seal-identity');
    await expect(handlers.get({})).resolves.toEqual({ status: 'found', identity: identity('a') });
  });

  it('keeps the first identity when two exports race to store one', async () => {
    const { handlers, writeFile } = setup();
    const [first, second] = await Promise.all([handlers.store({ identity: identity('a') }), handlers.store({ identity: identity('b') })]);
    expect(first).toEqual({ identity: identity('a') });
    expect(second).toEqual({ identity: identity('a') });
    expect(writeFile).toHaveBeenCalledTimes(1);
  });

  it('refuses to store a key in plain text when safeStorage is unavailable', async () => {
    const { handlers, writeFile } = setup({ available: false });
    await expect(handlers.store({ identity: identity('a') })).rejects.toThrow('no encrypted storage (safeStorage)');
    expect(writeFile).not.toHaveBeenCalled();
  });

  it('says so when the stored key cannot be decrypted, rather than replacing it', async () => {
    const { handlers, writeFile } = setup({ stored: Buffer.from('garbage') });
    await expect(handlers.get({})).rejects.toThrow('cannot be decrypted');
    await expect(handlers.store({ identity: identity('b') })).rejects.toThrow('cannot be decrypted');
    expect(writeFile).not.toHaveBeenCalled();
  });
});

describe('seal key channels behind the IPC guard', () => {
  const ours = { id: 1 };
  const trusted: InvokeEventLike = { sender: ours, senderFrame: { url: APP_INDEX_URL, parent: null } };

  function wire() {
    const listeners = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>>();
    const ipcMain: IpcMainLike = { handle: (c, l) => listeners.set(c, l), removeHandler: (c) => listeners.delete(c) };
    const { handlers: seal, writeFile } = setup();
    const handlers: Handlers = {
      'app:getInfo': vi.fn(),
      'file:save': vi.fn(),
      'file:open': vi.fn(),
      'seal:getIdentity': seal.get,
      'seal:storeIdentity': seal.store,
    } as unknown as Handlers;
    registerHandlers(ipcMain, handlers, (e) => isTrustedSender(e, ours), { log: () => {} });
    const invoke = (channel: string, payload: unknown, event = trusted) => listeners.get(channel)!(event, payload);
    return { invoke, writeFile };
  }

  it.each([
    ['text that is not an identity', { identity: 'hello' }],
    ['an identity of the wrong format', { identity: identity('a').replace('accord-seal-identity', 'other') }],
    ['a number', { identity: 42 }],
    ['an extra field', { identity: identity('a'), path: '/etc/passwd' }],
    ['a huge string', { identity: 'x'.repeat(30_000) }],
  ])('refuses seal:storeIdentity with %s, naming the field, without storing', async (_what, payload) => {
    const { invoke, writeFile } = wire();
    await expect(invoke('seal:storeIdentity', payload)).rejects.toThrow(/^seal:storeIdentity refused: invalid request: (identity|path|request)/);
    expect(writeFile).not.toHaveBeenCalled();
  });

  it('refuses a foreign sender on both channels', async () => {
    const { invoke, writeFile } = wire();
    const foreign: InvokeEventLike = { sender: ours, senderFrame: { url: 'https://evil.example/', parent: null } };
    await expect(invoke('seal:getIdentity', {}, foreign)).rejects.toThrow('seal:getIdentity refused: untrusted sender');
    await expect(invoke('seal:storeIdentity', { identity: identity('a') }, foreign)).rejects.toThrow('seal:storeIdentity refused: untrusted sender');
    expect(writeFile).not.toHaveBeenCalled();
  });

  it('stores and returns a valid identity for our own page', async () => {
    const { invoke } = wire();
    await expect(invoke('seal:storeIdentity', { identity: identity('a') })).resolves.toEqual({ identity: identity('a') });
    await expect(invoke('seal:getIdentity', {})).resolves.toEqual({ status: 'found', identity: identity('a') });
  });
});
