import { consistencyIssues } from '../sla/consistency';
import { describe, expect, it } from 'vitest';
import { sampleWorkshop } from '../workshop/sample';
import { sanitizeFileNamePart, slaFileName } from './fileName';
import { buildSlaView } from './model';
import { signedSample } from '../sla/testSupport';
import { amendSla, freezeSla } from '../sla/versions';

function signed() {
  const w = signedSample(['p-maya', 'p-diego'], new Date('2026-12-03T11:04:00Z'));
  // Diego's signature was given to other content (e.g. edited by hand in a file).
  w.sla.versions[0]!.signatures[1]!.contentHash = 'b'.repeat(64);
  return w;
}

describe('buildSlaView', () => {
  it('words the header, term and commitments', () => {
    const v = buildSlaView({ workshop: signed(), generatedAt: '2026-12-03T12:00:00Z' });
    expect(v.client).toBe('Northwind Analytics');
    expect(v.effectiveDate).toBe('4 Jan 2027');
    expect(v.termLastDay).toBe('3 Apr 2027');
    expect(v.generated).toBe('3 Dec 2026, 12:00 UTC');
    expect(v.commitments.map((c) => c.target)).toEqual([
      '155 MQLs',
      '≥ 70 %',
      '36 MQLs',
      'by Wednesday',
      '≥ 38 %',
      '≤ 24 hours',
      '6 attempts / 10 days',
      '≤ 14 days',
    ]);
    // What "met" means and where "at risk" starts, per commitment: % of target, or % of MQLs for the time-limited ones.
    expect(v.commitments.map((c) => [c.met, c.atRisk])).toEqual([
      ['100 % of target', '90 % of target'],
      ['100 % of target', '90 % of target'],
      ['100 % of target', '90 % of target'],
      ['90 % of MQLs in time', '80 % of MQLs'],
      ['100 % of target', '90 % of target'],
      ['90 % of MQLs in time', '80 % of MQLs'],
      ['90 % of MQLs in time', '80 % of MQLs'],
      ['90 % of MQLs in time', '80 % of MQLs'],
    ]);
    expect(v.commitments[3]!.plain).toBe(
      'Qualify each MQL delivered on Monday by Wednesday of the delivery week for at least 90 % of MQLs each week',
    );
    expect(v.hasCjk).toBe(false);
  });

  it('lists signers in signerIds order and marks signatures given to other content', () => {
    const v = buildSlaView({ workshop: signed(), generatedAt: '2026-12-03T12:00:00Z' });
    expect(v.signers.map((s) => [s.name, s.signature?.signedAt, s.signature?.matchesContent])).toEqual([
      ['Maya Chen', '3 Dec 2026, 11:05 UTC', true],
      ['Diego Alvarez', '3 Dec 2026, 11:06 UTC', false],
      ['Grace Okafor', undefined, undefined],
    ]);
    expect(v.signers.map((s) => s.capacity)).toEqual(['marketing', 'sales', 'witness']);
  });

  it('prints an old version as it was frozen, marked superseded, and the draft marked as a draft', () => {
    const w = signedSample();
    amendSla(w, new Date('2026-12-04T09:00:00Z'));
    w.sla.commitments[0]!.target = 200;
    const v1 = buildSlaView({ workshop: w, generatedAt: '2026-12-04T10:00:00Z', version: 1 });
    expect(v1.commitments[0]!.target).toBe('155 MQLs');
    expect(v1.contentHash).toBe(w.sla.versions[0]!.contentHash);
    expect(v1.signers.filter((s) => s.signature).length).toBe(2);
    const draft = buildSlaView({ workshop: w, generatedAt: '2026-12-04T10:00:00Z' });
    expect(draft.version).toBe(2);
    expect(draft.commitments[0]!.target).toBe('200 MQLs');
    expect(draft.notice).toMatch(/DRAFT of version 2/);
    expect(draft.signers.every((s) => s.signature === null)).toBe(true);
    // 200 a month no longer agrees with the rest of the numbers: the room accepts that when freezing.
    freezeSla(w, new Date('2026-12-04T11:00:00Z'), { accepted: consistencyIssues(w), reason: 'A stretch target.' });
    expect(buildSlaView({ workshop: w, generatedAt: '2026-12-04T12:00:00Z', version: 1 }).notice).toMatch(/superseded: version 2/);
  });

  it('prints the calculator appendix as the yearly chain with each period divided from it', () => {
    const v = buildSlaView({ workshop: signedSample(), generatedAt: '2026-12-03T12:00:00Z' });
    const calc = v.calculator!;
    expect(calc.columns).toEqual(['Per year', 'Per quarter', 'Per month', 'Per week']);
    expect(calc.rows.map((r) => [r.stage, ...r.values])).toEqual([
      ['Won deals', '120', '30', '10', '3'],
      ['Opportunities', '429', '108', '36', '9'],
      ['SQLs', '715', '179', '60', '14'],
      ['SALs', '1,300', '325', '109', '25'],
      ['MQLs', '1,858', '465', '155', '36'],
    ]);
    expect(calc.derivations).toEqual([
      'MQLs per quarter: 1,858 ÷ 4 = 464.5, rounded up: 465',
      'MQLs per month: 1,858 ÷ 12 = 154.83, rounded up: 155',
      'MQLs per week: 1,858 ÷ 52 = 35.73, rounded up: 36',
    ]);
  });

  it('writes the appendix figures the way the document language writes numbers, money and percent', () => {
    const figures = (language: 'pt-BR' | 'zh-CN' | 'es') => {
      const w = sampleWorkshop();
      w.language = language;
      const calc = buildSlaView({ workshop: w, generatedAt: '2026-12-03T12:00:00Z' }).calculator!;
      return { rows: calc.rows.map((r) => [r.rate, ...r.values]), inputs: calc.inputs.map(([, v]) => v), derivations: calc.derivations };
    };
    const pt = figures('pt-BR');
    // A Brazilian SLA never prints "1,858" beside "1.858": grouping, decimals and money are pt-BR's.
    expect(pt.rows.at(-1)).toEqual(['70 %', '1.858', '465', '155', '36']);
    expect(pt.derivations[1]).toContain('1.858 ÷ 12 = 154,83');
    expect(pt.inputs.join(' ')).not.toMatch(/\d,\d{3}/);
    expect(pt.inputs[0]).toMatch(/^€\s?6\.000\.000 \/ /);
    const zh = figures('zh-CN');
    expect(zh.rows.at(-1)).toEqual(['70%', '1,858', '465', '155', '36']);
    expect(figures('es').derivations[0]).toContain('464,5');
  });

  it('numbers the generated clauses and lists the audit trail with a verified chain', () => {
    const v = buildSlaView({ workshop: signedSample(), generatedAt: '2026-12-03T12:00:00Z' });
    expect(v.clauses.map((c) => c.title)).toEqual([
      'Parties',
      'Purpose',
      'Definitions',
      'Marketing commitments',
      'Sales commitments',
      'Hand-off and recycling',
      'Metrics and reporting',
      'Review and escalation',
      'Term',
      'Amendments',
    ]);
    expect(v.audit.rows.map((r) => r.event)).toEqual(['Created', 'Frozen v1', 'Signed v1', 'Signed v1']);
    expect(v.audit.verdict).toBe('Hash chain verified: 4 events, every link intact.');
  });

  it('shows unsigned and unknown signers instead of failing', () => {
    const w = sampleWorkshop();
    w.sla.signerIds = ['p-maya', 'p-gone'];
    w.sla.witnessId = null;
    const v = buildSlaView({ workshop: w, generatedAt: 'nonsense' });
    expect(v.signers.map((s) => [s.name, s.signature])).toEqual([
      ['Maya Chen', null],
      ['Unknown participant (p-gone)', null],
    ]);
    expect(v.generated).toBe('nonsense');
  });

  it('notices Chinese text anywhere in the printed content', () => {
    const w = sampleWorkshop();
    w.sla.commitments[0]!.note = '按第五步模型评分';
    expect(buildSlaView({ workshop: w, generatedAt: '2026-12-03T12:00:00Z' }).hasCjk).toBe(true);
  });
});

describe('slaFileName', () => {
  it('names the file after the client, safe on every desktop OS', () => {
    const w = sampleWorkshop();
    expect(slaFileName(w)).toBe('SLA - Northwind Analytics - v1.pdf');
    w.clientCompany = 'A/B: "Test" <Co>?.';
    expect(slaFileName(w)).toBe('SLA - A B Test Co - v1.pdf');
    w.clientCompany = '北风分析';
    expect(slaFileName(w)).toBe('SLA - 北风分析 - v1.pdf');
  });

  it('falls back when nothing usable is left', () => {
    expect(sanitizeFileNamePart('  ...  ', 'Workshop')).toBe('Workshop');
    expect(sanitizeFileNamePart('CON', 'Workshop')).toBe('Workshop');
    expect(sanitizeFileNamePart('x'.repeat(200), 'W')).toHaveLength(80);
  });
});
