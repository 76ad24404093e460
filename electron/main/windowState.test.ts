import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_STATE, loadWindowState, restoreWindowState, saveWindowState, trackWindowState } from './windowState';

const laptop = [{ x: 0, y: 0, width: 1366, height: 738 }];
const laptopAndProjector = [...laptop, { x: 1366, y: 0, width: 1920, height: 1050 }];

describe('restoring the window state', () => {
  it('keeps a position that is still on a connected display', () => {
    const saved = { x: 1500, y: 100, width: 1200, height: 800, maximized: false };
    expect(restoreWindowState(saved, laptopAndProjector)).toEqual(saved);
  });

  it('drops a position on a display that is no longer connected, keeping size and maximized', () => {
    const saved = { x: 1500, y: 100, width: 1200, height: 800, maximized: true };
    expect(restoreWindowState(saved, laptop)).toEqual({ width: 1200, height: 800, maximized: true });
  });

  it('drops a position whose title bar is off-screen even if part of the window shows', () => {
    expect(restoreWindowState({ x: 100, y: -600, width: 1200, height: 800, maximized: false }, laptop)).not.toHaveProperty('x');
    expect(restoreWindowState({ x: -1150, y: 10, width: 1200, height: 800, maximized: false }, laptop)).not.toHaveProperty('x');
    expect(restoreWindowState({ x: -5000, y: -5000, width: 1200, height: 800, maximized: false }, laptop)).not.toHaveProperty('y');
  });

  it('never restores below the minimum size, and falls back to defaults without a saved state', () => {
    expect(restoreWindowState({ width: 300, height: 200, maximized: false }, laptop)).toEqual({
      width: 1024,
      height: 640,
      maximized: false,
    });
    expect(restoreWindowState(null, laptop)).toEqual(DEFAULT_WINDOW_STATE);
  });
});

describe('the window state file', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  const tempDir = () => (dir = mkdtempSync(join(tmpdir(), 'accord-state-')));

  it('round-trips through disk and leaves no temp file behind', () => {
    const file = join(tempDir(), 'window-state.json');
    const state = { x: 10, y: 20, width: 1300, height: 900, maximized: true };
    saveWindowState(file, state);
    expect(loadWindowState(file)).toEqual(state);
    expect(readdirSync(dir!)).toEqual(['window-state.json']);
  });

  it('treats a missing, corrupt or hand-edited file as no saved state', () => {
    const file = join(tempDir(), 'window-state.json');
    expect(loadWindowState(file)).toBeNull();
    writeFileSync(file, '{"width": 800');
    expect(loadWindowState(file)).toBeNull();
    writeFileSync(file, '{"width": "wide", "height": 800, "maximized": false}');
    expect(loadWindowState(file)).toBeNull();
  });

  it('is written when the window closes, with its normal (unmaximized) bounds', () => {
    const file = join(tempDir(), 'window-state.json');
    let onClose = () => {};
    trackWindowState(
      {
        getNormalBounds: () => ({ x: 5.4, y: 6, width: 1100, height: 700.6 }),
        isMaximized: () => true,
        on: (_event, listener) => (onClose = listener),
      },
      file,
    );
    expect(loadWindowState(file)).toBeNull();
    onClose();
    expect(loadWindowState(file)).toEqual({ x: 5, y: 6, width: 1100, height: 701, maximized: true });
  });
});
