import { describe, expect, it } from 'vitest';
import { newWorkshop } from '../workshop/factory';
import { sampleWorkshop } from '../workshop/sample';
import { stepGaps, stepStatus } from '../workshop/gaps';
import { cadenceVsSla } from './slaConsistency';
import { cadenceSentence, cadenceSummary, standardCadence } from './cadence';

describe('step 6 checks', () => {
  it('the sample hand-off can be marked done and keeps its SLA', () => {
    const w = sampleWorkshop();
    expect(stepGaps(w, 'handOff')).toEqual([]);
    expect(cadenceVsSla(w)).toEqual([]);
  });

  it('a new workshop names every missing part, each with the field to focus', () => {
    const gaps = stepGaps(newWorkshop(), 'handOff');
    expect(gaps.map((g) => g.field)).toEqual([
      'handoff-acceptance',
      'handoff-rejection-new',
      'handoff-cadence',
      'handoff-recycle-new',
      'handoff-reentry',
    ]);
    expect(gaps.map((g) => g.code)).toEqual(['acceptance', 'rejection', 'cadence', 'recycle', 'reentry']);
  });

  it('blank reasons do not count, and a named queue needs its name', () => {
    const w = sampleWorkshop();
    w.handOff.rejectionReasons = ['  '];
    w.handOff.routing = 'namedQueue';
    w.handOff.routingDetail = '';
    expect(stepGaps(w, 'handOff').map((g) => g.code)).toEqual(['routingQueue', 'rejection']);
  });

  it('is in progress as soon as anything differs from the default', () => {
    const w = newWorkshop();
    expect(stepStatus(w, 'handOff')).toBe('notStarted');
    w.handOff.travelsWith = ['scoreBreakdown', 'activityHistory'];
    expect(stepStatus(w, 'handOff')).toBe('notStarted');
    w.handOff.travelsWith.push('personaMatch');
    expect(stepStatus(w, 'handOff')).toBe('inProgress');
    const v = newWorkshop();
    v.handOff.acceptanceWindowHours = 8;
    expect(stepStatus(v, 'handOff')).toBe('inProgress');
  });

  it('warns when the cadence cannot keep the SLA’s follow-up promises', () => {
    const w = sampleWorkshop();
    w.handOff.followUp = standardCadence()
      .slice(0, 4)
      .map((x) => ({ ...x, day: x.day + 2 }));
    expect(cadenceVsSla(w)).toEqual([
      { code: 'slaAttemptsWithin', values: { n: 6, days: 10, cadence: cadenceSentence(cadenceSummary(w.handOff.followUp)) } },
      { code: 'slaFirstTouch', values: { hours: 24, day: 3 } },
    ]);
  });
});
