import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createSealKey, cryptoKeySealer, type Sealer } from '../../shared/seal';
import { recordSealed } from '../../shared/seal/trail';
import { freezeSla, signSla } from '../../shared/sla/versions';
import { clauseStrings } from '../../shared/sla/clauseStrings';
import { sampleWorkshop } from '../../shared/workshop/sample';
import { workshopSchema, type Workshop } from '../../shared/workshop/schema';
import { scribbleDataUrl } from './scribblePng';

/**
 * Regenerates test/fixtures/workshop-sample.json: the built-in sample at a fixed date, with
 * the calculator used, the weekly delivery rhythm, frozen as version 1 and signed by Maya Chen
 * (marketing) and Diego Alvarez (sales) through the same functions the step screen calls, its
 * audit trail sealed by `sealer` (by default a fresh key named "fixture", thrown away after).
 * Run: npx tsx electron/cli/makeFixture.ts
 */
export async function signedSampleWorkshop(sealer?: Sealer): Promise<Workshop> {
  let key: Sealer;
  if (sealer) key = sealer;
  else {
    const made = await createSealKey({ installId: 'fixture' });
    key = cryptoKeySealer(made.privateKey, [made.certificateDer]);
  }
  const w = sampleWorkshop(new Date('2026-12-03T09:00:00.000Z'));
  w.completedSteps = ['commitment', 'goals'];
  // The sample itself now uses the calculator (155 a month, 36 every Monday) and carries the
  // Monday delivery with sales' linked Wednesday qualification and MQL→SQL rate.
  w.sla.calculator!.usedAt = '2026-12-03T10:55:00.000Z';
  const frozenAt = new Date('2026-12-03T11:00:00.000Z');
  await recordSealed(w, key, frozenAt, (d) => void freezeSla(d, frozenAt));
  const sign = async (participantId: string, signedAt: string, scribble: Parameters<typeof scribbleDataUrl>[0]) => {
    const p = w.commitment.participants.find((x) => x.id === participantId);
    if (!p) throw new Error(`sample has no participant ${participantId}`);
    const at = new Date(signedAt);
    await recordSealed(w, key, at, (d) =>
      signSla(
        d,
        {
          participantId,
          typedName: p.name,
          title: p.role,
          image: scribbleDataUrl(scribble),
          consent: clauseStrings(d.language).consentLine,
        },
        at,
      ),
    );
  };
  await sign('p-maya', '2026-12-03T11:05:00.000Z', { loops: 9, phase: 0.4, slant: 0.35 });
  await sign('p-diego', '2026-12-03T11:07:30.000Z', { loops: 7, phase: 2.1, slant: 0.2 });
  w.updatedAt = '2026-12-03T11:07:30.000Z';
  return workshopSchema.parse(w);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = fileURLToPath(new URL('../../test/fixtures/workshop-sample.json', import.meta.url));
  writeFileSync(out, `${JSON.stringify(await signedSampleWorkshop(), null, 2)}\n`);
  console.log(`wrote ${out}`);
}
