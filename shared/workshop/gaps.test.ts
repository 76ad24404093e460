import { describe, expect, it } from 'vitest';
import { stepGaps, stepStatus } from './gaps';
import { newParticipant, newWorkshop } from './factory';
import { sampleWorkshop } from './sample';

describe('what a step still needs', () => {
  it('lets the sample mark steps 1 and 2 done', () => {
    const w = sampleWorkshop();
    expect(stepGaps(w, 'commitment')).toEqual([]);
    expect(stepGaps(w, 'goals')).toEqual([]);
  });

  it('step 1 asks for both teams, names, a sponsor and everyone’s agreement', () => {
    const w = newWorkshop();
    w.commitment.place = 'Lisbon';
    w.commitment.participants = [newParticipant({ name: 'Maya', team: 'marketing' }), newParticipant({ name: '', team: 'marketing' })];
    const gaps = stepGaps(w, 'commitment');
    expect(gaps.map((g) => g.code)).toEqual(expect.arrayContaining(['participantsSales', 'participantName', 'sponsor']));
    expect(gaps.find((g) => g.code === 'participantName')?.values).toEqual({ n: 2 });
    // People's names travel as typed; an unnamed one is a meaning the reader's language words.
    expect(gaps.find((g) => g.code === 'agreement')?.values).toEqual({ count: 2, names: ['Maya', { code: 'unnamedParticipant' }] });
  });

  it('step 2 names each missing goal field and each team that has not agreed', () => {
    const w = sampleWorkshop();
    w.goals.goals[0]!.target = null;
    w.goals.goals[1]!.deadline = '';
    w.goals.agreement.sales = null;
    const gaps = stepGaps(w, 'goals');
    // Marketing agreed to the goals as they were before these edits: it is asked again too.
    expect(gaps.map((g) => g.field)).toEqual([
      'goal-g-revenue-target',
      'goal-g-customers-deadline',
      'agreement-marketing',
      'agreement-sales',
    ]);
  });

  it('the SLA needs a signer from each side and every signature', () => {
    const w = sampleWorkshop();
    w.sla.signerIds = ['p-maya'];
    const codes = stepGaps(w, 'sla').map((g) => g.code);
    expect(codes).toContain('signersSales');
    expect(codes).toContain('freezeFirst');
  });

  it('derives status: not started, in progress, done', () => {
    const w = newWorkshop();
    expect(stepStatus(w, 'goals')).toBe('notStarted');
    w.goals.goals.push({
      id: 'g',
      kind: 'revenue',
      title: 'Revenue',
      metric: '',
      unit: 'currency',
      baseline: null,
      target: null,
      deadline: '',
      owner: 'shared',
    });
    expect(stepStatus(w, 'goals')).toBe('inProgress');
    w.completedSteps.push('goals');
    expect(stepStatus(w, 'goals')).toBe('done');
  });
});
