import type { Page } from 'playwright-core';
import { sampleWorkshop } from '../../../shared/workshop/sample';
import type { Workshop } from '../../../shared/workshop/schema';

/** Rows as renderer/storage/db.ts declares them (WorkshopRow, WorkshopSummaryRow). */
export interface SeedRows {
  workshops: { id: string; doc: Workshop }[];
  workshopSummaries: Record<string, unknown>[];
}

const CLIENTS = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Vandelay', 'Stark', 'Wayne', 'Wonka', 'Tyrell'];
const FACILITATORS = ['Ana Ribeiro', 'Bo Li', 'Carla Díaz', 'Dev Patel', 'Eve Martin'];

/** The repository's summarise() (not exported): the home list reads only these rows. */
export const summaryOf = (w: Workshop) => ({
  id: w.id,
  title: w.title,
  clientCompany: w.clientCompany,
  facilitator: w.facilitator,
  workshopDate: w.commitment.workshopDate,
  progress: new Set(w.completedSteps).size,
  updatedAt: new Date(w.updatedAt).toISOString(),
});

/** `n` distinct, valid workshops shaped like the sample (so docs are a realistic size). */
export function manyWorkshops(n: number): SeedRows {
  const base = sampleWorkshop(new Date('2026-01-05T09:00:00Z'));
  const docs = Array.from({ length: n }, (_, i): Workshop => {
    const at = new Date(Date.UTC(2026, 0, 5) + i * 3_600_000).toISOString();
    return {
      ...structuredClone(base),
      id: `bench-${String(i).padStart(4, '0')}`,
      title: `Alignment ${2020 + (i % 7)} #${i}`,
      clientCompany: `${CLIENTS[i % CLIENTS.length]} ${Math.floor(i / CLIENTS.length)}`,
      facilitator: FACILITATORS[i % FACILITATORS.length]!,
      createdAt: at,
      updatedAt: at,
      completedSteps: base.completedSteps.slice(0, i % 3),
    };
  });
  return { workshops: docs.map((doc) => ({ id: doc.id, doc })), workshopSummaries: docs.map(summaryOf) };
}

/** Writes rows with raw IndexedDB into a database the app has already created (any version). */
export async function seedInPage(page: Page, rows: SeedRows, dbName = 'accord'): Promise<void> {
  await page.evaluate(
    ({ rows, dbName }) =>
      new Promise<void>((ok, fail) => {
        const req = indexedDB.open(dbName);
        req.onerror = () => fail(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction(['workshops', 'workshopSummaries'], 'readwrite');
          for (const r of rows.workshops) tx.objectStore('workshops').put(r);
          for (const r of rows.workshopSummaries) tx.objectStore('workshopSummaries').put(r);
          tx.oncomplete = () => {
            db.close();
            ok();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    { rows, dbName },
  );
}
