import { describe, expect, it } from 'vitest';
import { migrateDefinitionV5 } from './definition';
import { qualifiedLeadStepSchema } from '../steps/qualifiedLead';
import { leadProcessStepSchema } from '../steps/leadProcess';
import { metricSchema } from '../steps/metrics';
import { scoreLead } from '../../scoring/score';
import { emptyLead, type SampleLead } from '../../scoring/lead';
import { diagramRates } from '../../funnel/defaults';
import { shortTemplate } from '../../leadProcess/templates';

/** Step 5 as schemaVersion 4 wrote it. */
const v4Model = () => ({
  fit: [
    { id: 'f-title', field: 'title', operator: 'contains', value: 'Director', points: 15 },
    { id: 'f-edu', field: 'emailDomain', operator: 'contains', value: '.edu', points: 1 },
    { id: 'f-min', field: 'companySize', operator: 'gte', value: '200', points: 5 },
    { id: 'f-max', field: 'companySize', operator: 'lte', value: '5000', points: 5 },
  ],
  engagement: [{ id: 'e-demo', behaviour: 'Requested a demo', points: 30, capPerPeriod: 30 }],
  negative: [
    { id: 'n-student', kind: 'student', field: 'title', operator: 'contains', value: 'student', points: 50, veto: true },
    { id: 'n-intern', kind: 'custom', field: 'title', operator: 'contains', value: 'intern', points: 15, veto: false },
  ],
  decayPointsPerWeek: 5,
  mqlThreshold: 60,
  minimumFit: 25,
  sqlCriteria: [],
  started: true,
});

const migrated = () =>
  qualifiedLeadStepSchema.parse((migrateDefinitionV5({ qualifiedLead: v4Model() }) as { qualifiedLead: unknown }).qualifiedLead);
const lead = (p: Partial<SampleLead>): SampleLead => ({ ...emptyLead(), ...p });

describe('v4 → v5: the scoring model', () => {
  it('keeps the scores where the old meaning was unambiguous', () => {
    const q = migrated();
    // Inside the band both rows counted: the range is worth both.
    expect(q.fit.find((c) => c.id === 'f-min')).toMatchObject({ operator: 'between', value: '200', valueMax: '5000', points: 10 });
    expect(q.fit.some((c) => c.id === 'f-max')).toBe(false);
    // The old weekly decay is kept as that exact rule, with a cap per month as the help text said.
    expect(q.decay).toEqual({ kind: 'weeklySinceLast', pointsPerWeek: 5 });
    expect(q.engagement[0]).toMatchObject({ capPeriod: 'month' });
    expect(q.minimumEngagement).toBeNull();
    // A Director of 1,000 employees who asked for a demo 20 days ago: 15 + 10 + (30 − 2 × 5) = 45, as before.
    expect(
      scoreLead(q, lead({ title: 'Sales Director', companySize: 1000, activities: [{ behaviour: 'e-demo', times: 1, daysAgo: 20 }] }))
        .total,
    ).toBe(45);
    // Substring rows that are not words stay substrings.
    expect(q.fit.find((c) => c.id === 'f-edu')?.operator).toBe('contains');
  });

  it('changes what was ambiguous, and lists each change for the one-time note on step 5', () => {
    const q = migrated();
    expect(scoreLead(q, lead({ title: 'Head of International Sales' })).negative).toBe(0);
    expect(scoreLead(q, lead({ title: 'Director of Student Success' })).vetoed).toBe(false);
    expect(scoreLead(q, lead({ title: 'PhD student' })).vetoed).toBe(true);
    expect(scoreLead(q, lead({ companySize: 100 })).fit).toBe(0); // was 5: half the band
    expect(q.migrationNotes).toEqual([
      { code: 'containsToWord', field: 'title', value: 'Director', valueMax: null },
      { code: 'bandToRange', field: 'companySize', value: '200', valueMax: '5000' },
      { code: 'studentPreset', field: 'title', value: 'student', valueMax: null },
      { code: 'containsToWord', field: 'title', value: 'intern', valueMax: null },
      { code: 'capPeriodMonth', field: null, value: 'Requested a demo', valueMax: null },
      { code: 'decayKept', field: null, value: '5', valueMax: null },
    ]);
  });

  it('leaves a band it cannot read as one range alone', () => {
    const m = v4Model();
    m.fit.push({ id: 'f-min2', field: 'companySize', operator: 'gte', value: '1000', points: 5 });
    const q = qualifiedLeadStepSchema.parse((migrateDefinitionV5({ qualifiedLead: m }) as { qualifiedLead: unknown }).qualifiedLead);
    expect(q.fit.filter((c) => c.field === 'companySize').map((c) => c.operator)).toEqual(['gte', 'lte', 'gte']);
    expect(q.decay).toEqual({ kind: 'weeklySinceLast', pointsPerWeek: 5 });
  });

  it('a model without decay gets none, and no note', () => {
    const q = qualifiedLeadStepSchema.parse(
      (
        migrateDefinitionV5({ qualifiedLead: { ...v4Model(), decayPointsPerWeek: 0, engagement: [], fit: [], negative: [] } }) as {
          qualifiedLead: unknown;
        }
      ).qualifiedLead,
    );
    expect(q.decay).toEqual({ kind: 'none' });
    expect(q.migrationNotes).toEqual([]);
  });
});

describe('v4 → v5: stage roles and metric periods', () => {
  it('guesses roles from stage names (first stage per role), so the short template fills the win rate', () => {
    const lp = shortTemplate(() => Math.random().toString(36).slice(2));
    const v4 = { ...lp, stages: lp.stages.map(({ role: _role, ...s }) => s) };
    const doc = migrateDefinitionV5({ leadProcess: { ...v4, stages: [...v4.stages, { ...v4.stages[1]!, id: 'second-mql' }] } }) as {
      leadProcess: unknown;
    };
    const out = leadProcessStepSchema.parse(doc.leadProcess);
    expect(out.stages.map((s) => s.role)).toEqual([null, 'mql', 'sql', null, null, null]);
    expect(diagramRates(out)).toEqual({ mqlToSal: 1, salToSql: 0.4, sqlToOpportunity: 1, winRate: 0.2 });
  });

  it('gives a counted metric the period of its target, and a rate none', () => {
    const base = { id: 'm', stageId: null, owner: 'shared', target: 1, dataSource: '', commitmentId: null };
    const doc = migrateDefinitionV5({
      metrics: {
        metrics: [
          { ...base, kind: 'stageVolume', name: 'MQL volume', unit: 'MQLs / week', frequency: 'monthly' },
          { ...base, kind: 'revenue', name: 'Revenue', unit: 'EUR', frequency: 'quarterly' },
          { ...base, kind: 'winRate', name: 'Win rate', unit: '%', frequency: 'monthly' },
        ],
      },
    }) as { metrics: { metrics: unknown[] } };
    expect(doc.metrics.metrics.map((m) => metricSchema.parse(m).period)).toEqual(['week', 'quarter', null]);
  });
});
