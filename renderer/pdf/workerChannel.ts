/** What every PDF worker answers: progress on the way, then one final message or an error. */
type WorkerMessage<Phase> =
  { id: number; type: 'progress'; phase: Phase } | { id: number; type: 'error'; message: string } | { id: number; type: string };

type Final<Res> = Exclude<Res, { type: 'progress' } | { type: 'error' }>;

/** A request without its id, as callers write it (Omit over a union, member by member). */
export type Ask<Req> = Req extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/**
 * How the page answers a worker's question on the way to its final message: a promise of the
 * message to send back (its id is added), or null when the message is not a question but the
 * final answer. Must not reject: a failure is an answer too.
 */
export type Answer<Req, Res> = (message: Final<Res>) => Promise<Ask<Req>> | null;

/**
 * The page side of a PDF worker: the worker is created on the first request and kept for the
 * next ones (which then skip loading react-pdf and parsing fonts); one that failed to load or
 * crashed is dropped, and the next request starts a fresh one. Rejections carry a short
 * lower-case reason meant to follow the caller's own sentence.
 */
export function createWorkerChannel<Req extends { id: number }, Res extends WorkerMessage<Phase>, Phase>(create: () => Worker) {
  interface Pending {
    resolve: (r: Final<Res>) => void;
    reject: (e: Error) => void;
    onProgress?: ((phase: Phase) => void) | undefined;
    answer?: Answer<Req, Res> | undefined;
  }
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  function failAll(error: Error): void {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
    worker?.terminate();
    worker = null;
  }

  function getWorker(): Worker {
    if (worker) return worker;
    const w = create();
    w.addEventListener('message', (event: MessageEvent<Res>) => {
      const msg = event.data;
      const p = pending.get(msg.id);
      if (!p) return;
      if (msg.type === 'progress') {
        p.onProgress?.((msg as Extract<WorkerMessage<Phase>, { type: 'progress' }>).phase);
        return;
      }
      const reply = msg.type === 'error' ? null : p.answer?.(msg as Final<Res>);
      if (reply) {
        // A question on the way (the SLA worker asking for its seal): the request stays open.
        void reply.then((r) => worker?.postMessage({ ...r, id: msg.id }));
        return;
      }
      pending.delete(msg.id);
      if (msg.type === 'error') p.reject(new Error((msg as Extract<WorkerMessage<Phase>, { type: 'error' }>).message));
      else p.resolve(msg as Final<Res>);
    });
    w.addEventListener('error', (event: ErrorEvent) => {
      event.preventDefault();
      failAll(new Error(event.message ? `the PDF engine stopped: ${event.message}` : 'the PDF engine could not be loaded'));
    });
    w.addEventListener('messageerror', () => failAll(new Error('the PDF engine sent a message that could not be read')));
    worker = w;
    return w;
  }

  return function ask(request: Ask<Req>, onProgress?: (phase: Phase) => void, answer?: Answer<Req, Res>): Promise<Final<Res>> {
    const id = nextId++;
    return new Promise<Final<Res>>((resolve, reject) => {
      pending.set(id, { resolve, reject, onProgress, answer });
      try {
        getWorker().postMessage({ ...request, id });
      } catch (err) {
        pending.delete(id);
        reject(new Error(`the PDF engine could not start: ${err instanceof Error ? err.message : String(err)}`));
      }
    });
  };
}
