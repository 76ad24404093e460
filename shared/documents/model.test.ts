import { describe, expect, it } from 'vitest';
import { sampleWorkshop } from '../workshop/sample';
import { sanitizeFileNamePart, slaFileName } from './fileName';
import { buildSlaView } from './model';

const HASH = 'a'.repeat(64);
const PNG = 'data:image/png;base64,iVBORw0KGgo=';

function signed() {
  const w = sampleWorkshop(new Date('2026-12-03T09:00:00Z'));
  w.sla.signatures = [
    { participantId: 'p-maya', typedName: 'Maya Chen', title: 'VP Marketing', team: 'marketing', image: PNG, signedAt: '2026-12-03T11:05:00Z', contentHash: HASH },
    { participantId: 'p-diego', typedName: 'Diego Alvarez', title: 'Head of Sales', team: 'sales', image: PNG, signedAt: '2026-12-03T11:07:00Z', contentHash: 'b'.repeat(64) },
  ];
  return w;
}

describe('buildSlaView', () => {
  it('words the header, term and commitments', () => {
    const v = buildSlaView({ workshop: signed(), contentHash: HASH, generatedAt: '2026-12-03T12:00:00Z' });
    expect(v.client).toBe('Northwind Analytics');
    expect(v.effectiveDate).toBe('4 Jan 2027');
    expect(v.termLastDay).toBe('3 Apr 2027');
    expect(v.generated).toBe('3 Dec 2026, 12:00 UTC');
    expect(v.commitments.map((c) => c.target)).toEqual(['180 MQLs', '≥ 70 %', '≤ 24 hours', '6 attempts / 10 days', '≤ 14 days']);
    expect(v.hasCjk).toBe(false);
  });

  it('lists signers in signerIds order and marks signatures given to other content', () => {
    const v = buildSlaView({ workshop: signed(), contentHash: HASH, generatedAt: '2026-12-03T12:00:00Z' });
    expect(v.signers.map((s) => [s.name, s.signature?.signedAt, s.signature?.matchesContent])).toEqual([
      ['Maya Chen', '3 Dec 2026, 11:05 UTC', true],
      ['Diego Alvarez', '3 Dec 2026, 11:07 UTC', false],
    ]);
  });

  it('shows unsigned and unknown signers instead of failing', () => {
    const w = sampleWorkshop();
    w.sla.signerIds = ['p-maya', 'p-gone'];
    const v = buildSlaView({ workshop: w, contentHash: HASH, generatedAt: 'nonsense' });
    expect(v.signers.map((s) => [s.name, s.signature])).toEqual([['Maya Chen', null], ['Unknown participant (p-gone)', null]]);
    expect(v.generated).toBe('nonsense');
  });

  it('notices Chinese text anywhere in the printed content', () => {
    const w = sampleWorkshop();
    w.sla.commitments[0]!.note = '按第五步模型评分';
    expect(buildSlaView({ workshop: w, contentHash: HASH, generatedAt: '2026-12-03T12:00:00Z' }).hasCjk).toBe(true);
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
