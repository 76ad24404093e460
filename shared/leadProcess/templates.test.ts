import { describe, expect, it } from 'vitest';
import { leadProcessStepSchema } from '../workshop/steps/leadProcess';
import { sampleLeadProcess } from '../workshop/samples/leadProcess';
import { forwardPath } from './graph';
import { blankTemplate, defaultTemplate, leadProcessTemplate, shortTemplate, TEMPLATE_IDS } from './templates';
import { validateLeadProcess } from './validate';

const counter = () => {
  let i = 0;
  return () => `id-${++i}`;
};

describe('lead-process templates', () => {
  it('default template holds the stages from Captured to Won in order, with Lost, a recycle and a feedback edge', () => {
    const step = defaultTemplate(counter());
    expect(forwardPath(step).map((s) => s.name)).toEqual(['Captured', 'Nurture', 'MQL', 'SAL', 'SQL', 'Opportunity', 'Won']);
    expect(step.stages.map((s) => s.name)).toContain('Lost');
    const name = (id: string) => step.stages.find((s) => s.id === id)!.name;
    const loops = step.transitions.filter((t) => t.kind !== 'forward').map((t) => [t.kind, name(t.from), name(t.to), t.label]);
    expect(loops).toEqual([
      ['recycle', 'SAL', 'Nurture', 'Recycle: not ready to buy'],
      ['feedback', 'SQL', 'MQL', 'Lead-quality feedback'],
    ]);
  });

  it('short template is Captured → MQL → SQL → Won / Lost', () => {
    const step = shortTemplate(counter());
    expect(forwardPath(step).map((s) => s.name)).toEqual(['Captured', 'MQL', 'SQL', 'Won']);
    expect(step.stages.find((s) => s.kind === 'lost')?.name).toBe('Lost');
  });

  it.each(TEMPLATE_IDS)('%s template is valid, owned, laid out without overlaps and passes validation', (id) => {
    const step = leadProcessTemplate(id, counter());
    expect(leadProcessStepSchema.safeParse(step).success).toBe(true);
    expect(validateLeadProcess(step)).toEqual([]);
    for (const s of step.stages) {
      expect(s.owner).not.toBeNull();
      if (s.kind === 'stage' || s.kind === 'capture') {
        if (id !== 'blank') {
          expect(s.conversionToNext).toBeGreaterThan(0);
          expect(s.conversionToNext).toBeLessThanOrEqual(100);
          expect(s.daysInStage).toBeGreaterThan(0);
        }
      }
    }
    const spots = new Set(step.stages.map((s) => `${s.position.x},${s.position.y}`));
    expect(spots.size).toBe(step.stages.length);
  });

  it('uses fresh ids each time, so two diagrams never share one', () => {
    const a = defaultTemplate();
    const b = defaultTemplate();
    const ids = [...a.stages, ...a.transitions].map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain(b.stages[0]!.id);
  });

  it('blank starts with one capture stage and no transitions', () => {
    const step = blankTemplate(counter());
    expect(step.stages).toHaveLength(1);
    expect(step.stages[0]!.kind).toBe('capture');
    expect(step.transitions).toEqual([]);
  });

  it("Northwind's sample diagram is valid and has no validation issues", () => {
    const step = sampleLeadProcess();
    expect(leadProcessStepSchema.safeParse(step).success).toBe(true);
    expect(validateLeadProcess(step)).toEqual([]);
    expect(forwardPath(step).map((s) => s.name)).toEqual(['Captured', 'Nurture', 'MQL', 'SAL', 'SQL', 'Opportunity', 'Won']);
  });
});
