import { describe, expect, it } from 'vitest';
import { diffSlaContent } from './diff';
import { signedSample } from './testSupport';
import { amendSla, freezeSla } from './versions';

describe('diff between SLA versions', () => {
  it('lists clause by clause and commitment by commitment what the amendment changed', () => {
    const w = signedSample();
    amendSla(w, new Date('2026-12-04T09:00:00Z'));
    w.sla.commitments[0]!.target = 200;
    w.sla.commitments.splice(4, 1); // disposition removed
    w.sla.commitments.push({ id: 'c-weekly', party: 'marketing', kind: 'mqlVolume', target: 50, withinDays: null, period: 'week', note: '', rhythm: { day: 'monday', response: { action: 'qualify', by: 'wednesday', report: 'mqlToSqlRate' } } });
    w.sla.termMonths = 6;
    const v2 = freezeSla(w, new Date('2026-12-04T10:00:00Z'));
    const diff = diffSlaContent(w.sla.versions[0]!.content, v2.content);

    const commitments = diff.filter((d) => d.area === 'commitment');
    expect(commitments).toEqual([
      { area: 'commitment', label: 'Commitment 1 (MQL volume)', change: 'changed', before: 'Marketing: Deliver 180 marketing-qualified leads per month — Scored with the step-5 model; threshold 60 points.', after: 'Marketing: Deliver 200 marketing-qualified leads per month — Scored with the step-5 model; threshold 60 points.' },
      { area: 'commitment', label: 'Commitment 5 (Disposition)', change: 'removed', before: 'Sales: Disposition (accept, reject with reason, or recycle) within 14 days', after: null },
      { area: 'commitment', label: 'Commitment 5 (MQL volume)', change: 'added', before: null, after: 'Marketing: Deliver 50 marketing-qualified leads every Monday; sales qualifies them by Wednesday and reports the MQL→SQL rate' },
    ]);
    expect(diff.find((d) => d.label === 'Pilot term')).toMatchObject({ before: '3 months', after: '6 months' });
    // The clauses quoting the commitments and the term changed with them, and only those.
    expect(diff.filter((d) => d.area === 'clause').map((d) => d.label)).toEqual(['Clause “Marketing commitments”', 'Clause “Sales commitments”', 'Clause “Term”']);
  });

  it('is empty between identical contents', () => {
    const w = signedSample();
    expect(diffSlaContent(w.sla.versions[0]!.content, structuredClone(w.sla.versions[0]!.content))).toEqual([]);
  });
});
