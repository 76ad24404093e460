import { describe, expect, it } from 'vitest';
import { teamCredentialHandlers, type TeamCredentialDeps } from './teamCredentials';

function deps(over: Partial<TeamCredentialDeps['safeStorage']> = {}, platform: NodeJS.Platform = 'darwin') {
  const files = new Map<string, Buffer>();
  const d: TeamCredentialDeps = {
    safeStorage: {
      isEncryptionAvailable: () => true,
      encryptString: (t) => Buffer.from(`enc:${[...t].reverse().join('')}`),
      decryptString: (b) => [...b.toString().slice(4)].reverse().join(''),
      ...over,
    },
    platform,
    readFile: async (p) => files.get(p) ?? null,
    writeFile: async (p, data) => void files.set(p, Buffer.from(data)),
    removeFile: async (p) => void files.delete(p),
    file: '/user/team-password.bin',
  };
  return { d, files };
}

describe('the team password in the desktop app', () => {
  it('is written only encrypted by the keyring, and read back', async () => {
    const { d, files } = deps();
    const h = teamCredentialHandlers(d);
    await h.set({ password: 'correct horse' });
    expect(files.get('/user/team-password.bin')!.toString()).not.toContain('correct horse');
    expect(await h.get()).toEqual({ password: 'correct horse' });
  });

  it('is refused rather than stored readable when the keyring is missing or Linux falls back to a fixed password', async () => {
    for (const { d, files } of [
      deps({ isEncryptionAvailable: () => false }),
      deps({ getSelectedStorageBackend: () => 'basic_text' }, 'linux'),
    ]) {
      await expect(teamCredentialHandlers(d).set({ password: 'x' })).rejects.toThrow(/keyring/);
      expect(files.size).toBe(0);
    }
  });

  it('validates what the page sends', async () => {
    const { d } = deps();
    await expect(teamCredentialHandlers(d).set({ password: 42 })).rejects.toThrow();
    await expect(teamCredentialHandlers(d).set({ password: 'x'.repeat(1001) })).rejects.toThrow();
  });

  it('an empty password removes the stored one ("Leave workspace")', async () => {
    const { d, files } = deps();
    const h = teamCredentialHandlers(d);
    await h.set({ password: 'pw' });
    await h.set({ password: '' });
    expect(files.size).toBe(0);
    expect(await h.get()).toEqual({ password: '' });
  });
});
