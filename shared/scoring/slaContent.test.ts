import { describe, expect, it } from 'vitest';
import { sampleWorkshop } from '../workshop/sample';
import { contentHash, draftContent } from '../sla/content';
import { slaContentSchema } from '../workshop/steps/sla';
import { slaDefinitionSchema } from '../workshop/steps/slaDefinition';
import { generateClauses } from '../sla/clauses';
import { definitionContent } from './slaContent';

describe('the scoring model and the scoreboard are signed content', () => {
  it('carries every criterion with its points, caps and period, decay, both minimums and the SQL criteria', () => {
    const w = sampleWorkshop();
    const c = draftContent(w);
    expect(slaDefinitionSchema.safeParse(c.definition).success).toBe(true);
    expect(slaContentSchema.shape.metrics.safeParse(c.metrics).success).toBe(true);
    const d = c.definition!;
    expect(d.fit).toHaveLength(w.qualifiedLead.fit.length);
    expect(d.fit.find((f) => f.operator === 'between')).toMatchObject({ field: 'companySize', value: '200', valueMax: '5000', points: 10 });
    expect(d.engagement[0]).toEqual({ behaviour: 'Requested a demo', points: 30, cap: 30, capPeriod: 'month' });
    expect(d.negative.map((n) => n.veto)).toEqual(w.qualifiedLead.negative.map((n) => n.veto));
    expect([d.decay, d.threshold, d.minimumFit, d.minimumEngagement]).toEqual([{ kind: 'halfLife', days: 30 }, 60, 25, 15]);
    expect(d.sql.map((s) => s.label)).toEqual(['Budget', 'Authority', 'Need', 'Timing']);
    expect(c.metrics).toHaveLength(w.metrics.metrics.length);
    const volume = c.metrics!.find((m) => m.commitmentId === 'c-volume');
    expect(volume).toMatchObject({ commitmentPosition: 1, period: w.sla.commitments[0]!.period });
  });

  it('reweighting a criterion, a cap period or the decay after signing changes what would be signed', () => {
    const w = sampleWorkshop();
    const before = contentHash(draftContent(w));
    const edits: ((x: typeof w) => void)[] = [
      (x) => void (x.qualifiedLead.fit[0]!.points = 20),
      (x) => void (x.qualifiedLead.engagement[0]!.capPeriod = 'week'),
      (x) => void (x.qualifiedLead.decay = { kind: 'halfLife', days: 60 }),
      (x) => void (x.qualifiedLead.minimumEngagement = null),
      (x) => void (x.qualifiedLead.negative[3]!.veto = true),
      (x) => void (x.metrics.metrics[12]!.target = 1),
    ];
    for (const edit of edits) {
      const changed = sampleWorkshop();
      edit(changed);
      expect(contentHash(draftContent(changed))).not.toBe(before);
    }
  });

  it('leaves out rows still being typed, which score nothing', () => {
    const q = sampleWorkshop().qualifiedLead;
    q.fit.push({ id: 'typing', field: 'companySize', operator: 'between', value: '10', valueMax: '', points: 50 });
    q.engagement.push({ id: 'blank', behaviour: ' ', points: 5, capPerPeriod: null, capPeriod: 'month' });
    const d = definitionContent(q);
    expect(d.fit).toHaveLength(q.fit.length - 1);
    expect(d.engagement).toHaveLength(q.engagement.length - 1);
  });

  it('the metrics clause names every metric (a table when long), never only the first 12', () => {
    const w = sampleWorkshop();
    w.metrics.metrics = w.metrics.metrics.slice(0, 6);
    const text = generateClauses(w).find((c) => c.kind === 'metrics')!.text;
    for (const m of w.metrics.metrics) expect(text).toContain(m.name);
    const long = sampleWorkshop();
    expect(long.metrics.metrics.length).toBeGreaterThan(12);
    expect(generateClauses(long).find((c) => c.kind === 'metrics')!.text).toContain(`scoreboard of ${long.metrics.metrics.length} metrics`);
  });
});
