import { describe, expect, it } from 'vitest';
import { defaultTemplate, shortTemplate, blankTemplate } from './templates';
import { rateMapping, guessStageRole } from './roles';
import { diagramRates } from '../funnel/defaults';
import type { LeadProcessStep, Stage } from '../workshop/steps/leadProcess';

const ids = () => {
  let n = 0;
  return () => `id-${++n}`;
};
const byName = (lp: LeadProcessStep, name: string) => lp.stages.find((s) => s.name === name)!;

describe('calculator rates read by stage role', () => {
  it('default template: each stage fills its own rate', () => {
    const lp = defaultTemplate(ids());
    expect(lp.stages.map((s) => s.role)).toEqual([null, null, 'mql', 'sal', 'sql', 'opportunity', null, null]);
    expect(diagramRates(lp)).toEqual({ mqlToSal: 0.7, salToSql: 0.5, sqlToOpportunity: 0.6, winRate: 0.25 });
    expect(rateMapping(lp).issues).toEqual([]);
  });

  it('short template (MQL → SQL → Won): the SQL rate is the win rate, never SQL → opportunity', () => {
    const lp = shortTemplate(ids());
    const m = rateMapping(lp);
    expect(diagramRates(lp)).toEqual({ mqlToSal: 1, salToSql: 0.4, sqlToOpportunity: 1, winRate: 0.2 });
    expect(m.rates.sqlToOpportunity).toEqual({ value: 1, stageId: byName(lp, 'SQL').id, notApplicable: true });
    expect(m.rates.winRate).toEqual({ value: 0.2, stageId: byName(lp, 'SQL').id, notApplicable: false });
    expect(m.issues).toEqual([]);
  });

  it('blank template: no rate comes from the diagram', () => {
    expect(diagramRates(blankTemplate(ids()))).toEqual({ mqlToSal: null, salToSql: null, sqlToOpportunity: null, winRate: null });
  });

  it('a custom diagram named in another language is read by its roles, not its names', () => {
    const lp = shortTemplate(ids());
    const renamed = {
      ...lp,
      stages: lp.stages.map((s): Stage => ({
        ...s,
        name: s.role === 'mql' ? 'Lead qualificado' : s.role === 'sql' ? 'Oportunidade aceita' : s.name,
      })),
    };
    expect(diagramRates(renamed)).toEqual({ mqlToSal: 1, salToSql: 0.4, sqlToOpportunity: 1, winRate: 0.2 });
  });

  it('refuses a rate two stages would fill, naming both', () => {
    // Short template plus an Opportunity stage the room drew beside it: SQL → Won already is the win rate.
    const lp = shortTemplate(ids());
    const sql = byName(lp, 'SQL');
    const won = byName(lp, 'Won');
    const opp: Stage = { ...sql, id: 'opp', name: 'Opportunity', role: 'opportunity', conversionToNext: 30 };
    const drawn: LeadProcessStep = {
      stages: [...lp.stages, opp],
      transitions: [
        ...lp.transitions,
        { id: 't1', from: sql.id, to: 'opp', kind: 'forward', label: '' },
        { id: 't2', from: 'opp', to: won.id, kind: 'forward', label: '' },
      ],
    };
    // The longest path now runs through Opportunity, so SQL → Opportunity and Opportunity → Won are both real.
    expect(rateMapping(drawn).issues).toEqual([]);
    expect(diagramRates(drawn)).toEqual({ mqlToSal: 1, salToSql: 0.4, sqlToOpportunity: 0.2, winRate: 0.3 });
    // Two MQL stages side by side, both leading to SQL: the second would fill MQL → SQL again.
    const mql = byName(lp, 'MQL');
    const twin: Stage = { ...mql, id: 'mql-2', name: 'MQL (events)', conversionToNext: 55 };
    const twins: LeadProcessStep = {
      stages: [...lp.stages, twin],
      transitions: [
        ...lp.transitions,
        { id: 't3', from: byName(lp, 'Captured').id, to: 'mql-2', kind: 'forward', label: '' },
        { id: 't4', from: 'mql-2', to: sql.id, kind: 'forward', label: '' },
      ],
    };
    const m = rateMapping(twins);
    expect(m.issues).toEqual([{ code: 'rateUsedTwice', field: 'mqlToSal', stageIds: [mql.id, 'mql-2'] }]);
    expect(m.rates.salToSql).toMatchObject({ value: 0.4, stageId: mql.id });
    // A stage that leads back up the funnel (SQL → MQL as a forward edge) is not a rate.
    const back = { ...lp, stages: lp.stages.map((s): Stage => (s.id === sql.id ? { ...s, role: 'mql' } : s)) };
    expect(rateMapping(back).issues).toContainEqual({ code: 'roleOrder', stageId: mql.id, nextId: sql.id });
  });

  it('says when a stage with a role leads to a stage without one', () => {
    const lp = defaultTemplate(ids());
    const noSal = { ...lp, stages: lp.stages.map((s): Stage => (s.name === 'SAL' ? { ...s, role: null } : s)) };
    expect(rateMapping(noSal).issues).toEqual([{ code: 'nextHasNoRole', stageId: byName(lp, 'MQL').id, nextId: byName(lp, 'SAL').id }]);
    expect(diagramRates(noSal)).toEqual({ mqlToSal: null, salToSql: null, sqlToOpportunity: 0.6, winRate: 0.25 });
  });

  it.each([
    ['MQL', 'mql'],
    ['Marketing-qualified', 'mql'],
    ['SAL', 'sal'],
    ['Sales accepted', 'sal'],
    ['SQLs', 'sql'],
    ['Opportunity', 'opportunity'],
    ['Deal', 'opportunity'],
    ['Nurture', null],
  ] as const)('guesses %s → %s for diagrams drawn before roles', (name, role) => {
    expect(guessStageRole(name)).toBe(role);
  });
});
