import PouchDB from 'pouchdb-browser';
import type { Workshop } from '../../shared/workshop/schema';
import { canonicalJson } from '../../shared/sla/json';
import { docIds, workshopIdOf, type SyncDoc, type UnitDoc } from '../../shared/sync/docs';
import { sameDocContent, unitData, workshopToDocs } from '../../shared/sync/mapping';
import { mergeIntoWorkshop } from '../../shared/sync/merge';
import { checkIncoming } from '../../shared/sync/validate';
import { databaseUrl, type ConnectionVerdict, type ServerSettings } from '../../shared/sync/server';
import { useSyncStatus, type Editor, type UnitConflict } from './syncStatus';
import { nextRev, revGeneration } from './revs';

/** Where the service reads and writes workshops: the repository's public API, and the open editor. */
export interface WorkshopAccess {
  /** The workshop as the user sees it now (the open one from its store, else from storage). */
  get(id: string): Promise<Workshop | undefined>;
  /** Stores a merged workshop (and shows it, if open). */
  put(w: Workshop): Promise<void>;
  /** Every workshop this laptop shares. */
  sharedIds(): string[];
  /** A workshop that arrived from a colleague is shared from then on. */
  markShared(id: string): void;
}

export interface SyncOptions {
  server: ServerSettings;
  password: string;
  /** Shown to colleagues as the author of this laptop's edits. */
  editor: string;
  access: WorkshopAccess;
  /** Test seam: the local mirror's name (a fresh one per test). */
  mirrorName?: string;
  /** Test seam: a PouchDB adapter for the mirror other than the browser's IndexedDB. */
  mirrorAdapter?: string;
  /** How long edits settle before they are written to the mirror (typing is never waited on). */
  debounceMs?: number;
  now?: () => Date;
}

type Doc = SyncDoc & { _rev?: string; _conflicts?: string[]; _deleted?: boolean };
type Mirror = PouchDB.Database<Record<string, unknown>>;

const isEditable = (d: { type: string }) => !['audit', 'version', 'signature', 'seal', 'sealer'].includes(d.type);

/** A mirror per team database: the unit of replication; its name never contains the password. */
export const mirrorNameFor = (s: ServerSettings): string =>
  `accord-team-${canonicalJson([s.url.trim(), s.database]).replace(/[^a-z0-9]+/gi, '-')}`;

export function verdictOfError(err: unknown): ConnectionVerdict {
  const status = (err as { status?: number } | null)?.status;
  if (status === 401) return 'wrongCredentials';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'databaseMissing';
  if (typeof status === 'number' && status >= 500) return 'serverError';
  if (typeof status === 'number' && status >= 400) return 'notCouch';
  const name = (err as { name?: string } | null)?.name;
  return name === 'SyntaxError' || name === 'bad_request' ? 'notCouch' : 'unreachable';
}

/**
 * The team workspace at work: a local PouchDB mirror of the team's database, replicated live
 * with the server (retrying with backoff while offline), and Dexie kept the source of truth.
 * Outgoing: a saved workshop is mapped to documents and only what changed is written to the
 * mirror, against the revision this laptop last saw, so a concurrent remote edit becomes a
 * CouchDB conflict (both kept) instead of being overwritten. Incoming: every document is checked
 * (shared/sync/validate.ts) before the merge reaches storage; what fails is quarantined.
 * Everything runs after a debounce, off the path of typing.
 */
export class SyncService {
  private readonly mirror: Mirror;
  private readonly remote: Mirror;
  private replication: PouchDB.Replication.Sync<Record<string, unknown>> | null = null;
  private changes: PouchDB.Core.Changes<Record<string, unknown>> | null = null;
  /** doc id → the revision this laptop last wrote or took in: the base of its next write. */
  private bases = new Map<string, string>();
  private readonly removed = new Map<string, Set<string>>();
  private readonly pendingPush = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly pendingApply = new Map<string, ReturnType<typeof setTimeout>>();
  private queue: Promise<unknown> = Promise.resolve();
  private stopped = false;

  constructor(private readonly opts: SyncOptions) {
    this.mirror = new PouchDB(opts.mirrorName ?? mirrorNameFor(opts.server), {
      auto_compaction: true,
      ...(opts.mirrorAdapter ? { adapter: opts.mirrorAdapter } : {}),
    });
    this.remote = new PouchDB(databaseUrl(opts.server), {
      skip_setup: true,
      ...(opts.server.user ? { auth: { username: opts.server.user, password: opts.password } } : {}),
    });
  }

