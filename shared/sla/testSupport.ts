import { sampleWorkshop } from '../workshop/sample';
import type { Workshop } from '../workshop/schema';
import { clauseStrings } from './clauseStrings';
import { freezeSla, signSla } from './versions';

/** A tiny valid PNG data URL, standing in for a drawn signature in tests. */
export const TEST_PNG = 'data:image/png;base64,iVBORw0KGgo=';

/** For tests: the sample frozen as version 1 and signed by the given participants, a minute apart. */
export function signedSample(signers: string[] = ['p-maya', 'p-diego'], at = new Date('2026-12-03T11:00:00Z')): Workshop {
  const w = sampleWorkshop(new Date('2026-12-03T09:00:00Z'));
  freezeSla(w, at);
  signers.forEach((participantId, i) => {
    const p = w.commitment.participants.find((x) => x.id === participantId)!;
    signSla(
      w,
      { participantId, typedName: p.name, title: p.role, image: TEST_PNG, consent: clauseStrings(w.language).consentLine },
      new Date(at.getTime() + (i + 1) * 60_000),
    );
  });
  return w;
}
