import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ChainProblem } from '../../../shared/sla/audit';
import type { DiffWords } from '../../../shared/sla/diff';
import type { FunnelError } from '../../../shared/funnel/funnel';
import { LANGUAGES, type Language } from '../../../shared/workshop/schema';
import type { AuditEvent, FunnelInputs } from '../../../shared/workshop/steps/sla';
import { formatDay, formatNumber } from '../../i18n/format';

/**
 * shared/sla says what happened as codes and English sentences (for the CLI and the PDF's
 * audit page); this file words the same facts in the UI language, for step 7 only.
 */
type T = TFunction<'sla'>;

/** The UI language as a document language (commitment rows are written by shared/sla). */
export const asLanguage = (lng: string | undefined): Language =>
  (LANGUAGES as readonly string[]).includes(lng ?? '') ? (lng as Language) : 'en';

export function useUiLanguage(): Language {
  const { i18n } = useTranslation();
  return asLanguage(i18n.resolvedLanguage ?? i18n.language);
}

export function chainProblemText(t: T, p: ChainProblem): string {
  switch (p.code) {
    case 'versionNotFrozen':
    case 'contentAltered':
      return t(`audit.problem.${p.code}`, { version: p.version });
    case 'signatureMissing':
    case 'signatureAltered':
      return t(`audit.problem.${p.code}`, { version: p.version, signer: p.signer });
    case 'signatureRemoved':
      return t('audit.problem.signatureRemoved', { version: p.version, n: p.event });
    case 'brokenLink':
    case 'changed':
    case 'misdated':
      return t(`audit.problem.${p.code}`, { n: p.event, event: t(`audit.eventInSentence.${p.type}`) });
  }
}

/**
 * The details Accord records are English sentences inside the hashed trail (they cannot change
 * without breaking it): the ones Accord writes are recognised and shown in the UI language;
 * anything else is shown as recorded.
 */
const DETAIL: [RegExp, (t: T, m: RegExpMatchArray) => string][] = [
  [/^SLA draft created$/, (t) => t('audit.detail.created')],
  [/^Version (\d+) frozen for signature$/, (t, m) => t('audit.detail.frozen', { n: m[1] })],
  [
    /^Version (\d+) frozen for signature; known differences accepted \(([^)]*)\): ([\s\S]*)$/,
    (t, m) => t('freeze.frozenWithOverride', { n: m[1], codes: m[2], reason: m[3] }),
  ],
  [/^Signed version (\d+) for (marketing|sales)$/, (t, m) => t(`audit.detail.signedFor.${m[2] as 'marketing' | 'sales'}`, { n: m[1] })],
  [/^Signed version (\d+) as executive witness$/, (t, m) => t('audit.detail.signedWitness', { n: m[1] })],
  [
    /^Amendment of version (\d+) started; version (\d+) will need fresh signatures$/,
    (t, m) => t('audit.detail.amended', { n: m[1], next: m[2] }),
  ],
  [/^Draft of version (\d+) exported as PDF$/, (t, m) => t('audit.detail.exportedDraft', { n: m[1] })],
  [/^Version (\d+) exported as PDF$/, (t, m) => t('audit.detail.exported', { n: m[1] })],
];

export function auditDetailText(t: T, e: Pick<AuditEvent, 'detail'>): string {
  for (const [pattern, word] of DETAIL) {
    const m = e.detail.match(pattern);
    if (m) return word(t, m);
  }
  return e.detail;
}

/** A calculator input problem in the UI language, from its code, the field and the input that caused it. */
export function funnelErrorText(t: T, e: FunnelError, inputs: FunnelInputs): string {
  const field = t(`calc.errorField.${e.field}`);
  const v = inputs[e.field];
  const value = v === null || !Number.isFinite(v) ? String(v) : formatNumber(v, 2);
  const limit = e.limit === undefined ? '' : formatNumber(e.limit, 2);
  const amount = e.field === 'revenueGoal' || e.field === 'averageDealSize';
  switch (e.code) {
    case 'missing':
      return t(amount ? 'calc.error.amountMissing' : 'calc.error.rateMissing', { field });
    case 'notFinite':
      return t(amount ? 'calc.error.amountNotFinite' : 'calc.error.rateNotFinite', { field, value });
    case 'notPositive':
      return t('calc.error.amountNotPositive', { field, value });
    case 'tooSmall':
      return t('calc.error.amountTooSmall', { field, value, limit });
    case 'tooLarge':
      return t('calc.error.amountTooLarge', { field, value, limit });
    case 'rateRange':
      return t('calc.error.rateRange', { field, value: formatNumber((v ?? 0) * 100, 3) });
    case 'notWhole':
      return t('calc.error.salesReps', { field, value, limit });
    case 'workingDays':
      return t('calc.error.workingDays', { field });
    case 'paceDay':
      return t('calc.error.paceDay', { field, max: inputs.workingDaysPerMonth });
  }
}

/** The diff's words for a t() and the language commitments are described in. */
export const diffWords = (t: T, language: Language): DiffWords => ({
  language,
  subject: (s) => {
    switch (s.kind) {
      case 'clause':
        return t('diff.subject.clause', { title: s.title });
      case 'commitment':
        return t('diff.subject.commitment', { n: s.position, kind: t(`commitments.kind.${s.commitmentKind}`) });
      case 'definition':
        return t(`diff.subject.definition.${s.field}`);
      case 'metric':
        return t('diff.subject.metric', { name: s.name });
      default:
        return t(`diff.subject.${s.kind}`);
    }
  },
  months: (n) => t('diff.months', { count: n }),
  date: (iso) => formatDay(iso),
  witness: (signer) => t('diff.witness', { signer }),
  calculator: (n) => t('diff.calculator', { n: formatNumber(n) }),
  field: (f) => t(`diff.field.${f}`),
  period: (p) => t(`diff.period.${p}`),
  cadence: (c) => t(`diff.cadence.${c}`),
  number: (n) => formatNumber(n, 2),
  none: t('diff.none'),
});

/** The diff's words in the UI language. */
export function useDiffWords(): DiffWords {
  const { t } = useTranslation('sla');
  const language = useUiLanguage();
  return useMemo(() => diffWords(t, language), [t, language]);
}