  private get debounceMs() {
    return this.opts.debounceMs ?? 600;
  }
  private now() {
    return (this.opts.now ?? (() => new Date()))();
  }
  /** One thing at a time per mirror: a push and an apply never interleave. */
  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  async start(): Promise<void> {
    const stored = await this.mirror.get<{ bases: Record<string, string> }>('_local/accord-bases').catch(() => null);
    this.bases = new Map(Object.entries(stored?.bases ?? {}));
    for (const id of this.opts.access.sharedIds()) await this.serial(() => this.pushNow(id));
    this.changes = this.mirror.changes({ live: true, since: 'now', include_docs: false }).on('change', (c) => {
      const wid = workshopIdOf(c.id);
      if (!wid) return;
      if (c.deleted) this.removedIn(wid).add(c.id);
      this.scheduleApply(wid);
    });
    // What the mirror already holds (a previous session's pull) is applied once.
    const all = await this.mirror.allDocs();
    for (const wid of new Set(all.rows.map((r) => workshopIdOf(r.id)).filter((x): x is string => !!x))) this.scheduleApply(wid);
    this.connect();
  }

  private connect() {
    useSyncStatus.setState({ state: 'syncing', reason: null });
    this.replication = this.mirror
      .sync(this.remote, {
        live: true,
        retry: true,
        // 1 s, doubling to a minute: a laptop offline for a day does not hammer the server on return.
        back_off_function: (delay: number) => (delay === 0 ? 1000 : Math.min(delay * 2, 60_000)),
      })
      .on('active', () => useSyncStatus.setState({ state: 'syncing', reason: null }))
      .on('paused', (err: unknown) => {
        if (err)
          useSyncStatus.setState({ state: verdictOfError(err) === 'unreachable' ? 'offline' : 'attention', reason: verdictOfError(err) });
        else useSyncStatus.setState({ state: 'synced', reason: null, lastSyncedAt: this.now().toISOString() });
      })
      .on('denied', (err: unknown) => useSyncStatus.setState({ state: 'attention', reason: verdictOfError(err) }))
      .on('error', (err: unknown) => {
        useSyncStatus.setState({ state: 'attention', reason: verdictOfError(err) });
        // A replication that gave up (e.g. the password was refused) is tried again later.
        if (!this.stopped) setTimeout(() => !this.stopped && this.connect(), 30_000);
      });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const replication = this.replication;
    if (replication) {
      const done = new Promise<void>((resolve) => {
        void replication.on('complete', () => resolve());
        setTimeout(resolve, 2000);
      });
      replication.cancel();
      await done;
    }
    this.changes?.cancel();
    for (const t of [...this.pendingPush.values(), ...this.pendingApply.values()]) clearTimeout(t);
    await this.queue;
    useSyncStatus.setState({ state: 'off', reason: null });
  }

  /** Stops and deletes the local mirror ("Leave workspace"); Dexie's workshops stay. */
  async destroy(): Promise<void> {
    await this.stop();
    await this.mirror.destroy();
  }

  private removedIn(wid: string) {
    let set = this.removed.get(wid);
    if (!set) this.removed.set(wid, (set = new Set()));
    return set;
  }

  /** A shared workshop was saved: its documents follow once edits settle. */
  schedulePush(workshopId: string): void {
    if (this.stopped) return;
    clearTimeout(this.pendingPush.get(workshopId));
    this.pendingPush.set(
      workshopId,
      setTimeout(() => {
        this.pendingPush.delete(workshopId);
        void this.serial(() => this.pushNow(workshopId)).catch(() => undefined);
      }, this.debounceMs),
    );
  }

  private scheduleApply(workshopId: string): void {
    if (this.stopped) return;
    clearTimeout(this.pendingApply.get(workshopId));
    this.pendingApply.set(
      workshopId,
      setTimeout(() => {
        this.pendingApply.delete(workshopId);
        void this.serial(() => this.applyNow(workshopId)).catch(() => undefined);
      }, this.debounceMs),
    );
  }

  /** Resolves when everything scheduled has been written and taken in (tests, "Leave workspace"). */
  async settle(): Promise<void> {
    for (const id of [...this.pendingPush.keys()]) {
      clearTimeout(this.pendingPush.get(id));
      this.pendingPush.delete(id);
      await this.serial(() => this.pushNow(id));
    }
    for (const id of [...this.pendingApply.keys()]) {
      clearTimeout(this.pendingApply.get(id));
      this.pendingApply.delete(id);
      await this.serial(() => this.applyNow(id));
    }
    await this.queue;
  }

