import ELK, { type ElkNode } from 'elkjs/lib/elk.bundled.js';

/**
 * ELK in a worker of its own: laying out a few hundred stages takes long enough to freeze the
 * page, so the canvas stays live (and the rest of the app answers) while it runs. One message
 * in (the layout graph), one out (the laid-out graph, or the error's text).
 */
const elk = new ELK();
// Loaded in a worker, the bundled engine also answers messages itself (its own protocol); this
// worker speaks only the one below.
self.onmessage = null;
self.addEventListener('message', (e: MessageEvent<{ id: number; graph: ElkNode }>) => {
  const { id, graph } = e.data;
  elk.layout(graph).then(
    (result) => self.postMessage({ id, ok: true, result }),
    (err: unknown) => self.postMessage({ id, ok: false, error: err instanceof Error ? err.message : String(err) }),
  );
});
