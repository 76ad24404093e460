import { describe, expect, it } from 'vitest';
import { commitment, issueSample, signedConsistent } from './testWorkshops';
import { currentDocument, draftContent } from './content';
import { changedLines, diffSlaContent, driftSinceFrozen } from './diff';
import { amendSla } from './versions';
import type { SlaContent } from '../workshop/steps/sla';

describe('diff between SLA versions', () => {
  it('says what changed in a commitment (“Target: 158 MQLs → 200 MQLs”), not only both sentences', () => {
    const w = signedConsistent();
    amendSla(w, new Date('2026-12-04T09:00:00Z'));
    w.sla.commitments[0]!.target = 200;
    w.sla.commitments.splice(1, 1); // lead quality removed
    w.sla.commitments.push(commitment({ id: 'c-rate', party: 'sales', kind: 'mqlToSqlRate', target: 38, period: 'month' }));
    w.sla.termMonths = 6;
    const diff = diffSlaContent(w.sla.versions[0]!.content, draftContent(w));

    const volume = diff.find((d) => d.label === 'Commitment 1 (MQL volume)')!;
    expect(volume).toMatchObject({
      area: 'commitment',
      change: 'changed',
      details: [{ label: 'Target', before: '158 MQLs', after: '200 MQLs' }],
    });
    expect(volume.before).toContain('158');
    expect(volume.after).toContain('200');
    expect(diff.filter((d) => d.area === 'commitment').map((d) => [d.label, d.change])).toEqual([
      ['Commitment 1 (MQL volume)', 'changed'],
      ['Commitment 2 (Lead quality)', 'removed'],
      ['Commitment 3 (MQL → SQL rate)', 'added'],
    ]);
    expect(diff.find((d) => d.label === 'Pilot term')).toMatchObject({ before: '3 months', after: '6 months', inline: true });
    // A clause says which of its sentences changed.
    const term = diff.find((d) => d.label === 'Clause “Term”')!;
    expect(term.details).toEqual([
      {
        label: '',
        before: expect.stringMatching(/^3 months/),
        after: expect.stringMatching(/^6 months/),
        lead: '…for a pilot term of ',
        trail: expect.any(String),
      },
    ]);
  });

  it('lists the signed MQL definition’s numbers first, one line each (“MQL threshold: 60 → 55”), and criteria added or removed', () => {
    const base = draftContent(issueSample());
    const definition = (threshold: number, fitPoints: number) => ({
      fit: [{ field: 'title', operator: 'word', value: 'VP', points: fitPoints }],
      engagement: [],
      negative: [],
      decay: { kind: 'halfLife', days: 30 },
      threshold,
      minimumFit: 20,
      minimumEngagement: null,
      sql: [],
    });
    const from = { ...base, definition: definition(60, 20) } as SlaContent;
    const to = { ...base, definition: definition(55, 25) } as SlaContent;
    const diff = diffSlaContent(from, to);
    expect(diff[0]).toEqual({ area: 'definition', label: 'MQL threshold', change: 'changed', before: '60', after: '55', inline: true });
    const fit = diff.filter((d) => d.label === 'Fit criterion');
    expect(fit.map((d) => d.change)).toEqual(['removed', 'added']);
    expect(fit[0]!.before).toMatch(/“VP”: \+20$/);
    expect(fit[1]!.after).toMatch(/“VP”: \+25$/);
  });

  it('is empty between identical contents', () => {
    const w = signedConsistent();
    expect(diffSlaContent(w.sla.versions[0]!.content, structuredClone(w.sla.versions[0]!.content))).toEqual([]);
  });
});

describe('what the workshop changed since a version was frozen', () => {
  it('is nothing right after freezing and signing, whatever was accepted when freezing', () => {
    const w = signedConsistent();
    expect(driftSinceFrozen(w.sla.versions[0]!.content, draftContent(w))).toEqual([]);
  });

  it('lists step 5’s threshold changed from 60 to 55 after signing, while the version shown still says 60', () => {
    const w = signedConsistent();
    w.qualifiedLead.mqlThreshold = 55;
    const doc = currentDocument(w);
    // What step 7 shows: the frozen version, never the live draft.
    expect(doc.version?.number).toBe(1);
    expect(doc.content.clauses!.find((c) => c.kind === 'definitions')!.text).toContain('60 points');
    const drift = driftSinceFrozen(doc.content, draftContent(w));
    const definitions = drift.find((d) => d.label === 'Clause “Definitions”')!;
    expect(definitions.details).toContainEqual({
      label: '',
      before: '60',
      after: '55',
      lead: expect.stringMatching(/threshold: $/),
      trail: expect.stringMatching(/^ points/),
    });
    expect(drift.map((d) => d.label)).toContain('Clause “Hand-off and recycling”');
  });
});

describe('changed sentences of a clause', () => {
  it('pairs a removed sentence with the one that replaced it, and keeps pure additions and removals apart', () => {
    expect(changedLines('a\nb\nc', 'a\nB\nc\nd')).toEqual([
      { label: '', before: 'b', after: 'B' },
      { label: '', before: null, after: 'd' },
    ]);
    expect(changedLines('a\nb', 'b')).toEqual([{ label: '', before: 'a', after: null }]);
    expect(changedLines('same', 'same')).toEqual([]);
    // Two sentences replaced by two: each by its own, not the second by both.
    expect(changedLines('x\none\ntwo\ny', 'x\nOne\nTwo\ny').map((d) => [d.before, d.after])).toEqual([
      ['one', 'One'],
      ['two', 'Two'],
    ]);
  });

  it('shows only the words that changed in a long sentence, with a few around them', () => {
    const before =
      'A lead is handed over to sales when it reaches 60 points and uses a business e-mail address (not a free mail domain); and company is in the EU.';
    const after = before.replace('60 points', '55 points');
    expect(changedLines(before, after)).toEqual([
      { label: '', before: '60', after: '55', lead: '…to sales when it reaches ', trail: ' points and uses a business…' },
    ]);
    // Chinese has no spaces between words: characters around the change instead.
    expect(changedLines('评分阈值：60 分，匹配度至少 25 分。', '评分阈值：55 分，匹配度至少 25 分。')).toEqual([
      { label: '', before: '60', after: '55', lead: '评分阈值：', trail: ' 分，匹配度至少 25 分。' },
    ]);
  });
});
