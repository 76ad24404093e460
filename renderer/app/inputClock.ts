/**
 * When the facilitator pressed the key (or button) behind the edit being made now. The browser
 * needs a few milliseconds to turn a keystroke into an input event; autosave counts its window
 * from the keystroke, so that time is not added on top of it.
 */
let lastPressAt = Number.NEGATIVE_INFINITY;

/** A press older than this did not cause the current edit (timers, paste, drop, IME commit). */
const SAME_EDIT_MS = 100;

export function installInputClock(target: EventTarget = window): () => void {
  const record = (e: Event) => (lastPressAt = e.timeStamp);
  const options = { capture: true, passive: true };
  for (const type of ['keydown', 'pointerdown'] as const) target.addEventListener(type, record, options);
  return () => {
    for (const type of ['keydown', 'pointerdown'] as const) target.removeEventListener(type, record, options);
  };
}

/** A `performance.now()` time: the press that caused the current edit, or now when none did. */
export function editTime(now = performance.now()): number {
  return now - lastPressAt >= 0 && now - lastPressAt <= SAME_EDIT_MS ? lastPressAt : now;
}
