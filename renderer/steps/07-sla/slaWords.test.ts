import { describe, expect, it } from 'vitest';
import i18next, { type TFunction } from 'i18next';
import { chainProblemText as englishChainProblem, type ChainProblem } from '../../../shared/sla/audit';
import { consistencyIssues } from '../../../shared/sla/consistency';
import { diffSlaContent } from '../../../shared/sla/diff';
import { signedSample, TEST_PNG } from '../../../shared/sla/testSupport';
import { clauseStrings } from '../../../shared/sla/clauseStrings';
import { amendSla, freezeIssues, freezeProblems, freezeSla, recordExport, signSla } from '../../../shared/sla/versions';
import { funnelErrors } from '../../../shared/funnel/funnel';
import { defaultFunnelInputs } from '../../../shared/funnel/defaults';
import { sampleWorkshop } from '../../../shared/workshop/sample';
import type { Language } from '../../../shared/workshop/schema';
import { messages as en } from '../../i18n/locales/en';
import { messages as es } from '../../i18n/locales/es';
import { messages as ptBR } from '../../i18n/locales/pt-BR';
import { messages as zhCN } from '../../i18n/locales/zh-CN';
import { wordCheck, type CheckT } from '../../i18n/checks';
import { auditDetailText, chainProblemText, diffWords, funnelErrorText } from './slaWords';

const MESSAGES = { en, es, 'pt-BR': ptBR, 'zh-CN': zhCN };

function tFor(lng: Language): TFunction<'sla'> {
  const i = i18next.createInstance();
  void i.init({ lng, resources: { [lng]: MESSAGES[lng] }, interpolation: { escapeValue: false }, initAsync: false });
  return i.getFixedT(lng, 'sla') as unknown as TFunction<'sla'>;
}

/** Every kind of freeze problem at once. */
function unfreezable() {
  const w = sampleWorkshop(new Date('2026-12-03T09:00:00Z'));
  w.sla.signerIds = [];
  w.sla.witnessId = 'p-grace';
  w.commitment.participants.find((p) => p.id === 'p-grace')!.name = ' ';
  w.sla.effectiveDate = '';
  w.sla.commitments.forEach((c) => Object.assign(c, { target: null, withinDays: null }));
  return w;
}

/** A trail with every event Accord records: created, frozen, signed (both sides and witness), exported, amended. */
function fullTrail() {
  const w = sampleWorkshop(new Date('2026-12-03T09:00:00Z'));
  w.sla.witnessId = 'p-grace';
  freezeSla(w, new Date('2026-12-03T10:00:00Z'));
  ['p-maya', 'p-diego', 'p-grace'].forEach((participantId, i) => {
    const p = w.commitment.participants.find((x) => x.id === participantId)!;
    signSla(
      w,
      { participantId, typedName: p.name, title: p.role, image: TEST_PNG, consent: clauseStrings(w.language).consentLine },
      new Date(Date.UTC(2026, 11, 3, 10, i + 1)),
    );
  });
  recordExport(w, 1, w.sla.versions[0]!.contentHash, new Date('2026-12-03T10:10:00Z'));
  amendSla(w, new Date('2026-12-03T10:20:00Z'));
  recordExport(w, 2, 'f'.repeat(64), new Date('2026-12-03T10:30:00Z'));
  return w;
}

