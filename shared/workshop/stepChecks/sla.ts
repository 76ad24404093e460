import type { Gap } from '../gaps';
import type { Workshop } from '../schema';
import { commitmentProblems, type CommitmentProblem } from '../../sla/commitmentRules';
import { say, type CheckCode, type CheckValues } from '../checkMessage';

/**
 * Step 7's one rule set. `slaDraftIssues` is what stops the draft from being frozen
 * (shared/sla/versions.ts freezeIssues is exactly this list); "Mark step done" asks the same
 * and then for a frozen version that every required signer signed. Each problem has one code,
 * worded by the renderer's `checks` namespace, whichever of the two found it.
 */
const gap = (field: string, code: CheckCode, values?: CheckValues): Gap => ({ field, ...say(code, values) });

/** The pilot term's bounds, as the schema holds them (shared/workshop/steps/sla.ts termMonths). */
export const TERM_MONTHS = { min: 1, max: 60 } as const;

/** A commitment's problem (shared/sla/commitmentRules.ts decides it) as a check: code and values. */
function commitmentIssue(id: string, n: number, p: CommitmentProblem): Gap {
  const field = `commitment-${id}-${p.field}`;
  switch (p.code) {
    case 'targetMissing':
      return gap(field, 'commitmentTarget', { n });
    case 'withinDaysMissing':
      return gap(field, 'commitmentWithin', { n });
    case 'percentAbove100':
      return gap(field, 'commitmentPercent', { n, value: p.value });
    case 'levelMissing':
      return gap(field, 'commitmentLevel', { n });
    case 'atRiskMissing':
      return gap(field, 'commitmentAtRisk', { n });
    case 'atRiskNotBelowMet':
      return gap(field, 'commitmentAtRiskBelowMet', { n, atRisk: p.atRisk, met: p.met });
    case 'linkGone':
      return gap(field, 'commitmentLinkGone', { n });
  }
}

/** What stops the SLA draft from being frozen; empty when it can be. */
export function slaDraftIssues(w: Workshop): Gap[] {
  const s = w.sla;
  const person = (id: string) => w.commitment.participants.find((p) => p.id === id);
  // The executive witness is optional: they never stand in for a team's signer.
  const signers = s.signerIds.filter((id) => id !== s.witnessId);
  const issues: Gap[] = [];
  if (!signers.some((id) => person(id)?.team === 'marketing')) issues.push(gap('signers', 'signersMarketing'));
  if (!signers.some((id) => person(id)?.team === 'sales' || person(id)?.team === 'sdr')) issues.push(gap('signers', 'signersSales'));
  const everyone = [...signers, ...(s.witnessId ? [s.witnessId] : [])];
  if (everyone.some((id) => !person(id)?.name.trim())) issues.push(gap('signers', 'signerName'));
  if (s.commitments.length === 0) issues.push(gap('commitments', 'commitments'));
  s.commitments.forEach((c, i) => {
    for (const problem of commitmentProblems(c, s.commitments)) issues.push(commitmentIssue(c.id, i + 1, problem));
  });
  if (!s.effectiveDate) issues.push(gap('effectiveDate', 'effectiveDate'));
  if (s.termMonths === null) issues.push(gap('termMonths', 'termMonths', TERM_MONTHS));
  return issues;
}

/** What step "sla" still needs before it can be marked done: a sound draft, frozen, and signed. */
export function slaGaps(w: Workshop): Gap[] {
  const s = w.sla;
  const gaps = slaDraftIssues(w);
  // Signatures count on the latest version only while it is frozen (an amendment in progress needs fresh ones).
  const latest = s.frozen ? s.versions.at(-1) : undefined;
  const unsigned = s.signerIds.filter(
    (id) => id !== s.witnessId && !latest?.signatures.some((sig) => sig.participantId === id && sig.contentHash === latest.contentHash),
  );
  if (!latest) gaps.push(gap('sla-freeze', 'freezeFirst'));
  else if (unsigned.length > 0) gaps.push(gap('signers', 'unsigned', { count: unsigned.length }));
  return gaps;
}

/** Whether anything was entered in this step yet (drives "in progress"). */
export const slaStarted = (w: Workshop): boolean =>
  w.sla.signerIds.length > 0 || w.sla.commitments.some((c) => c.target !== null) || w.sla.effectiveDate !== '';
