import type { CommitmentKind, SlaCommitment } from '../workshop/schema';
import { COMMITMENT_LABEL } from '../sla/commitmentText';

/**
 * What a CSV column means: the period's label, start or end, one SLA commitment's actual, or
 * nothing. Stored as plain strings in `feedback.csvMapping` (header → target) so a CRM export
 * is mapped once and recognised the next month.
 */
export type CsvTarget = 'ignore' | 'periodLabel' | 'periodStart' | 'periodEnd' | `commitment:${string}`;
export type CsvMapping = Record<string, string>;

export const commitmentTarget = (commitmentId: string): CsvTarget => `commitment:${commitmentId}`;

export function targetOptions(commitments: readonly SlaCommitment[]): { value: CsvTarget; label: string }[] {
  return [
    { value: 'ignore', label: 'Ignore this column' },
    { value: 'periodLabel', label: 'Period (name)' },
    { value: 'periodStart', label: 'Period start' },
    { value: 'periodEnd', label: 'Period end' },
    ...commitments.map((c, i) => ({ value: commitmentTarget(c.id), label: `${COMMITMENT_LABEL[c.kind]} (commitment ${i + 1})` })),
  ];
}

const KIND_WORDS: Record<CommitmentKind, RegExp> = {
  mqlVolume: /\bmqls?\b|volume|delivered/i,
  leadQuality: /accept|quality/i,
  firstTouch: /touch|first contact|response/i,
  followUpAttempts: /attempt|follow/i,
  disposition: /disposi/i,
};

function guessOne(header: string, commitments: readonly SlaCommitment[]): CsvTarget {
  const h = header.trim();
  if (/start|from|begin/i.test(h)) return 'periodStart';
  if (/\bend\b|until|\bto\b/i.test(h)) return 'periodEnd';
  if (/^(period|month|week|quarter|label|name)$/i.test(h) || /period/i.test(h)) return 'periodLabel';
  const c = commitments.find((c) => KIND_WORDS[c.kind].test(h));
  return c ? commitmentTarget(c.id) : 'ignore';
}

/**
 * The mapping to propose for a file: what the room chose before for a header (if it still
 * makes sense), else a guess from the header's words. Each target is used by one column only.
 */
export function proposeMapping(headers: readonly string[], commitments: readonly SlaCommitment[], remembered: CsvMapping): Record<string, CsvTarget> {
  const valid = new Set<string>(targetOptions(commitments).map((o) => o.value));
  const used = new Set<string>();
  const out: Record<string, CsvTarget> = {};
  for (const h of headers) {
    const known = remembered[h];
    let t: CsvTarget = known !== undefined && valid.has(known) ? (known as CsvTarget) : guessOne(h, commitments);
    if (t !== 'ignore' && used.has(t)) t = 'ignore';
    if (t !== 'ignore') used.add(t);
    out[h] = t;
  }
  return out;
}

/** What stops a mapping from being imported, in words; empty when it can be. */
export function mappingProblems(mapping: Record<string, CsvTarget>, commitments: readonly SlaCommitment[]): string[] {
  const label = new Map<string, string>(targetOptions(commitments).map((o) => [o.value, o.label]));
  const problems: string[] = [];
  const targets = Object.values(mapping);
  if (!targets.includes('periodStart')) problems.push('Map one column to “Period start”: each row needs the first day of its period.');
  if (!targets.some((t) => t.startsWith('commitment:'))) problems.push('Map at least one column to an SLA commitment.');
  const seen = new Map<string, number>();
  for (const t of targets) if (t !== 'ignore') seen.set(t, (seen.get(t) ?? 0) + 1);
  for (const [t, count] of seen) if (count > 1) problems.push(`${count} columns are mapped to the same target “${label.get(t) ?? t}”; map each target once.`);
  return problems;
}
