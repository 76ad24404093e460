import { beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_WORKSHOP_ID } from '../../shared/workshop/sample';
import { initStorage, storage } from './storageContext';
import { typingIn } from './undoScope';
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
const doc = () => useWorkshop.getState().workshop!;
const personas = () => doc().targetBuyer.personas;
const store = () => useWorkshop.getState();

/** Keystroke by keystroke, as a field's onChange reports them. */
const type = (text: string, write: (v: string) => void) => {
  for (let i = 1; i <= text.length; i++) write(text.slice(0, i));
};

describe('a toast Undo takes back its own action and keeps later edits', () => {
  it('brings back a deleted persona and keeps what was typed into another one while the toast was up', async () => {
    await open();
    const [first, second, third] = personas();
    const deleted = store().update((d) => void d.targetBuyer.personas.splice(0, 1), { label: 'delete persona' });
    // The persona that slid into the deleted one's place is renamed meanwhile.
    type('Olivia', (v) =>
      store().update((d) => void (d.targetBuyer.personas[0]!.name = v), { coalesceKey: `field:targetBuyer.personas.${second!.id}.name` }),
    );
    store().update((d) => void (d.title = 'Typed during the toast'), { coalesceKey: 'field:title' });

    expect(store().undoAction(deleted!)).toBe('undone');

    expect(personas().map((p) => p.id)).toEqual([first!.id, second!.id, third!.id]);
    expect(personas()[0]).toEqual(first);
    expect(personas()[1]!.name).toBe('Olivia');
    expect(doc().title).toBe('Typed during the toast');
    await storage().autosave.flush();
    const saved = (await storage().getWorkshop(SAMPLE_WORKSHOP_ID))!;
    expect(saved.targetBuyer.personas.map((p) => p.name)).toEqual([first!.name, 'Olivia', third!.name]);
  });

  it('undoes a delete made several edits ago, in other steps too, and Ctrl+Z then deletes it again', async () => {
    await open();
    const goals = doc().goals.goals;
    const deleted = store().update((d) => void d.goals.goals.splice(1, 1));
    store().update((d) => void (d.goals.currency = 'BRL'));
    store().update((d) => void d.goals.goals.push({ ...goals[0]!, id: 'added-later', title: 'Added later' }));
    store().update((d) => void (d.goals.goals[0]!.title = 'Edited later'));
    store().update((d) => void (d.commitment.place = 'Lisbon'));

    expect(store().undoAction(deleted!)).toBe('undone');

    expect(doc().goals.goals.map((g) => g.id)).toEqual([goals[0]!.id, goals[1]!.id, ...goals.slice(2).map((g) => g.id), 'added-later']);
    expect(doc().goals.goals[1]).toEqual(goals[1]);
    expect(doc().goals.goals[0]!.title).toBe('Edited later');
    expect(doc().goals.currency).toBe('BRL');
    expect(doc().commitment.place).toBe('Lisbon');

    // Taking it back was a step of its own: undo deletes the goal again, nothing else.
    expect(store().undo()).toBe(true);
    expect(doc().goals.goals.some((g) => g.id === goals[1]!.id)).toBe(false);
    expect(doc().commitment.place).toBe('Lisbon');
  });

  it('keeps a later edit to what the action added, undoes the rest, and says it did so in part', async () => {
    await open();
    const facts = doc().targetBuyer.icp;
    const firstKey = Object.keys(facts).find((k) => Array.isArray((facts as Record<string, unknown>)[k]))!;
    const list = () => (doc().targetBuyer.icp as unknown as Record<string, { id: string; text: string }[]>)[firstKey]!;
    const before = list().length;
    const added = store().update((d) => {
      (d.targetBuyer.icp as unknown as Record<string, { id: string; text: string; evidence: string }[]>)[firstKey]!.push({
        id: 'new-fact',
        text: '',
        evidence: 'assumption',
      });
      d.handOff.routingDetail = 'Round robin';
    });
    store().update(
      (d) => void ((d.targetBuyer.icp as unknown as Record<string, { text: string }[]>)[firstKey]![before]!.text = 'Typed into it'),
    );

    expect(store().undoAction(added!)).toBe('partial');
    expect(list().find((f) => f.id === 'new-fact')?.text).toBe('Typed into it');
    expect(doc().handOff.routingDetail).not.toBe('Round robin');
  });

  it('does nothing when its action was already undone with Ctrl+Z', async () => {
    await open();
    const id = store().update((d) => void (d.title = 'Gone again'));
    const title = () => doc().title;
    store().undo();
    const now = title();
    expect(store().undoAction(id!)).toBe('gone');
    expect(title()).toBe(now);
  });
});

describe('each action says how undo captures it', () => {
  it('typing in one field is one undo step; typing in two fields is two', async () => {
    await open();
    const original = { title: doc().title, place: doc().commitment.place };
    type('Kick-off', (v) => store().update((d) => void (d.title = v), { coalesceKey: 'field:title' }));
    expect(store().undo()).toBe(true);
    expect(doc().title).toBe(original.title);
    expect(store().undo()).toBe(false);

    type('Kick-off', (v) => store().update((d) => void (d.title = v), { coalesceKey: 'field:title' }));
    type('Porto', (v) => store().update((d) => void (d.commitment.place = v), { coalesceKey: 'field:commitment.place' }));
    expect(store().undo()).toBe(true);
    expect(doc().commitment.place).toBe(original.place);
    expect(doc().title).toBe('Kick-off');
    expect(store().undo()).toBe(true);
    expect(doc().title).toBe(original.title);
    expect(store().undo()).toBe(false);
  });

  it('a field component declares its typing; edits without a key are one step each', async () => {
    await open();
    const original = doc().facilitator;
    type('Ana', (v) => typingIn('field:facilitator', () => store().update((d) => void (d.facilitator = v))));
    store().update((d) => void (d.goals.currency = 'EUR'));
    store().update((d) => void (d.goals.currency = 'BRL'));
    store().undo();
    expect(doc().goals.currency).toBe('EUR');
    store().undo();
    store().undo();
    expect(doc().facilitator).toBe(original);
  });
});

describe('redo', () => {
  it('redoes undone edits of several steps in order, including a toast-undone delete', async () => {
    await open();
    const gone = personas()[2]!;
    const currency = doc().goals.currency === 'USD' ? 'EUR' : 'USD';
    store().update((d) => void (d.title = 'Step one'), { coalesceKey: 'field:title' });
    store().update((d) => void (d.goals.currency = currency));
    const removed = store().update((d) => void d.targetBuyer.personas.splice(2, 1));
    store().update((d) => void (d.handOff.acceptanceWindowHours = 7));
    store().undoAction(removed!);
    expect(personas().at(-1)).toEqual(gone);

    for (let i = 0; i < 5; i++) expect(store().undo()).toBe(true);
    expect(doc().goals.currency).not.toBe(currency);
    expect(doc().title).not.toBe('Step one');

    for (let i = 0; i < 5; i++) expect(store().redo()).toBe(true);
    expect(store().redo()).toBe(false);
    expect(doc().title).toBe('Step one');
    expect(doc().goals.currency).toBe(currency);
    expect(doc().handOff.acceptanceWindowHours).toBe(7);
    expect(personas().at(-1)).toEqual(gone);
  });
});
