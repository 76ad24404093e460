import type { Workshop } from '../../shared/workshop/schema';

/** 'idle' is the state before anything was saved; it is never reported. */
export type AutosaveStatus = 'idle' | 'saving' | 'saved' | 'error';

export interface AutosaveOptions {
  save: (w: Workshop) => Promise<void>;
  /**
   * Readies a doc for its write (validation, derived rows) while it waits out the debounce,
   * so that when the timer fires the write starts at once. Called when the page is idle.
   */
  prepare?: (w: Workshop) => void;
  /** Longest an edit waits before its write starts, counted from the edit. */
  debounceMs?: number;
  /** First retry after a failed save; doubles per failure up to MAX_RETRY_MS. */
  retryMs?: number;
  onStatus?: (status: AutosaveStatus, error?: Error) => void;
}

export interface Autosave {
  /**
   * `editedAt` is when the facilitator made the edit (a `performance.now()` time, e.g. the
   * keystroke's own timestamp); the write starts `debounceMs` after it. Defaults to now.
   */
  schedule(w: Workshop, editedAt?: number): void;
  /** Writes everything scheduled so far now; rejects with the save error if that fails. */
  flush(): Promise<void>;
  /** Stops timers and retries after one last best-effort write of anything pending. */
  dispose(): void;
}

const MAX_RETRY_MS = 30_000;
const ignore = () => {}; // failures reach the UI through onStatus; a second report would be noise

/**
 * Saves edits in the background so the UI never waits for storage (docs/architecture.md, "An
 * edit reaches the disk"). The timer starts at the first unsaved edit and is not pushed back by later
 * ones: a facilitator who types without pause still has every word on disk within
 * debounceMs + one write, where a classic trailing debounce would wait for a pause.
 */
export function createAutosave({ save, prepare, debounceMs = 250, retryMs = 1000, onStatus }: AutosaveOptions): Autosave {
  // Newest unsaved doc per workshop: a later edit replaces an earlier one (last write wins),
  // and switching workshops before the timer fires loses neither.
  const pending = new Map<string, Workshop>();
  let running: Promise<void> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timerIsRetry = false;
  let failures = 0;
  let disposed = false;
  let last: AutosaveStatus = 'idle';
  // The same state twice in a row says nothing new; errors are always passed on (each may differ).
  const report = (status: AutosaveStatus, error?: Error) => {
    if (status === last && status !== 'error') return;
    last = status;
    onStatus?.(status, error);
  };

  function arm(delay: number, retry: boolean) {
    if (disposed) return;
    clearTimeout(timer);
    timerIsRetry = retry;
    timer = setTimeout(() => {
      timer = undefined;
      drain().catch(ignore);
    }, delay);
  }

  let prepareQueued = false;
  // Idle time between keystrokes is plentiful; the timeout makes sure it happens before the
  // timer fires even on a busy page.
  function queuePrepare() {
    if (!prepare || prepareQueued) return;
    prepareQueued = true;
    whenIdle(() => {
      prepareQueued = false;
      for (const doc of pending.values()) prepare(doc);
    }, debounceMs / 2);
  }

  function disarm() {
    clearTimeout(timer);
    timer = undefined;
  }

  // One writer at a time, so two saves of the same workshop can never land out of order.
  function drain(): Promise<void> {
    running ??= writeAll();
    return running;
  }

  async function writeAll(): Promise<void> {
    // Yield once so `running` is assigned before this can finish; from here on `running` is
    // cleared in the same turn the loop sees an empty queue, so no edit can slip between.
    await undefined;
    let wrote = false;
    try {
      for (let next = first(pending); next; next = first(pending)) {
        const [id, doc] = next;
        pending.delete(id);
        report('saving');
        try {
          await save(doc);
          wrote = true;
          failures = 0;
        } catch (err) {
          if (!pending.has(id)) pending.set(id, doc); // keep it unless a newer edit replaced it
          failures += 1;
          const error = err instanceof Error ? err : new Error(String(err));
          report('error', error);
          if (timer === undefined) arm(Math.min(retryMs * 2 ** (failures - 1), MAX_RETRY_MS), true);
          throw error;
        }
      }
      if (wrote) report('saved');
    } finally {
      running = undefined;
    }
  }

  return {
    schedule(w, editedAt) {
      pending.set(w.id, w);
      // "Saving…" from the edit on, not from when the write starts: during the debounce the
      // edit is not on disk yet, and "Saved" must never be shown for it. A shown error stays
      // until a write succeeds.
      if (!disposed && last !== 'error') report('saving');
      if (disposed) drain().catch(ignore);
      // A waiting retry may be far off; a new edit deserves the normal delay.
      else if (timer === undefined || timerIsRetry) arm(delaySinceEdit(debounceMs, editedAt), false);
      if (!disposed) queuePrepare();
    },
    flush() {
      disarm();
      // A run already under way takes every pending doc before it ends, so joining it is enough.
      return drain();
    },
    dispose() {
      disarm();
      disposed = true;
      if (pending.size > 0) drain().catch(ignore);
    },
  };
}

/**
 * What is left of the debounce after the time already gone since the edit: the browser takes a
 * few milliseconds to turn a keystroke into an input event, and that belongs inside the window.
 */
function delaySinceEdit(debounceMs: number, editedAt: number | undefined, now = performance.now()): number {
  if (editedAt === undefined) return debounceMs;
  return Math.min(debounceMs, Math.max(0, debounceMs - (now - editedAt)));
}

function whenIdle(fn: () => void, timeoutMs: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: timeoutMs });
  else setTimeout(fn, 0);
}

function first<K, V>(map: Map<K, V>): [K, V] | undefined {
  return map.entries().next().value;
}

export interface FlushTargets {
  window: EventTarget;
  document: EventTarget & { readonly visibilityState: DocumentVisibilityState };
}

/**
 * Writes pending edits when the facilitator may be about to lose the window: focus leaves,
 * the page is hidden or unloaded. The write is started before the event's task ends, which is
 * what gives it a chance to complete before the page goes away. Returns the uninstaller.
 */
export function installFlushTriggers(autosave: Pick<Autosave, 'flush'>, targets: FlushTargets = { window, document }): () => void {
  const flush = () => void autosave.flush().catch(ignore);
  const onVisibility = () => {
    if (targets.document.visibilityState === 'hidden') flush();
  };
  const windowEvents = ['blur', 'pagehide', 'beforeunload'] as const;
  for (const type of windowEvents) targets.window.addEventListener(type, flush);
  targets.document.addEventListener('visibilitychange', onVisibility);
  return () => {
    for (const type of windowEvents) targets.window.removeEventListener(type, flush);
    targets.document.removeEventListener('visibilitychange', onVisibility);
  };
}
