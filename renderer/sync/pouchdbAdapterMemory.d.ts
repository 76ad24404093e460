/** The in-memory PouchDB adapter, used by renderer/sync/syncService.test.ts (it ships no types). */
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
