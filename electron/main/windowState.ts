import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomicSync } from './atomicWrite';

/**
 * Where the window was, remembered between runs. A saved position is trusted only while it
 * still lands on a connected display: a laptop that was docked to a projector last time
 * must not open its window on a screen that is no longer there.
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export const MIN_WINDOW_SIZE = { width: 1024, height: 640 } as const;
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 800, maximized: false };

/** Enough of the title bar to grab with the mouse and drag the window back. */
const TITLE_BAR = { height: 32, minVisibleWidth: 100, minVisibleHeight: 20 };

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

export function isTitleBarVisible(bounds: Rect, workAreas: readonly Rect[]): boolean {
  const titleBar = { x: bounds.x, y: bounds.y, width: bounds.width, height: TITLE_BAR.height };
  return workAreas.some((area) => {
    const o = overlap(titleBar, area);
    return o.width >= TITLE_BAR.minVisibleWidth && o.height >= TITLE_BAR.minVisibleHeight;
  });
}

/** What to open with: the saved state, minus a position that would be off-screen. */
export function restoreWindowState(saved: WindowState | null, workAreas: readonly Rect[]): WindowState {
  if (!saved) return { ...DEFAULT_WINDOW_STATE };
  const width = Math.max(saved.width, MIN_WINDOW_SIZE.width);
  const height = Math.max(saved.height, MIN_WINDOW_SIZE.height);
  const { x, y } = saved;
  if (x !== undefined && y !== undefined && isTitleBarVisible({ x, y, width, height }, workAreas)) {
    return { x, y, width, height, maximized: saved.maximized };
  }
  // Without x/y Electron centres the window on the primary display.
  return { width, height, maximized: saved.maximized };
}

/** A missing, unreadable or hand-edited file just means "no saved state". */
export function loadWindowState(file: string): WindowState | null {
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveWindowState(file: string, state: WindowState): void {
  try {
    writeFileAtomicSync(file, `${JSON.stringify(state, null, 2)}\n`);
  } catch (error) {
    // Losing the window position is not worth interrupting a quit for.
    console.warn('Accord: could not save the window state:', error);
  }
}

interface TrackableWindow {
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  on(event: 'close', listener: () => void): unknown;
}

/** Saved on close only: synchronous, and the only moment the final geometry is known. */
export function trackWindowState(win: TrackableWindow, file: string): void {
  win.on('close', () => {
    const b = win.getNormalBounds();
    const [x, y, width, height] = [b.x, b.y, b.width, b.height].map(Math.round) as [number, number, number, number];
    saveWindowState(file, { x, y, width, height, maximized: win.isMaximized() });
  });
}
