import { create } from 'zustand';
import { serverUrlProblem, type ServerSettings } from '../../shared/sync/server';

/**
 * The team workspace as this computer remembers it: the server, the database, the user and the
 * name shown to colleagues, and which workshops are shared. Kept in localStorage, which is read
 * synchronously at start-up: the page's CSP (syncCsp.ts) must know the server before anything
 * else runs. The password is not here: credentials.ts keeps it.
 */
const KEY = 'accord.teamWorkspace';

export interface TeamSettings {
  url: string;
  database: string;
  user: string;
  /** How colleagues see this laptop's edits ("Ana"); the user name when empty. */
  name: string;
  shared: string[];
}

const EMPTY: TeamSettings = { url: '', database: '', user: '', name: '', shared: [] };

export function readTeamSettings(): TeamSettings {
  try {
    const raw = globalThis.localStorage?.getItem(KEY);
    // Read before the app's other code loads (syncCsp.ts), so checked by hand rather than with zod.
    const v = raw ? (JSON.parse(raw) as Partial<Record<keyof TeamSettings, unknown>>) : null;
    const str = (x: unknown, max: number) => (typeof x === 'string' && x.length <= max ? x : null);
    if (!v) return EMPTY;
    const [url, database, user, name] = [str(v.url, 500), str(v.database, 238), str(v.user, 200), str(v.name, 120)];
    const shared = Array.isArray(v.shared) ? v.shared.filter((id): id is string => typeof id === 'string' && id.length <= 64) : [];
    return url === null || database === null || user === null || name === null ? EMPTY : { url, database, user, name, shared };
  } catch {
    return EMPTY;
  }
}

/** A server to sync with, or null when the workspace is off or its address is not acceptable. */
export function configuredServer(s: TeamSettings = readTeamSettings()): ServerSettings | null {
  return s.url && serverUrlProblem(s.url, s.database) === null ? { url: s.url, database: s.database, user: s.user } : null;
}

interface TeamSettingsState extends TeamSettings {
  save(next: Omit<TeamSettings, 'shared'>): void;
  setShared(workshopId: string, shared: boolean): void;
  /** "Leave workspace": forgets the server and what was shared; the workshops stay on this laptop. */
  leave(): void;
}

function persist(s: TeamSettings) {
  globalThis.localStorage?.setItem(KEY, JSON.stringify(s));
}

const pick = (s: TeamSettings): TeamSettings => ({ url: s.url, database: s.database, user: s.user, name: s.name, shared: s.shared });

export const useTeamSettings = create<TeamSettingsState>((set, get) => ({
  ...readTeamSettings(),
  save(next) {
    const s = { ...pick(get()), ...next };
    persist(s);
    set(s);
  },
  setShared(workshopId, shared) {
    const ids = new Set(get().shared);
    if (shared) ids.add(workshopId);
    else ids.delete(workshopId);
    const s = { ...pick(get()), shared: [...ids] };
    persist(s);
    set(s);
  },
  leave() {
    persist(EMPTY);
    set(EMPTY);
  },
}));

export const editorName = (s: Pick<TeamSettings, 'name' | 'user'>): string => (s.name.trim() || s.user.trim() || '?').slice(0, 120);
