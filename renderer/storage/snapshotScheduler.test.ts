import { describe, expect, it } from 'vitest';
import { newWorkshop } from '../../shared/workshop/factory';
import type { Workshop } from '../../shared/workshop/schema';
import { scheduleSnapshots } from './snapshotScheduler';

function harness(periodMs = 1000) {
  let listener: (w: Workshop | null, before: Workshop | null) => void = () => {};
  let clock = 0;
  const taken: [string, string][] = [];
  const stop = scheduleSnapshots({
    subscribe: (l) => ((listener = l), () => (listener = () => {})),
    take: async (w, reason) => void taken.push([w.title, reason]),
    now: () => clock,
    periodMs,
  });
  let current: Workshop | null = null;
  const edit = (w: Workshop, atMs: number) => {
    clock = atMs;
    const before = current;
    current = w;
    listener(w, before);
  };
  return { taken, edit, stop };
}

describe('snapshot schedule', () => {
  it('keeps the state a workshop was opened in, then one snapshot per period while it changes', () => {
    const h = harness(1000);
    const w = newWorkshop();
    h.edit({ ...w, title: 'as opened' }, 0); // opening: no edit yet
    h.edit({ ...w, title: 'e1' }, 10);
    h.edit({ ...w, title: 'e2' }, 500);
    h.edit({ ...w, title: 'e3' }, 1100);
    h.edit({ ...w, title: 'e4' }, 1500);
    h.edit({ ...w, title: 'e5' }, 2200);
    expect(h.taken).toEqual([
      ['as opened', 'opened'],
      ['e3', 'periodic'],
      ['e5', 'periodic'],
    ]);
  });

  it('takes nothing for a workshop that is only opened and switched away from', () => {
    const h = harness();
    h.edit(newWorkshop(), 0);
    h.edit(newWorkshop(), 5000);
    expect(h.taken).toEqual([]);
  });

  it('stops when asked', () => {
    const h = harness();
    const w = newWorkshop();
    h.edit(w, 0);
    h.stop();
    h.edit({ ...w, title: 'later' }, 10);
    expect(h.taken).toEqual([]);
  });
});
