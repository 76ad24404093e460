/**
 * The part of PouchDB's API that team sync uses. The DefinitelyTyped package declares a global
 * `Buffer` interface that merges with Node's and breaks every Node-typed file compiled beside
 * it, so Accord declares the few calls it makes instead.
 */
declare module 'pouchdb-browser' {
  namespace PouchDB {
    interface Meta {
      _id: string;
      _rev: string;
      _conflicts?: string[];
    }
    interface Response {
      ok: true;
      id: string;
      rev: string;
    }
    interface BulkError {
      error: true | string;
      id?: string;
      status?: number;
      message?: string;
    }
    interface AllDocsOptions {
      startkey?: string;
      endkey?: string;
      include_docs?: boolean;
      conflicts?: boolean;
    }
    interface AllDocsResponse {
      rows: { id: string; key: string; value: { rev: string; deleted?: boolean }; doc?: Record<string, unknown> & Meta }[];
    }
    interface Emitter<Self> {
      on(event: string, handler: (arg: never) => void): Self;
      cancel(): void;
    }
    namespace Core {
      interface ChangesEvent {
        id: string;
        seq: number | string;
        deleted?: boolean;
        changes: { rev: string }[];
      }
      interface Changes<_T> extends Emitter<Changes<_T>> {
        on(event: 'change', handler: (change: ChangesEvent) => void): Changes<_T>;
        on(event: string, handler: (arg: never) => void): Changes<_T>;
      }
    }
    namespace Replication {
      interface SyncOptions {
        live?: boolean;
        retry?: boolean;
        back_off_function?: (delay: number) => number;
      }
      interface Sync<_T> extends Emitter<Sync<_T>> {
        on(event: 'active' | 'complete', handler: () => void): Sync<_T>;
        on(event: 'paused' | 'denied' | 'error', handler: (err: unknown) => void): Sync<_T>;
      }
    }
    interface DatabaseOptions {
      adapter?: string;
      auto_compaction?: boolean;
      skip_setup?: boolean;
      auth?: { username: string; password?: string };
    }
    interface Database<T extends object = Record<string, unknown>> {
      get<U extends object = T>(id: string, options?: { rev?: string; conflicts?: boolean }): Promise<U & Meta>;
      put(doc: object): Promise<Response>;
      remove(id: string, rev: string): Promise<Response>;
      allDocs(options?: AllDocsOptions): Promise<AllDocsResponse>;
      bulkDocs(docs: object[], options?: { new_edits?: boolean }): Promise<(Response | BulkError)[]>;
      changes(options: { live?: boolean; since?: 'now' | number | string; include_docs?: boolean }): Core.Changes<T>;
      sync(remote: Database<T> | string, options?: Replication.SyncOptions): Replication.Sync<T>;
      destroy(): Promise<void>;
    }
    type Plugin = unknown;
  }
  interface PouchDBStatic {
    new <T extends object = Record<string, unknown>>(name: string, options?: PouchDB.DatabaseOptions): PouchDB.Database<T>;
    plugin(plugin: PouchDB.Plugin): PouchDBStatic;
  }
  const PouchDB: PouchDBStatic;
  export default PouchDB;
}
