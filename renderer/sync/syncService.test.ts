import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
// PouchDB's browser build looks for `self`; this suite runs it in Node over fake-indexeddb.
vi.hoisted(() => void ((globalThis as { self?: unknown }).self ??= globalThis));
import PouchDB from 'pouchdb-browser';
// fake-indexeddb cannot carry PouchDB's IndexedDB adapter; the mirror lives in memory here.
import memoryAdapter from 'pouchdb-adapter-memory';
PouchDB.plugin(memoryAdapter);
import { signedSample } from '../../shared/sla/testSupport';
import { recordExport } from '../../shared/sla/versions';
import { canonicalJson } from '../../shared/sla/json';
import { verifyAuditChain } from '../../shared/sla/audit';
import type { Workshop } from '../../shared/workshop/schema';
import { startTeamServer, type TeamServer } from '../../test/support/teamServer';
import { SyncService, type WorkshopAccess } from './syncService';
import { useSyncStatus } from './syncStatus';

/** A laptop: its own workshops (standing in for Dexie) and its own mirror. */
function laptop(name: string, server: TeamServer, workshops: Workshop[], shared: string[]) {
  const store = new Map(workshops.map((w) => [w.id, w]));
  const sharedIds = new Set(shared);
  const access: WorkshopAccess = {
    get: async (id) => store.get(id),
    put: async (w) => void store.set(w.id, w),
    sharedIds: () => [...sharedIds],
    markShared: (id) => void sharedIds.add(id),
  };
  const service = new SyncService({
    server: { url: server.url, database: server.database, user: server.user },
    password: server.password,
    editor: name,
    access,
    mirrorName: `mirror-${name}-${Math.random().toString(36).slice(2)}`,
    mirrorAdapter: 'memory',
    debounceMs: 20,
  });
  const edit = (id: string, mutate: (w: Workshop) => void) => {
    const w = structuredClone(store.get(id)!);
    mutate(w);
    store.set(id, w);
    service.schedulePush(id);
  };
  return { store, service, edit };
}

const until = async (check: () => boolean | Promise<boolean>, ms = 20_000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
};

describe('two laptops syncing through a CouchDB-compatible server', { timeout: 60_000 }, () => {
  let server: TeamServer;
  // A fresh, empty team database for each test.
  beforeEach(async () => void (server = await startTeamServer()), 60_000);
  afterEach(async () => server?.close(), 60_000);

  it('a shared workshop reaches the other laptop; edits to different steps, decisions and audit events from both converge', async () => {
    const w = signedSample();
    const a = laptop('Ana', server, [w], [w.id]);
    const b = laptop('Ben', server, [], []);
    await a.service.start();
    await b.service.start();
    await until(() => b.store.has(w.id));
    expect(canonicalJson(b.store.get(w.id)!.sla)).toBe(canonicalJson(w.sla));

    a.edit(w.id, (x) => {
      x.goals.currency = 'BRL';
      x.facilitation.decisions.push({ id: 'd-ana', text: 'From Ana', stepId: null, at: '2026-12-04T09:00:00.000Z' });
      recordExport(x, 1, x.sla.versions[0]!.contentHash, new Date('2026-12-04T09:10:00Z'));
    });
    b.edit(w.id, (x) => {
      x.handOff.routingDetail = 'Territory by state';
      x.facilitation.decisions.push({ id: 'd-ben', text: 'From Ben', stepId: null, at: '2026-12-04T09:05:00.000Z' });
      recordExport(x, 1, x.sla.versions[0]!.contentHash, new Date('2026-12-04T09:20:00Z'));
    });
    const converged = () => {
      const [x, y] = [a.store.get(w.id)!, b.store.get(w.id)!];
      return (
        x.goals.currency === 'BRL' &&
        y.goals.currency === 'BRL' &&
        x.handOff.routingDetail === 'Territory by state' &&
        y.handOff.routingDetail === 'Territory by state' &&
        canonicalJson(x.sla.audit) === canonicalJson(y.sla.audit) &&
        x.sla.audit.filter((e) => e.type === 'exported').length === 2 &&
        [x, y].every((z) => ['d-ana', 'd-ben'].every((d) => z.facilitation.decisions.some((e) => e.id === d)))
      );
    };
    await until(converged);
    for (const z of [a.store.get(w.id)!, b.store.get(w.id)!]) expect(verifyAuditChain(z.sla.audit, z.sla.versions).ok).toBe(true);
    await a.service.stop();
    await b.service.stop();
  });

  it('quarantines a hostile document on the server and leaves the local workshop byte-identical', async () => {
    const w = signedSample();
    const a = laptop('Ana', server, [w], [w.id]);
    await a.service.start();
    await until(async () => (await server.get(`/${encodeURIComponent(`w:${w.id}:unit:goals`)}`)).status === 200);
    await a.service.settle();
    const before = canonicalJson(a.store.get(w.id));
    const unit = (await server.get(`/${encodeURIComponent(`w:${w.id}:unit:goals`)}`)).body as Record<string, unknown>;
    await server.put({ ...unit, data: { currency: 42, goals: 'x'.repeat(10_000) } });
    await until(() => useSyncStatus.getState().quarantined.some((q) => q.docId === `w:${w.id}:unit:goals`));
    expect(canonicalJson(a.store.get(w.id))).toBe(before);
    await a.service.stop();
  });
});
