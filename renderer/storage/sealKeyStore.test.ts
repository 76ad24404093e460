import { afterEach, describe, expect, it } from 'vitest';
import { openAccordDb, type AccordDb } from './db';
import { createSealKeyStore, SEAL_IDENTITY_KEY } from './sealKeyStore';

const opened: AccordDb[] = [];
let n = 0;
const fresh = (name = `seal-${++n}`) => {
  const db = openAccordDb(name);
  opened.push(db);
  return { db, name };
};
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

describe('browser-mode seal key store (IndexedDB)', () => {
  it('has no key at first, keeps the first one stored, and finds it again after reopening', async () => {
    const { db, name } = fresh();
    const store = createSealKeyStore(db);
    await expect(store.load()).resolves.toBeNull();
    const [a, b] = await Promise.all([store.store('identity-a'), store.store('identity-b')]);
    expect(a).toBe('identity-a');
    expect(b).toBe('identity-a');
    db.close();
    const again = openAccordDb(name);
    opened.push(again);
    await expect(createSealKeyStore(again).load()).resolves.toBe('identity-a');
    await expect(again.meta.get(SEAL_IDENTITY_KEY)).resolves.toEqual({ key: SEAL_IDENTITY_KEY, value: 'identity-a' });
  });
});
