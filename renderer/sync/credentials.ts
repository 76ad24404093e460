/**
 * Where the team password is kept. In the desktop app the system keyring protects it (Electron
 * safeStorage, through the preload's `teamCredentials` when the desktop shell provides it); in
 * browser mode it is kept in this browser profile's storage, which the settings say plainly.
 */
const KEY = 'accord.teamWorkspace.password';

interface KeyringBridge {
  get(): Promise<string>;
  set(password: string): Promise<void>;
}

const keyring = (): KeyringBridge | null =>
  (globalThis as { accord?: { teamCredentials?: KeyringBridge } }).accord?.teamCredentials ?? null;

export const passwordProtectedByKeyring = (): boolean => keyring() !== null;

export async function readPassword(): Promise<string> {
  const k = keyring();
  if (k) return k.get();
  return globalThis.localStorage?.getItem(KEY) ?? '';
}

export async function writePassword(password: string): Promise<void> {
  const k = keyring();
  if (k) return k.set(password);
  if (password) globalThis.localStorage?.setItem(KEY, password);
  else globalThis.localStorage?.removeItem(KEY);
}
