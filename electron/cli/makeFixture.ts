import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { slaContentHash } from '../../shared/sla/canonical';
import { sampleWorkshop } from '../../shared/workshop/sample';
import { workshopSchema, type Workshop } from '../../shared/workshop/schema';
import { scribbleDataUrl } from './scribblePng';

/**
 * Regenerates test/fixtures/workshop-sample.json: the built-in sample at a fixed date, signed
 * by Maya Chen (marketing) and Diego Alvarez (sales) over its real content hash.
 * Run: npx tsx electron/cli/makeFixture.ts
 */
export async function signedSampleWorkshop(): Promise<Workshop> {
  const w = sampleWorkshop(new Date('2026-12-03T09:00:00.000Z'));
  w.completedSteps = ['commitment', 'goals', 'sla'];
  const contentHash = await slaContentHash(w);
  const sign = (participantId: string, signedAt: string, scribble: Parameters<typeof scribbleDataUrl>[0]) => {
    const p = w.commitment.participants.find((x) => x.id === participantId);
    if (!p) throw new Error(`sample has no participant ${participantId}`);
    return { participantId, typedName: p.name, title: p.role, team: p.team, image: scribbleDataUrl(scribble), signedAt, contentHash };
  };
  w.sla.signatures = [
    sign('p-maya', '2026-12-03T11:05:00.000Z', { loops: 9, phase: 0.4, slant: 0.35 }),
    sign('p-diego', '2026-12-03T11:07:30.000Z', { loops: 7, phase: 2.1, slant: 0.2 }),
  ];
  w.updatedAt = '2026-12-03T11:07:30.000Z';
  return workshopSchema.parse(w);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = fileURLToPath(new URL('../../test/fixtures/workshop-sample.json', import.meta.url));
  writeFileSync(out, `${JSON.stringify(await signedSampleWorkshop(), null, 2)}\n`);
  console.log(`wrote ${out}`);
}
