import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { leadProcessStepSchema, STAGE_KINDS, STAGE_OWNERS, TRANSITION_KINDS, type LeadProcessStep } from '../workshop/steps/leadProcess';
import { fromDiagram, toDiagram, transitionLabel } from './flow';
import { defaultTemplate } from './templates';
import { validateLeadProcess } from './validate';

const counter = () => {
  let i = 0;
  return () => `id-${++i}`;
};

/** Valid diagrams of any shape: transitions only between existing stages. */
const arbStep: fc.Arbitrary<LeadProcessStep> = fc
  .uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 12 })
  .chain((ids) =>
    fc.record({
      stages: fc.tuple(
        ...ids.map((id) =>
          fc.record({
            id: fc.constant(id),
            name: fc.string({ maxLength: 20 }),
            kind: fc.constantFrom(...STAGE_KINDS),
            owner: fc.option(fc.constantFrom(...STAGE_OWNERS), { nil: null }),
            entryCriteria: fc.string({ maxLength: 30 }),
            conversionToNext: fc.option(fc.double({ min: -50, max: 200, noNaN: true }), { nil: null }),
            daysInStage: fc.option(fc.integer({ min: 0, max: 365 }), { nil: null }),
            position: fc.record({ x: fc.integer({ min: -5000, max: 5000 }), y: fc.integer({ min: -5000, max: 5000 }) }),
          }),
        ),
      ),
      transitions: fc.uniqueArray(
        fc.record({
          id: fc.uuid(),
          from: fc.constantFrom(...ids),
          to: fc.constantFrom(...ids),
          kind: fc.constantFrom(...TRANSITION_KINDS),
          label: fc.string({ maxLength: 20 }),
        }),
        { selector: (t) => t.id, maxLength: 20 },
      ),
    }),
  );

describe('diagram ↔ domain', () => {
  it('round-trips any valid diagram', () => {
    fc.assert(
      fc.property(arbStep, (step) => {
        const { nodes, edges } = toDiagram(step, { issues: validateLeadProcess(step) });
        expect(fromDiagram(nodes, edges)).toEqual(step);
      }),
    );
  });

  it('takes moved positions and rewired ends back into the domain', () => {
    const step = defaultTemplate(counter());
    const { nodes, edges } = toDiagram(step);
    const moved = nodes.map((n, i) => (i === 2 ? { ...n, position: { x: 999, y: 111 } } : n));
    const rewired = edges.map((e, i) => (i === 0 ? { ...e, target: step.stages[3]!.id } : e));
    const back = fromDiagram(moved, rewired);
    expect(back.stages[2]!.position).toEqual({ x: 999, y: 111 });
    expect(back.transitions[0]!.to).toBe(step.stages[3]!.id);
    expect(leadProcessStepSchema.safeParse(back).success).toBe(true);
  });

  it('marks the selected element, flags stages with issues and leaves dangling transitions out', () => {
    const step = defaultTemplate(counter());
    const sal = step.stages[3]!;
    const broken: LeadProcessStep = {
      stages: step.stages.map((s) => (s.id === sal.id ? { ...s, owner: null } : s)),
      transitions: [...step.transitions, { id: 'ghost', from: sal.id, to: 'gone', kind: 'forward', label: '' }],
    };
    const { nodes, edges } = toDiagram(broken, { selected: { kind: 'stage', id: sal.id }, issues: validateLeadProcess(broken) });
    expect(nodes.filter((n) => n.selected).map((n) => n.id)).toEqual([sal.id]);
    expect(nodes.find((n) => n.id === sal.id)!.data.issues).toEqual([expect.objectContaining({ code: 'lp.noOwner' })]);
    expect(nodes.filter((n) => n.data.issues.length > 0)).toHaveLength(1);
    expect(edges.map((e) => e.id)).not.toContain('ghost');
    expect(edges).toHaveLength(step.transitions.length);
  });

  it('puts forward, recycle and feedback transitions on different handles', () => {
    const { edges } = toDiagram(defaultTemplate(counter()));
    const handles = (kind: string) =>
      new Set(edges.filter((e) => e.data.transition.kind === kind).map((e) => `${e.sourceHandle}>${e.targetHandle}`));
    expect([...handles('forward')]).toEqual(['out>in']);
    expect([...handles('recycle')]).toEqual(['loopOut>loopIn']);
    expect([...handles('feedback')]).toEqual(['feedbackOut>feedbackIn']);
  });

  it("labels forward edges with the source stage's rate, loops with their label", () => {
    const step = defaultTemplate(counter());
    const { edges } = toDiagram(step);
    const byName = (from: string, to: string) => {
      const f = step.stages.find((s) => s.name === from)!.id;
      const t = step.stages.find((s) => s.name === to)!.id;
      return edges.find((e) => e.source === f && e.target === t)!.data.label;
    };
    expect(byName('MQL', 'SAL')).toBe('70 %');
    expect(byName('Opportunity', 'Won')).toBe('25 %');
    expect(byName('Opportunity', 'Lost')).toBe('');
    expect(byName('SAL', 'Nurture')).toBe('Recycle: not ready to buy');
    expect(byName('SQL', 'MQL')).toBe('Lead-quality feedback');
    const t = step.transitions[0]!;
    expect(transitionLabel(t, { ...step.stages[0]!, conversionToNext: null }, step.stages[1])).toBe('? %');
    expect(transitionLabel({ ...t, kind: 'recycle' }, step.stages[0], step.stages[1])).toBe('Recycle');
  });
});
