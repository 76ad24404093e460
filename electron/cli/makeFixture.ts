import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { freezeSla, signSla } from '../../shared/sla/versions';
import { clauseStrings } from '../../shared/sla/clauseStrings';
import { sampleWorkshop } from '../../shared/workshop/sample';
import { workshopSchema, type Workshop } from '../../shared/workshop/schema';
import { scribbleDataUrl } from './scribblePng';

/**
 * Regenerates test/fixtures/workshop-sample.json: the built-in sample at a fixed date, with
 * the calculator used, a weekly delivery rhythm, frozen as version 1 and signed by Maya Chen
 * (marketing) and Diego Alvarez (sales) through the same functions the step screen calls.
 * Run: npx tsx electron/cli/makeFixture.ts
 */
export function signedSampleWorkshop(): Promise<Workshop> {
  const w = sampleWorkshop(new Date('2026-12-03T09:00:00.000Z'));
  w.completedSteps = ['commitment', 'goals'];
  w.sla.calculator!.usedAt = '2026-12-03T10:55:00.000Z';
  w.sla.commitments[0]!.target = 158; // the calculator's MQLs per month
  w.sla.commitments.push({
    id: 'c-weekly',
    party: 'marketing',
    kind: 'mqlVolume',
    target: 50,
    withinDays: null,
    period: 'week',
    note: '',
    rhythm: { day: 'monday', response: { action: 'qualify', by: 'wednesday', report: 'mqlToSqlRate' } },
  });
  freezeSla(w, new Date('2026-12-03T11:00:00.000Z'));
  const sign = (participantId: string, signedAt: string, scribble: Parameters<typeof scribbleDataUrl>[0]) => {
    const p = w.commitment.participants.find((x) => x.id === participantId);
    if (!p) throw new Error(`sample has no participant ${participantId}`);
    signSla(w, { participantId, typedName: p.name, title: p.role, image: scribbleDataUrl(scribble), consent: clauseStrings(w.language).consentLine }, new Date(signedAt));
  };
  sign('p-maya', '2026-12-03T11:05:00.000Z', { loops: 9, phase: 0.4, slant: 0.35 });
  sign('p-diego', '2026-12-03T11:07:30.000Z', { loops: 7, phase: 2.1, slant: 0.2 });
  w.updatedAt = '2026-12-03T11:07:30.000Z';
  return Promise.resolve(workshopSchema.parse(w));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = fileURLToPath(new URL('../../test/fixtures/workshop-sample.json', import.meta.url));
  writeFileSync(out, `${JSON.stringify(await signedSampleWorkshop(), null, 2)}\n`);
  console.log(`wrote ${out}`);
}
