import { describe, expect, it } from 'vitest';
import type { LeadProcessStep } from '../workshop/steps/leadProcess';
import { leadProcessGaps, leadProcessStarted } from '../workshop/stepChecks/leadProcess';
import { newWorkshop } from '../workshop/factory';
import { addStage, connect, newStage, patchStage, removeTransition } from './edit';
import { defaultTemplate } from './templates';
import { issueDomId, issueMessage, validateLeadProcess, type IssueRule } from './validate';

const counter = () => {
  let i = 0;
  return () => `id-${++i}`;
};
const base = () => defaultTemplate(counter());
const find = (step: LeadProcessStep, name: string) => step.stages.find((s) => s.name === name)!;
const rules = (step: LeadProcessStep) => validateLeadProcess(step).map((i) => i.rule);

/** Each rule: a change that makes it fire on the template, and the fix that clears it. */
const cases: {
  rule: IssueRule;
  breakIt(s: LeadProcessStep): LeadProcessStep;
  fix(s: LeadProcessStep): LeadProcessStep;
  target: 'stage' | 'transition' | null;
}[] = [
  {
    rule: 'noOwner',
    breakIt: (s) => patchStage(s, find(s, 'SAL').id, { owner: null }),
    fix: (s) => patchStage(s, find(s, 'SAL').id, { owner: 'sdr' }),
    target: 'stage',
  },
  {
    rule: 'rateOutOfRange',
    breakIt: (s) => patchStage(s, find(s, 'MQL').id, { conversionToNext: 150 }),
    fix: (s) => patchStage(s, find(s, 'MQL').id, { conversionToNext: 40 }),
    target: 'stage',
  },
  {
    rule: 'rateOutOfRange',
    breakIt: (s) => patchStage(s, find(s, 'MQL').id, { conversionToNext: 0 }),
    fix: (s) => patchStage(s, find(s, 'MQL').id, { conversionToNext: 100 }),
    target: 'stage',
  },
  {
    rule: 'rateMissing',
    breakIt: (s) => patchStage(s, find(s, 'SQL').id, { conversionToNext: null }),
    fix: (s) => patchStage(s, find(s, 'SQL').id, { conversionToNext: 60 }),
    target: 'stage',
  },
  {
    rule: 'noName',
    breakIt: (s) => patchStage(s, find(s, 'SQL').id, { name: '  ' }),
    fix: (s) => patchStage(s, s.stages[4]!.id, { name: 'SQL' }),
    target: 'stage',
  },
  {
    rule: 'unreachable',
    breakIt: (s) => addStage(s, newStage('island', { x: 0, y: 600 }, { owner: 'sales' })),
    fix: (s) => connect(s, find(s, 'Captured').id, 'island', 'forward', 'again'),
    target: 'stage',
  },
  {
    rule: 'noCapture',
    breakIt: (s) => patchStage(s, find(s, 'Captured').id, { kind: 'stage' }),
    fix: (s) => patchStage(s, find(s, 'Captured').id, { kind: 'capture' }),
    target: null,
  },
  {
    rule: 'danglingTransition',
    breakIt: (s) => ({
      ...s,
      transitions: [...s.transitions, { id: 'ghost', from: find(s, 'SQL').id, to: 'gone', kind: 'forward', label: '' }],
    }),
    fix: (s) => removeTransition(s, 'ghost')!.step,
    target: 'transition',
  },
];

describe('validateLeadProcess', () => {
  it('finds nothing wrong with the default template, and nothing at all in an empty diagram', () => {
    expect(validateLeadProcess(base())).toEqual([]);
    expect(validateLeadProcess({ stages: [], transitions: [] })).toEqual([]);
  });

  it.each(cases.map((c, i) => [`${c.rule} #${i}`, c] as const))('%s fires and clears', (_name, c) => {
    const broken = c.breakIt(base());
    const issues = validateLeadProcess(broken).filter((i) => i.rule === c.rule);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.target?.kind ?? null).toBe(c.target);
    expect(issueMessage(issues[0]!).code).toBe(`lp.${c.rule}`);
    expect(rules(c.fix(broken))).not.toContain(c.rule);
  });

  it('names the stage and the value in a rate message', () => {
    const step = patchStage(base(), find(base(), 'MQL').id, { conversionToNext: 150 });
    expect(issueMessage(validateLeadProcess(step)[0]!)).toEqual({
      code: 'lp.rateOutOfRange',
      values: { stage: { code: 'stageName', values: { name: 'MQL' } }, rate: 150 },
    });
  });

  it('flags a missing terminal stage when every stage leads on', () => {
    const step: LeadProcessStep = {
      stages: [
        {
          id: 'a',
          name: 'A',
          kind: 'capture',
          owner: 'marketing',
          entryCriteria: '',
          conversionToNext: 50,
          daysInStage: 1,
          position: { x: 0, y: 0 },
        },
        {
          id: 'b',
          name: 'B',
          kind: 'stage',
          owner: 'sales',
          entryCriteria: '',
          conversionToNext: 50,
          daysInStage: 1,
          position: { x: 200, y: 0 },
        },
      ],
      transitions: [
        { id: 't1', from: 'a', to: 'b', kind: 'forward', label: '' },
        { id: 't2', from: 'b', to: 'a', kind: 'forward', label: '' },
      ],
    };
    expect(rules(step)).toEqual(['noTerminal']);
    expect(rules({ ...step, stages: step.stages.map((s) => (s.id === 'b' ? { ...s, kind: 'won' as const } : s)) })).toEqual([]);
  });

  it('does not ask for a rate on stages that only lead to Lost, nor on Won / Lost', () => {
    let step = base();
    step = patchStage(step, find(step, 'Won').id, { conversionToNext: null });
    expect(rules(step)).toEqual([]);
  });

  it('keeps issue keys stable and usable as DOM ids', () => {
    const broken = patchStage(base(), find(base(), 'SAL').id, { owner: null });
    const [a] = validateLeadProcess(broken);
    const [b] = validateLeadProcess(patchStage(broken, find(broken, 'MQL').id, { name: 'MQL!' }));
    expect(a!.key).toBe(b!.key);
    expect(issueDomId(a!)).toMatch(/^leadProcess-issue-noOwner-/);
  });
});

describe('lead-process step checks', () => {
  it('asks for a capture stage while empty, then lists the validation issues with their panel ids', () => {
    const w = newWorkshop();
    expect(leadProcessStarted(w)).toBe(false);
    expect(leadProcessGaps(w)).toEqual([{ field: 'leadProcess-start', code: 'lpEmpty' }]);
    const step = patchStage(base(), find(base(), 'SAL').id, { owner: null });
    const withStages = { ...w, leadProcess: step };
    expect(leadProcessStarted(withStages)).toBe(true);
    const gaps = leadProcessGaps(withStages);
    expect(gaps).toHaveLength(1);
    expect(gaps[0]!.field).toBe(issueDomId(validateLeadProcess(step)[0]!));
    expect(leadProcessGaps({ ...w, leadProcess: base() })).toEqual([]);
  });
});
