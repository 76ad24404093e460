/**
 * Workshop files the user asked Accord to open by double-clicking or "Open with": on Windows and
 * Linux they arrive as command-line arguments (first launch, or a second launch the single-instance
 * lock turns away), on macOS as `open-file` events, possibly before any window exists. They wait
 * here until the renderer, once ready, takes them.
 */
export const WORKSHOP_FILE_EXTENSION = '.accord';

/** The workshop files among a launch's arguments (flags and the app's own path are skipped). */
export function workshopFileArgs(argv: readonly string[]): string[] {
  return argv.filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(WORKSHOP_FILE_EXTENSION));
}

export interface OpenedFilesQueue {
  add(paths: readonly string[]): void;
  /** Everything queued so far, oldest first; the queue is empty afterwards. */
  take(): string[];
}

/** At most this many files wait; a flood of arguments must not pile up in memory. */
export const MAX_QUEUED = 20;

export function createOpenedFilesQueue(): OpenedFilesQueue {
  let queued: string[] = [];
  return {
    add(paths) {
      for (const p of paths) if (!queued.includes(p)) queued.push(p);
      queued = queued.slice(-MAX_QUEUED);
    },
    take() {
      const taken = queued;
      queued = [];
      return taken;
    },
  };
}
