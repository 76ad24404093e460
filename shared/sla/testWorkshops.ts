import { sampleWorkshop } from '../workshop/sample';
import { clauseStrings } from './clauseStrings';
import { TEST_PNG } from './testSupport';
import { freezeSla, signSla } from './versions';
import type { Workshop } from '../workshop/schema';
import type { Metric } from '../workshop/steps/metrics';
import type { SlaCommitment } from '../workshop/steps/sla';

/** For tests: workshops whose step-7 numbers are set exactly, whatever the sample's are. */

/** A commitment row with every field a v5 row has, the ones a test does not care about empty. */
export const commitment = (
  c: Pick<SlaCommitment, 'id' | 'party' | 'kind' | 'target' | 'period'> & Partial<SlaCommitment>,
): SlaCommitment => ({
  withinDays: null,
  note: '',
  rhythm: null,
  level: null,
  atRisk: 90,
  byDay: null,
  action: null,
  linkedTo: null,
  ...c,
});

export const metric = (m: Pick<Metric, 'id' | 'kind' | 'target' | 'commitmentId'> & Partial<Metric>): Metric => ({
  name: m.id,
  stageId: null,
  owner: 'shared',
  unit: '',
  period: null,
  dataSource: 'CRM',
  frequency: 'monthly',
  ...m,
});

/**
 * The sample with volumes that disagree: 158 MQLs a month (from the calculator) and 50 every Monday,
 * its MQL-volume metric at 180 a month; every other commitment measured as it says.
 */
export function issueSample(): Workshop {
  const w = sampleWorkshop(new Date('2026-12-03T09:00:00Z'));
  w.sla.commitments = [
    commitment({ id: 'c-volume', party: 'marketing', kind: 'mqlVolume', target: 158, period: 'month' }),
    commitment({ id: 'c-quality', party: 'marketing', kind: 'leadQuality', target: 70, period: 'month', atRisk: 90 }),
    commitment({ id: 'c-weekly', party: 'marketing', kind: 'mqlVolume', target: 50, period: 'week', rhythm: { day: 'monday' } }),
  ];
  w.metrics.metrics = [
    metric({ id: 'm-volume', name: 'MQL volume', kind: 'stageVolume', target: 180, period: 'month', commitmentId: 'c-volume' }),
    metric({ id: 'm-acceptance', name: 'Acceptance rate', kind: 'acceptanceRate', target: 70, commitmentId: 'c-quality' }),
  ];
  w.sla.calculator = null;
  return w;
}

/** That sample with its numbers made to agree (37 a week ≈ 158 a month), frozen and signed as version 1. */
export function signedConsistent(signers: readonly string[] = ['p-maya', 'p-diego']): Workshop {
  const w = issueSample();
  w.sla.commitments[2]!.target = 37;
  w.metrics.metrics[0]!.target = 158;
  const at = new Date('2026-12-03T11:00:00Z');
  freezeSla(w, at);
  for (const [i, id] of signers.entries()) {
    const p = w.commitment.participants.find((x) => x.id === id)!;
    signSla(
      w,
      { participantId: id, typedName: p.name, title: p.role, image: TEST_PNG, consent: clauseStrings(w.language).consentLine },
      new Date(at.getTime() + (i + 1) * 60_000),
    );
  }
  return w;
}