  private async saveBases() {
    const doc = await this.mirror.get('_local/accord-bases').catch(() => ({ _id: '_local/accord-bases' }));
    await this.mirror.put({ ...doc, bases: Object.fromEntries(this.bases) });
  }

  private async rowsOf(workshopId: string): Promise<Doc[]> {
    const prefix = docIds.prefix(workshopId);
    const res = await this.mirror.allDocs({ startkey: prefix, endkey: `${prefix}\ufff0`, include_docs: true, conflicts: true });
    return res.rows.flatMap((r) => (r.doc ? [r.doc as unknown as Doc] : []));
  }

  /** Writes what changed in a shared workshop since the mirror last saw it. */
  private async pushNow(workshopId: string): Promise<void> {
    const w = await this.opts.access.get(workshopId).catch(() => undefined);
    if (!w) return;
    const at = this.now().toISOString();
    const docs = workshopToDocs(w, { by: this.opts.editor, at });
    const inMirror = new Map((await this.rowsOf(workshopId)).map((d) => [d._id, d]));
    const writes: Doc[] = [];
    const siblings: Doc[] = [];
    for (const doc of docs) {
      const there = inMirror.get(doc._id);
      inMirror.delete(doc._id);
      if (!there) {
        writes.push(doc);
        continue;
      }
      if (sameDocContent(there, doc)) {
        this.bases.set(doc._id, there._rev!);
        continue;
      }
      if (!isEditable(doc)) continue; // content-addressed: the same id is the same record
      const base = this.bases.get(doc._id);
      if (base === there._rev) writes.push({ ...doc, _rev: base });
      // Changed here and there since this laptop last saw it: keep both, as CouchDB conflicts.
      else siblings.push(await this.sibling(doc, base ?? there._rev!));
    }
    // Items removed here that nobody changed elsewhere are removed for everyone.
    for (const [id, there] of inMirror)
      if (isEditable(there) && there.type !== 'unit' && this.bases.get(id) === there._rev) writes.push({ ...there, _deleted: true });
    if (writes.length) {
      const results = await this.mirror.bulkDocs(writes as never[]);
      results.forEach((r, i) => {
        if ('ok' in r && r.ok) this.bases.set(writes[i]!._id, r.rev);
      });
      const lost = writes.filter((_, i) => !('ok' in results[i]! && results[i]!.ok));
      for (const doc of lost) siblings.push(await this.sibling(doc, this.bases.get(doc._id) ?? '1-0'));
    }
    if (siblings.length) {
      await this.mirror.bulkDocs(siblings as never[], { new_edits: false });
      for (const s of siblings) this.bases.set(s._id, s._rev!);
    }
    if (writes.length || siblings.length) await this.saveBases();
  }

  /** This laptop's version as a revision beside the one it could not replace. */
  private async sibling(doc: Doc, base: string): Promise<Doc> {
    const rev = await nextRev(base, doc);
    const { _rev: _r, _conflicts: _c, ...body } = doc;
    return {
      ...body,
      _rev: rev,
      _revisions: { start: revGeneration(base) + 1, ids: [rev.split('-')[1]!, base.split('-')[1]!] },
    } as unknown as Doc;
  }