describe('step 7 in the UI language', () => {
  const english = tFor('en');

  it('says freeze problems through the checks namespace: in English exactly as shared/sla does, in Chinese with the commitment named', () => {
    const w = unfreezable();
    const codes = new Set(freezeIssues(w).map((i) => i.code));
    expect(codes).toEqual(
      new Set(['signersMarketing', 'signersSales', 'signerName', 'commitmentTarget', 'commitmentWithin', 'effectiveDate']),
    );
    const checksIn = (lng: Language) => {
      const i = i18next.createInstance();
      void i.init({ lng, resources: { [lng]: MESSAGES[lng] }, interpolation: { escapeValue: false }, initAsync: false });
      return i.getFixedT(lng, 'checks') as unknown as CheckT;
    };
    const englishChecks = checksIn('en');
    expect(freezeIssues(w).map((i) => wordCheck(englishChecks, i, 'en-GB'))).toEqual(freezeProblems(w));
    const none = sampleWorkshop();
    none.sla.commitments = [];
    none.sla.termMonths = null;
    expect(freezeIssues(none).map((i) => wordCheck(englishChecks, i, 'en-GB'))).toEqual(freezeProblems(none));
    const zh = freezeIssues(w).map((i) => wordCheck(checksIn('zh-CN'), i, 'zh-CN'));
    expect(zh).toContain('承诺 1：缺少目标值。');
  });

  it('says audit-chain problems in English exactly as shared/sla does', () => {
    const problems: ChainProblem[] = [
      { code: 'brokenLink', event: 2, type: 'signed' },
      { code: 'changed', event: 3, type: 'frozen' },
      { code: 'misdated', event: 4, type: 'exported' },
      { code: 'versionNotFrozen', version: 2 },
      { code: 'signatureMissing', version: 1, signer: 'Diego Alvarez' },
    ];
    for (const p of problems) expect(chainProblemText(english, p)).toBe(englishChainProblem(p));
    expect(chainProblemText(tFor('pt-BR'), problems[0]!)).toBe('o evento 2 (assinado) não segue o evento anterior');
  });

  it('shows every detail Accord records in the UI language, and English details unchanged', () => {
    const trail = fullTrail().sla.audit;
    expect(trail.map((e) => e.type)).toEqual(['created', 'frozen', 'signed', 'signed', 'signed', 'exported', 'amended', 'exported']);
    expect(trail.map((e) => auditDetailText(english, e))).toEqual(trail.map((e) => e.detail));
    for (const lng of ['pt-BR', 'es', 'zh-CN'] as const) {
      const t = tFor(lng);
      const unchanged = trail.filter((e) => auditDetailText(t, e) === e.detail).map((e) => e.detail);
      expect(unchanged, lng).toEqual([]);
    }
    expect(auditDetailText(tFor('es'), trail[4]!)).toBe('Firmó la versión 1 como testigo ejecutivo');
    // A detail Accord did not write (an older or hand-made trail) is shown as recorded.
    expect(auditDetailText(tFor('zh-CN'), { detail: 'Imported from the old tool' })).toBe('Imported from the old tool');
  });

  it('says calculator input problems in English exactly as shared/funnel does', () => {
    const inputs = {
      ...defaultFunnelInputs(sampleWorkshop()),
      revenueGoal: -5,
      averageDealSize: null,
      winRate: 0,
      salToSql: 1.2,
      mqlToSal: null,
      salesReps: 0.5,
      paceDay: 40,
    };
    const errors = funnelErrors(inputs);
    expect(errors.length).toBeGreaterThanOrEqual(6);
    expect(errors.map((e) => funnelErrorText(english, e, inputs))).toEqual(errors.map((e) => e.message));
    // Implausible and non-finite inputs too, each naming its field.
    const implausible = { ...inputs, revenueGoal: Infinity, averageDealSize: 0.5, winRate: Number.NaN, salesReps: 20_000 };
    expect(funnelErrors(implausible).map((e) => e.code)).toEqual(expect.arrayContaining(['notFinite', 'tooSmall', 'notWhole']));
    expect(funnelErrors(implausible).map((e) => funnelErrorText(english, e, implausible))).toEqual(
      funnelErrors(implausible).map((e) => e.message),
    );
    const huge = { ...inputs, revenueGoal: 1e15 };
    expect(funnelErrors(huge).map((e) => funnelErrorText(english, e, huge))).toEqual(funnelErrors(huge).map((e) => e.message));
    const days = { ...inputs, workingDaysPerMonth: 40 };
    expect(funnelErrors(days).map((e) => funnelErrorText(english, e, days))).toEqual(funnelErrors(days).map((e) => e.message));
  });

  it('words an amendment diff in the UI language: labels, commitments and the term', () => {
    const w = signedSample();
    amendSla(w, new Date('2026-12-04T09:00:00Z'));
    w.sla.commitments[0]!.target = 200;
    w.sla.termMonths = 6;
    // 200 a month no longer agrees with the rest of the sample's numbers: the room accepts that.
    const v2 = freezeSla(w, new Date('2026-12-04T10:00:00Z'), {
      accepted: consistencyIssues(w),
      reason: 'A stretch target for the pilot.',
    });
    const from = w.sla.versions[0]!.content;
    // English words from the translations give the same rows as shared/sla's own English.
    expect(diffSlaContent(from, v2.content, diffWords(english, 'en'))).toEqual(diffSlaContent(from, v2.content));
    const pt = diffSlaContent(from, v2.content, diffWords(tFor('pt-BR'), 'pt-BR'));
    expect(pt.find((d) => d.area === 'term')).toMatchObject({ label: 'Prazo do piloto', before: '3 meses', after: '6 meses' });
    const commitment = pt.find((d) => d.area === 'commitment')!;
    expect(commitment.label).toBe('Compromisso 1 (Volume de MQLs)');
    expect(commitment.after).toContain('200');
    expect(commitment.after).not.toContain('Deliver');
    // What exactly changed, in the UI language too.
    expect(commitment.details?.[0]).toMatchObject({ label: 'Meta', after: expect.stringContaining('200') });
  });

  it('words the step-5 numbers of a signed definition and an override in the UI language', () => {
    const es = tFor('es');
    expect(diffWords(es, 'es').subject({ kind: 'definition', field: 'threshold' })).toBe('Umbral de MQL');
    expect(diffWords(tFor('zh-CN'), 'zh-CN').cadence!('biweekly')).toBe('每两周');
    const detail =
      'Version 1 frozen for signature; known differences accepted (volumeMismatch, metricTargetMismatch): A stretch goal (for now).';
    expect(auditDetailText(english, { detail })).toBe(detail);
    expect(auditDetailText(tFor('pt-BR'), { detail })).toBe(
      'Versão 1 congelada para assinatura; diferenças conhecidas aceitas (volumeMismatch, metricTargetMismatch): A stretch goal (for now).',
    );
  });
});
