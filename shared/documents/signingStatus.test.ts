import { describe, expect, it } from 'vitest';
import { consistencyIssues } from '../sla/consistency';
import { awaitedSigners, signerStatus, signingState, versionState } from '../sla/versions';
import { freezeSla } from '../sla/versions';
import { issueSample, signedConsistent } from '../sla/testWorkshops';
import type { Workshop } from '../workshop/schema';
import { buildSlaView } from './model';
import { formatters } from './report/format';
import { commitmentSection, goalsSection, type Ctx } from './report/sections1to5';
import { slaSection } from './report/slaSection';
import { reportStrings } from './report/strings';
import type { Block, SectionView } from './report/view';

const AT = '2026-12-03T16:00:00.000Z';

/** The report's context, as buildReportView makes it. */
function ctxOf(w: Workshop): Ctx {
  const s = reportStrings(w.language);
  return { w, s, f: formatters(s.locale), person: (id) => w.commitment.participants.find((p) => p.id === id)?.name ?? null };
}
const words = (section: SectionView): string =>
  section.blocks
    .flatMap((b: Block) => {
      if (b.kind === 'paragraphs') return b.paragraphs;
      if (b.kind === 'quote') return [b.text, b.note ?? ''];
      if (b.kind === 'table') return [b.intro ?? '', ...b.table.rows.flat().map((c) => (typeof c === 'string' ? c : (c.text ?? '')))];
      return [];
    })
    .join('\n');

describe('one signing status for step 7, the SLA and the report', () => {
  it('marketing and sales signed, the optional witness not: signed and countersigned everywhere, waiting for nobody', () => {
    const w = signedConsistent(['p-maya', 'p-diego']);
    const v = w.sla.versions[0]!;
    expect(v.content.signers.map((p) => [p.id, p.capacity])).toEqual([
      ['p-maya', 'marketing'],
      ['p-diego', 'sales'],
      ['p-grace', 'witness'],
    ]);
    // Step 7.
    expect(signingState(w)).toBe('fullySigned');
    expect(v.content.signers.map((p) => signerStatus(v, p))).toEqual(['signed', 'signed', 'optional']);
    expect(awaitedSigners(v)).toEqual([]);
    // The SLA.
    const sla = buildSlaView({ workshop: w, generatedAt: AT });
    expect(sla.state).toBe('fullySigned');
    expect(sla.s.signaturesIntro[sla.state]).toBe('Signed and countersigned by the representatives of the teams:');
    expect(sla.signers.find((p) => p.id === 'p-grace')!.status).toBe('optional');
    // The report says the same, and does not wait for the witness.
    const report = words(slaSection(ctxOf(w)));
    expect(report).toContain('Signed and countersigned.');
    expect(report).not.toContain('Partly signed');
    expect(report).toContain('Not signed (optional)');
  });

  it('only marketing signed: partly signed everywhere, and the report waits for sales only', () => {
    const w = signedConsistent(['p-maya']);
    expect(signingState(w)).toBe('partiallySigned');
    expect(awaitedSigners(w.sla.versions[0]!).map((p) => p.id)).toEqual(['p-diego']);
    expect(buildSlaView({ workshop: w, generatedAt: AT }).state).toBe('partiallySigned');
    expect(words(slaSection(ctxOf(w)))).toContain('Partly signed: waiting for the other signatures.');
  });

  it('frozen, nobody signed yet: ready, and the SLA does not claim to be signed', () => {
    const w = signedConsistent([]);
    expect(versionState(w.sla.versions[0]!)).toBe('ready');
    const sla = buildSlaView({ workshop: w, generatedAt: AT });
    expect(sla.s.signaturesIntro[sla.state]).toBe('Frozen for signature; to be signed by the representatives of the teams:');
    expect(words(slaSection(ctxOf(w)))).toContain('Frozen for signature; not signed yet.');
  });

  it('the Parties clause names the witness as optional, never as signing, and her block agrees', () => {
    const w = signedConsistent(['p-maya', 'p-diego']);
    const parties = buildSlaView({ workshop: w, generatedAt: AT })
      .clauses.find((c) => c.kind === 'parties')!
      .paragraphs.join(' ');
    expect(parties).toContain('Marketing is represented by Maya Chen (VP Marketing).');
    expect(parties).toContain('Grace Okafor (Chief Revenue Officer) is named as executive witness; a witness signature is optional');
    expect(parties).not.toMatch(/signs as/);
  });
});

describe('the agreements in the report', () => {
  it('counts only agreements to the statement as it reads, and says who agreed to an earlier text', () => {
    const w = issueSample();
    expect(words(commitmentSection(ctxOf(w)))).toContain('5 of 5 participants agreed to the statement.');
    w.commitment.commitmentStatement += ' We review the numbers every two weeks.';
    const text = words(commitmentSection(ctxOf(w)));
    expect(text).toContain(
      '0 of 5 participants agreed to the statement. 5 participants agreed to an earlier text of the statement and have not agreed to this one yet.',
    );
    expect(text).toContain('Changed since');
  });

  it('says a team agreed to goals that have changed since', () => {
    const w = issueSample();
    w.goals.goals[0]!.target = 6_500_000;
    const text = words(goalsSection(ctxOf(w)));
    expect(text).toMatch(/Marketing: agreed by Maya Chen on .*, but the goals have changed since/);
    expect(text).toMatch(/Sales: agreed by Diego Alvarez on .*, but the goals have changed since/);
  });
});

describe('the accepted differences in the SLA', () => {
  it('prints each disagreement the room froze with, and its reason, under “Known differences accepted at signing”', () => {
    const w = issueSample();
    freezeSla(w, new Date('2026-12-03T11:00:00Z'), {
      accepted: consistencyIssues(w),
      reason: 'The weekly rhythm is a stretch goal for the pilot.',
    });
    const v = buildSlaView({ workshop: w, generatedAt: AT });
    expect(v.overrides).toEqual({
      title: 'Known differences accepted at signing',
      intro: 'When this version was frozen for signature, these numbers did not agree; the teams chose to sign with them:',
      items: [
        'Commitment 1 (158 per month) and commitment 3 (50 per week, ≈ 216.67 per month) disagree.',
        'The scoreboard metric “MQL volume” targets 180 per month, but commitment 1 says 158 per month.',
      ],
      reason: 'Reason given: “The weekly rhythm is a stretch goal for the pilot.”',
    });
    expect(buildSlaView({ workshop: signedConsistent(), generatedAt: AT }).overrides).toBeNull();
  });
});
