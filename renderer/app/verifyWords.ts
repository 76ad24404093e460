import type { TFunction } from 'i18next';
import type { SealProblem, SealReport, RecordReadProblem } from '../../shared/seal/read';
import type { RecordProblem } from '../../shared/seal/record';
import type { UntrustedReason } from '../../shared/seal/trust';
import type { WorkshopMatch } from '../../shared/seal/match';
import type { Workshop } from '../../shared/workshop/schema';
import { formatDateTime } from '../i18n/format';
import { i18n } from '../i18n';
import { chainProblemText } from '../steps/07-sla/slaWords';
import { sealProblemText as trailSealProblemText } from './auditWords';

/** What the verify dialog (VerifyDialog.tsx) says about a checked PDF, in the UI language. */

export type VerifyT = TFunction<'verify'>;

export function stateText(t: VerifyT, state: string): string {
  const superseded = state.endsWith(' (superseded)');
  const key = state.replace(' (superseded)', '');
  const base = ['draft', 'ready', 'partiallySigned', 'fullySigned'].includes(key) ? t(`state.${key as 'draft'}`) : key;
  return superseded ? t('superseded', { state: base }) : base;
}

export const workshopName = (t: VerifyT, w: Workshop) => w.clientCompany || w.title || t('thisWorkshop');

export function matchText(t: VerifyT, match: WorkshopMatch, workshop: Workshop): { tone: 'ok' | 'warn'; text: string } {
  const name = workshopName(t, workshop);
  switch (match.kind) {
    case 'version':
      return { tone: 'ok', text: t('match.version', { version: match.version, name, state: stateText(t, match.state) }) };
    case 'noMatch':
      return { tone: 'warn', text: t('match.noMatch', { version: match.claimedVersion, name }) };
    case 'otherWorkshop':
      return {
        tone: 'warn',
        text: match.clientCompany
          ? t('match.otherWorkshopNamed', { client: match.clientCompany, name })
          : t('match.otherWorkshop', { name }),
      };
    case 'noRecord':
      return { tone: 'warn', text: t('match.noRecord') };
  }
}

export function sealProblemText(t: VerifyT, p: SealProblem): string {
  switch (p.code) {
    case 'severalSignatures':
      return t('problem.severalSignatures', { count: p.count });
    case 'bytesAppended':
      // How many, never what: the appended bytes are not shown.
      return t('problem.bytesAppended', { count: p.bytes });
    case 'cms':
      return p.problem.code === 'missingAttribute'
        ? t('problem.cms.missingAttribute', { attribute: p.problem.attribute })
        : t(`problem.cms.${p.problem.code}`);
    default:
      return t(`problem.${p.code}`);
  }
}

export function recordReadText(t: VerifyT, p: RecordReadProblem): string {
  return p.code === 'invalid' ? t('problem.recordRead.invalid', { field: p.field, message: p.message }) : t(`problem.recordRead.${p.code}`);
}

export function recordProblemText(t: VerifyT, p: RecordProblem): string {
  return p.code === 'otherWorkshop' ? t('problem.record.otherWorkshop') : t(`problem.record.${p.code}`, { version: p.version });
}

/** What makes an intact file's content fail: its record, or the audit trail it carries. */
export function recordProblems(t: VerifyT, report: SealReport): string[] {
  const r = report.record;
  if (!r) return [];
  if (r.format === null) return [recordReadText(t, r.problem)];
  if (r.format === 1) return [];
  const out: string[] = [];
  if (r.check.problem) out.push(recordProblemText(t, r.check.problem));
  const trail = r.check.trail;
  const problem = !trail.chain.ok
    ? chainProblemText(i18n.getFixedT(null, 'sla'), trail.chain.reason)
    : !trail.seals.ok
      ? trailSealProblemText(i18n.getFixedT(null, 'seal'), trail.seals.problem)
      : null;
  if (problem) out.push(t('problem.trail', { problem }));
  return out;
}

export function untrustedText(t: VerifyT, r: UntrustedReason, sealerName: (fp: string) => string): string {
  switch (r.code) {
    case 'unknownSealer':
      return t('untrusted.unknownSealer');
    case 'unknownTrailSealer':
      return t('untrusted.unknownTrailSealer', { from: r.from, to: r.to, sealer: sealerName(r.sealer) });
    case 'unsealedTrail':
      return t('untrusted.unsealedTrail', { from: r.from, to: r.to });
  }
}

/** A file may claim any text as a time: shown as written when it is not one. */
export function formatTime(iso: string): string {
  return Number.isNaN(new Date(iso).getTime()) ? iso : formatDateTime(iso);
}

export const TEAMS: readonly string[] = ['marketing', 'sales', 'sdr', 'operations', 'leadership'];
