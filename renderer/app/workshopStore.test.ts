import { beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_WORKSHOP_ID } from '../../shared/workshop/sample';
import { initStorage, storage } from './storageContext';
import { useWorkshop } from './workshopStore';

// Real IndexedDB (fake-indexeddb), the app's own repository and autosave. EventTargets stand
// in for the page's window and document, which the autosave's flush triggers listen to.
beforeAll(async () => {
  Object.assign(globalThis, {
    window: new EventTarget(),
    document: Object.assign(new EventTarget(), { visibilityState: 'visible', activeElement: null }),
  });
  await initStorage();
});

const open = async () => {
  await useWorkshop.getState().close();
  await useWorkshop.getState().open(SAMPLE_WORKSHOP_ID);
  return useWorkshop.getState();
};
const title = () => useWorkshop.getState().workshop!.title;

describe('workshop-wide undo and redo', () => {
  it('undoes edits of different steps in reverse order, redoes them, and saves what it lands on', async () => {
    const s = await open();
    const original = title();
    s.update((d) => void (d.title = 'Renamed'));
    s.update((d) => void (d.goals.currency = 'BRL'));
    s.update((d) => void d.facilitation.decisions.splice(0, d.facilitation.decisions.length));

    expect(useWorkshop.getState().undo()).toBe(true);
    expect(useWorkshop.getState().workshop!.facilitation.decisions.length).toBeGreaterThan(0);
    expect(useWorkshop.getState().undo()).toBe(true);
    expect(useWorkshop.getState().workshop!.goals.currency).not.toBe('BRL');
    expect(useWorkshop.getState().undo()).toBe(true);
    expect(title()).toBe(original);
    expect(useWorkshop.getState().undo()).toBe(false);

    expect(useWorkshop.getState().redo()).toBe(true);
    expect(title()).toBe('Renamed');
    await storage().autosave.flush();
    expect((await storage().getWorkshop(SAMPLE_WORKSHOP_ID))!.title).toBe('Renamed');
  });

  it('a new edit after undo drops the redo steps', async () => {
    const s = await open();
    s.update((d) => void (d.title = 'A'));
    s.update((d) => void (d.title = 'B'));
    useWorkshop.getState().undo();
    useWorkshop.getState().update((d) => void (d.title = 'C'));
    expect(useWorkshop.getState().redo()).toBe(false);
    expect(title()).toBe('C');
  });

  it('starts empty for each workshop that is opened', async () => {
    const s = await open();
    s.update((d) => void (d.title = 'Edited before switching'));
    await open();
    expect(useWorkshop.getState().undo()).toBe(false);
  });

  it('a restore (replace) can be undone too', async () => {
    const s = await open();
    const before = title();
    s.replace({ ...useWorkshop.getState().workshop!, title: 'Restored copy' });
    expect(useWorkshop.getState().undo()).toBe(true);
    expect(title()).toBe(before);
  });
});
