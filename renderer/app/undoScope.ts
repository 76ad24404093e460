/**
 * A field that the user types into says so: the shared field components run their onChange
 * inside `typingIn(key, …)`, and any update() made meanwhile without a coalesceKey of its own
 * takes that key, so the keystrokes of one field undo as one step. Synchronous only: the key
 * holds for the duration of the call and no longer.
 */
let current: string | null = null;

export function typingIn<R>(key: string, run: () => R): R {
  const outer = current;
  current = key;
  try {
    return run();
  } finally {
    current = outer;
  }
}

/** The typing key of the field whose change is being handled right now, if any. */
export const typingKey = (): string | null => current;
