import type { CommitmentKind, SlaCommitment } from '../workshop/schema';

/**
 * What a CSV column means: the period's label, start or end; for a commitment, its count (a
 * volume), its share as a percentage, or the two counts of a share (`part:` "touched in time",
 * `of:` "received"); the MQLs delivered in the period, the whole of every share without its own
 * `of:` column; or nothing. Stored as plain strings in `feedback.csvMapping` (header → target) so
 * a CRM export is mapped once and recognised the next month.
 */
export type CsvTarget =
  'ignore' | 'periodLabel' | 'periodStart' | 'periodEnd' | 'delivered' | `commitment:${string}` | `part:${string}` | `of:${string}`;
export type CsvMapping = Record<string, string>;

export const commitmentTarget = (commitmentId: string): CsvTarget => `commitment:${commitmentId}`;
export const partTarget = (commitmentId: string): CsvTarget => `part:${commitmentId}`;
export const wholeTarget = (commitmentId: string): CsvTarget => `of:${commitmentId}`;

/** What an option is, for the UI to word: `n` is the commitment's 1-based position. */
export type TargetRole = 'ignore' | 'periodLabel' | 'periodStart' | 'periodEnd' | 'delivered' | 'count' | 'percent' | 'part' | 'of';
export interface TargetOption {
  value: CsvTarget;
  role: TargetRole;
  commitment: { n: number; kind: CommitmentKind } | null;
}

const isCount = (c: Pick<SlaCommitment, 'kind'>) => c.kind === 'mqlVolume';

export function targetOptions(commitments: readonly SlaCommitment[]): TargetOption[] {
  const plain = (value: CsvTarget & TargetRole): TargetOption => ({ value, role: value, commitment: null });
  return [
    plain('ignore'),
    plain('periodLabel'),
    plain('periodStart'),
    plain('periodEnd'),
    plain('delivered'),
    ...commitments.flatMap((c, i): TargetOption[] => {
      const commitment = { n: i + 1, kind: c.kind };
      if (isCount(c)) return [{ value: commitmentTarget(c.id), role: 'count', commitment }];
      return [
        { value: partTarget(c.id), role: 'part', commitment },
        { value: wholeTarget(c.id), role: 'of', commitment },
        { value: commitmentTarget(c.id), role: 'percent', commitment },
      ];
    }),
  ];
}

/** Header words per kind, most specific kinds first ("MQL→SQL %" is the rate, not the volume). */
const KIND_WORDS: [CommitmentKind, RegExp][] = [
  ['mqlToSqlRate', /\bsqls?\b|conversion/i],
  ['qualifyBy', /qualif|handled/i],
  ['leadQuality', /accept|quality/i],
  ['firstTouch', /touch|first contact|response/i],
  ['followUpAttempts', /attempt|follow/i],
  ['disposition', /disposi/i],
  ['mqlVolume', /\bmqls?\b|volume|delivered/i],
];
const PERCENT = /%|percent|rate|share/i;
const WHOLE = /received|\btotal\b|\bof\b/i;

function guessOne(header: string, commitments: readonly SlaCommitment[]): CsvTarget[] {
  const h = header.trim();
  if (/start|from|begin/i.test(h)) return ['periodStart'];
  if (/\bend\b|until|\bto\b/i.test(h)) return ['periodEnd'];
  if (/^(period|month|week|quarter|label|name)$/i.test(h) || /period/i.test(h)) return ['periodLabel'];
  const guesses: CsvTarget[] = [];
  for (const [kind, words] of KIND_WORDS) {
    if (!words.test(h)) continue;
    for (const c of commitments.filter((x) => x.kind === kind)) {
      if (isCount(c)) guesses.push(commitmentTarget(c.id));
      else guesses.push(PERCENT.test(h) ? commitmentTarget(c.id) : WHOLE.test(h) ? wholeTarget(c.id) : partTarget(c.id));
    }
  }
  if (/received|leads in|mqls? in\b/i.test(h)) guesses.push('delivered');
  return guesses;
}

/**
 * The mapping to propose for a file: what the room chose before for a header (if it still
 * makes sense), else a guess from the header's words. Each target is used by one column only.
 */
export function proposeMapping(
  headers: readonly string[],
  commitments: readonly SlaCommitment[],
  remembered: CsvMapping,
): Record<string, CsvTarget> {
  const valid = new Set<string>(targetOptions(commitments).map((o) => o.value));
  const used = new Set<string>();
  const out: Record<string, CsvTarget> = {};
  for (const h of headers) {
    const known = remembered[h];
    const candidates: CsvTarget[] = known !== undefined && valid.has(known) ? [known as CsvTarget] : guessOne(h, commitments);
    const t = candidates.find((x) => x === 'ignore' || !used.has(x)) ?? 'ignore';
    if (t !== 'ignore') used.add(t);
    out[h] = t;
  }
  return out;
}

/** What stops a mapping from being imported; `n` is a commitment's 1-based position. */
export type MappingProblem =
  | { code: 'noPeriodStart' }
  | { code: 'noCommitment' }
  | { code: 'sameTarget'; target: CsvTarget; columns: number }
  | { code: 'partWithoutWhole'; n: number };

/** The column whose count is the whole of commitment `c`'s share: its own `of:`, the MQLs delivered, else a volume column (its linked delivery's first). */
export function wholeColumnTarget(c: SlaCommitment, commitments: readonly SlaCommitment[], targets: ReadonlySet<string>): CsvTarget | null {
  const candidates: CsvTarget[] = [wholeTarget(c.id), 'delivered'];
  const volumes = commitments.filter((x) => x.kind === 'mqlVolume');
  const linked = volumes.find((x) => x.id === c.linkedTo);
  for (const v of linked ? [linked, ...volumes] : volumes) candidates.push(commitmentTarget(v.id));
  return candidates.find((t) => targets.has(t)) ?? null;
}

/** What stops a mapping from being imported; empty when it can be. */
export function mappingProblems(mapping: Record<string, CsvTarget>, commitments: readonly SlaCommitment[]): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const targets = Object.values(mapping);
  const set = new Set<string>(targets);
  if (!set.has('periodStart')) problems.push({ code: 'noPeriodStart' });
  const feedsVolume = set.has('delivered') && commitments.some((c) => c.kind === 'mqlVolume');
  if (!feedsVolume && !targets.some((t) => /^(commitment|part|of):/.test(t))) problems.push({ code: 'noCommitment' });
  const seen = new Map<CsvTarget, number>();
  for (const t of targets) if (t !== 'ignore') seen.set(t, (seen.get(t) ?? 0) + 1);
  for (const [target, columns] of seen) if (columns > 1) problems.push({ code: 'sameTarget', target, columns });
  commitments.forEach((c, i) => {
    if (set.has(partTarget(c.id)) && wholeColumnTarget(c, commitments, set) === null) problems.push({ code: 'partWithoutWhole', n: i + 1 });
  });
  return problems;
}