  /** Takes in what the mirror holds of a workshop: checked, merged, stored. */
  private async applyNow(workshopId: string): Promise<void> {
    const local = await this.opts.access.get(workshopId).catch(() => undefined);
    const known = new Map((local?.sla.versions ?? []).map((v) => [v.number, v.contentHash]));
    const rows = await this.rowsOf(workshopId);
    const incoming: SyncDoc[] = [];
    const conflicts: UnitConflict[] = [];
    const taken: [string, string][] = [];
    const quarantined = useSyncStatus.getState().quarantined.filter((q) => q.workshopId !== workshopId);
    const at = this.now().toISOString();
    for (const row of rows) {
      const { _conflicts, ...raw } = row;
      const unchanged = local && this.bases.get(row._id) === row._rev;
      if (unchanged && isEditable(row)) continue; // this laptop's own latest: local is as new
      const checked = checkIncoming(raw, known);
      if (!checked.ok) {
        quarantined.push({ docId: checked.docId, code: checked.code, ...(checked.path ? { path: checked.path } : {}), workshopId, at });
        continue;
      }
      if (_conflicts?.length && checked.doc.type === 'unit' && local) {
        const conflict = await this.conflictOf(local, checked.doc, [row._rev!, ..._conflicts]);
        if (conflict) {
          conflicts.push(conflict);
          continue;
        }
      }
      incoming.push(checked.doc);
      taken.push([row._id, row._rev!]);
    }
    const removed = [...(this.removed.get(workshopId) ?? [])];
    const merged = mergeIntoWorkshop(local, incoming, removed);
    for (const q of merged.quarantined) quarantined.push({ ...q, workshopId, at });
    const others = new Map<string, Editor>();
    for (const d of rows)
      if ('editedBy' in d && d.editedBy !== this.opts.editor && (others.get(d.editedBy)?.at ?? '') < d.editedAt)
        others.set(d.editedBy, { by: d.editedBy, at: d.editedAt });
    useSyncStatus.setState((s) => ({
      quarantined,
      conflicts: [...s.conflicts.filter((c) => c.workshopId !== workshopId), ...conflicts],
      editors: { ...s.editors, [workshopId]: [...others.values()].sort((a, b) => (a.at < b.at ? 1 : -1)) },
    }));
    if (!merged.workshop) return;
    const { updatedAt: _a, ...mergedBody } = merged.workshop;
    const same = local && canonicalJson(mergedBody) === canonicalJson({ ...local, updatedAt: undefined });
    if (!same) {
      // The user may have typed since it was read: merge again onto the very latest, then store.
      const latest = await this.opts.access.get(workshopId).catch(() => undefined);
      const again = latest && latest !== local ? mergeIntoWorkshop(latest, incoming, removed).workshop : merged.workshop;
      if (!again) return;
      await this.opts.access.put(again);
      if (!local) this.opts.access.markShared(workshopId);
    }
    for (const [id, rev] of taken) this.bases.set(id, rev);
    this.removed.delete(workshopId);
    await this.saveBases();
    // Relinked audit events and anything the merge added travel back.
    if (!same || merged.relinked > 0) this.schedulePush(workshopId);
  }

  private async conflictOf(local: Workshop, winner: UnitDoc, revs: string[]): Promise<UnitConflict | null> {
    const mine = unitData(local, winner.unit) as Record<string, unknown>;
    const versions = await Promise.all(revs.map((rev) => this.mirror.get(winner._id, { rev }).catch(() => null)));
    const other = versions.find((v) => v && canonicalJson((v as unknown as UnitDoc).data) !== canonicalJson(mine)) as unknown as
      UnitDoc | undefined;
    if (!other) return null;
    const checked = checkIncoming(other);
    if (!checked.ok || checked.doc.type !== 'unit') return null;
    return {
      workshopId: local.id,
      unit: winner.unit,
      docId: winner._id,
      mine,
      theirs: checked.doc.data as Record<string, unknown>,
      theirsBy: checked.doc.editedBy,
      theirsAt: checked.doc.editedAt,
      revs,
    };
  }

  /**
   * The user's choice on a conflict: `data` (one side, or a field-by-field merge) becomes the
   * step on this laptop and on the server; the other revisions are removed. The resolution is
   * recorded in the document (who, when, which side each field came from) for the team to see.
   */
  async resolve(conflict: UnitConflict, data: Record<string, unknown>, fields: Record<string, 'mine' | 'theirs'>): Promise<void> {
    await this.serial(async () => {
      const local = await this.opts.access.get(conflict.workshopId);
      if (!local) return;
      const doc = await this.mirror.get(conflict.docId, { conflicts: true });
      const at = this.now().toISOString();
      const resolved = {
        ...doc,
        data,
        editedBy: this.opts.editor,
        editedAt: at,
        resolution: { by: this.opts.editor, at, fields },
      };
      const put = await this.mirror.put(resolved);
      for (const rev of (doc as { _conflicts?: string[] })._conflicts ?? [])
        await this.mirror.remove(conflict.docId, rev).catch(() => undefined);
      this.bases.set(conflict.docId, put.rev);
      await this.saveBases();
      const merged = mergeIntoWorkshop(local, [{ ...(resolved as unknown as UnitDoc), _rev: put.rev }]);
      if (merged.workshop) await this.opts.access.put(merged.workshop);
      useSyncStatus.setState((s) => ({ conflicts: s.conflicts.filter((c) => c.docId !== conflict.docId) }));
    });
  }
}
