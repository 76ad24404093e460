import { canonicalJson } from '../sla/json';
import { sha256HexSync } from '../sla/sha256';
import type { GoalsStep, StatementAgreement, TeamAgreement, Workshop } from './schema';

/**
 * Agreements are bound to the text agreed to. Each one records the SHA-256 of what it agreed
 * to (step 1's statement; step 2's goals as they stood), so an edit afterwards leaves the
 * agreement on record but no longer counts it: the room is asked again. Undoing the edit
 * brings the text, and so the agreement, back.
 */

/**
 * The statement as agreed: surrounding blanks and line endings do not change what was agreed,
 * every other character does.
 */
export const statementHash = (statement: string): string =>
  sha256HexSync(canonicalJson({ statement: statement.replace(/\r\n?/g, '\n').trim() }));

/** The goals as both teams read them: every field but the internal id, in order, and the currency. */
export function goalsHash(goals: Pick<GoalsStep, 'currency' | 'goals'>): string {
  return sha256HexSync(
    canonicalJson({
      currency: goals.currency,
      goals: goals.goals.map((g) => ({
        kind: g.kind,
        title: g.title.trim(),
        metric: g.metric.trim(),
        unit: g.unit,
        baseline: g.baseline,
        target: g.target,
        deadline: g.deadline,
        owner: g.owner,
      })),
    }),
  );
}

export const statementAgreement = (statement: string, at: string): StatementAgreement => ({ at, textHash: statementHash(statement) });

export const goalsAgreement = (goals: Pick<GoalsStep, 'currency' | 'goals'>, by: string, at: string): TeamAgreement => ({
  by,
  at,
  goalsHash: goalsHash(goals),
});

/** Where a participant stands with the statement as it reads now. */
export type AgreementStatus = 'agreed' | 'changedSince' | 'notYet';

export function statementAgreementStatus(c: Workshop['commitment'], participantId: string): AgreementStatus {
  const a = c.agreements[participantId];
  if (!a) return 'notYet';
  return a.textHash === statementHash(c.commitmentStatement) ? 'agreed' : 'changedSince';
}

/** How many participants agreed to the statement as it reads now, and how many to an earlier text. */
export function statementAgreementCounts(c: Workshop['commitment']): { agreed: number; changedSince: number; total: number } {
  const statuses = c.participants.map((p) => statementAgreementStatus(c, p.id));
  return {
    agreed: statuses.filter((s) => s === 'agreed').length,
    changedSince: statuses.filter((s) => s === 'changedSince').length,
    total: c.participants.length,
  };
}

export function goalsAgreementStatus(g: GoalsStep, team: 'marketing' | 'sales'): AgreementStatus {
  const a = g.agreement[team];
  if (!a) return 'notYet';
  return a.goalsHash === goalsHash(g) ? 'agreed' : 'changedSince';
}
