import type { Language } from '../workshop/schema';
import type { Period, SlaContent } from '../workshop/steps/sla';
import type { SlaMetric } from '../workshop/steps/slaDefinition';
import { buildDefinitionView, type DefinitionView } from '../documents/definitionView';
import { COMMITMENT_LABEL, describeCommitment } from './commitmentText';

/**
 * What changed between two SLA versions, in the words a signer reads: the MQL definition's
 * numbers first ("MQL threshold: 60 → 55"), then clause by clause (only the sentences that
 * changed), commitment by commitment (what exactly changed: "target 180 → 200"), the
 * scoreboard, term and signers. Commitments are matched by id (versions from schemaVersion 2
 * have none: matched by position), clauses by kind, metrics by name.
 */
export interface DiffDetail {
  /** What within the entry changed ("Target", "Pilot term"); '' for a changed sentence of a clause. */
  label: string;
  before: string | null;
  after: string | null;
  /** Around a change within a sentence: the words before and after it ("…reaches", "points and…"). */
  lead?: string;
  trail?: string;
}

export interface DiffEntry {
  area: 'clause' | 'commitment' | 'term' | 'signers' | 'document' | 'definition' | 'metrics';
  label: string;
  change: 'added' | 'removed' | 'changed';
  before: string | null;
  after: string | null;
  /** Short values (a number, a cadence): the row reads "label: before → after". */
  inline?: boolean;
  /** For a changed clause or commitment: only what changed in it. */
  details?: DiffDetail[];
}

type Commitment = SlaContent['commitments'][number];

/** The numbers of the signed MQL definition a signer reads as one line each. */
export const DEFINITION_NUMBERS = ['threshold', 'minimumFit', 'minimumEngagement'] as const;
export type DefinitionNumber = (typeof DEFINITION_NUMBERS)[number];

/** What a diff row is about, for `DiffWords.subject` to name. */
export type DiffSubject =
  | {
      kind:
        | 'clientCompany'
        | 'title'
        | 'language'
        | 'effectiveDate'
        | 'termMonths'
        | 'signer'
        | 'calculator'
        | 'reviewCadence'
        | 'decay'
        | 'fitCriteria'
        | 'engagementCriteria'
        | 'negativeCriteria'
        | 'sqlCriteria';
    }
  | { kind: 'definition'; field: DefinitionNumber }
  | { kind: 'clause'; title: string }
  | { kind: 'commitment'; position: number; commitmentKind: Commitment['kind'] }
  | { kind: 'metric'; name: string };

/** A commitment's field whose change is worth its own line. */
export type CommitmentField = 'target' | 'period' | 'withinDays' | 'level' | 'atRisk' | 'note';

/**
 * The words of a diff. English by default (tests, CLI); the app passes its UI language's, so
 * shared/ needs no i18n library.
 */
export interface DiffWords {
  /** The language commitments are described in. */
  language: Language;
  subject(s: DiffSubject): string;
  months(n: number): string;
  date(iso: string): string;
  witness(signer: string): string;
  calculator(mqlsPerMonth: number): string;
  /** Optional (callers written before these): defaults in English. */
  field?(f: CommitmentField): string;
  period?(p: Period): string;
  cadence?(c: NonNullable<SlaContent['reviewCadence']>): string;
  number?(n: number): string;
  none?: string;
}

const ENGLISH_SUBJECT = {
  clientCompany: 'Client company',
  title: 'Title',
  language: 'Document language',
  effectiveDate: 'Effective date',
  termMonths: 'Pilot term',
  signer: 'Signer',
  calculator: 'Calculator appendix',
  reviewCadence: 'Review cadence',
  decay: 'Engagement decay',
  fitCriteria: 'Fit criterion',
  engagementCriteria: 'Engagement criterion',
  negativeCriteria: 'Negative criterion',
  sqlCriteria: 'SQL criterion',
} as const;
const ENGLISH_DEFINITION: Record<DefinitionNumber, string> = {
  threshold: 'MQL threshold',
  minimumFit: 'Minimum fit',
  minimumEngagement: 'Minimum engagement',
};
const ENGLISH_FIELD: Record<CommitmentField, string> = {
  target: 'Target',
  period: 'Measured',
  withinDays: 'Within (days)',
  level: 'Met at (% of leads)',
  atRisk: 'At risk from',
  note: 'Note',
};
const ENGLISH_CADENCE = { weekly: 'every week', biweekly: 'every two weeks', monthly: 'every month', quarterly: 'every quarter' } as const;

export const ENGLISH_DIFF_WORDS: DiffWords = {
  language: 'en',
  subject: (s) => {
    switch (s.kind) {
      case 'clause':
        return `Clause “${s.title}”`;
      case 'commitment':
        return `Commitment ${s.position} (${COMMITMENT_LABEL[s.commitmentKind]})`;
      case 'definition':
        return ENGLISH_DEFINITION[s.field];
      case 'metric':
        return `Metric “${s.name}”`;
      default:
        return ENGLISH_SUBJECT[s.kind];
    }
  },
  months: (n) => `${n} months`,
  date: (iso) => iso,
  witness: (signer) => `${signer} (witness)`,
  calculator: (n) => `${n} MQLs per month from the reverse funnel`,
  field: (f) => ENGLISH_FIELD[f],
  period: (p) => `per ${p}`,
  cadence: (c) => ENGLISH_CADENCE[c],
  number: (n) => new Intl.NumberFormat('en').format(n),
  none: 'none',
};

const commitmentText = (c: Commitment, language: Language, all: readonly Commitment[]) => {
  const d = describeCommitment(c, language, all);
  return `${d.party}: ${d.what}${c.note ? ` — ${c.note}` : ''}`;
};

function pairs<T>(a: readonly T[], b: readonly T[], key: (x: T, i: number) => string): [string, T | undefined, T | undefined][] {
  const keys: string[] = [];
  const left = new Map(a.map((x, i) => [key(x, i), x]));
  const right = new Map(b.map((x, i) => [key(x, i), x]));
  for (const k of [...left.keys(), ...right.keys()]) if (!keys.includes(k)) keys.push(k);
  return keys.map((k) => [k, left.get(k), right.get(k)]);
}

function compare(
  out: DiffEntry[],
  area: DiffEntry['area'],
  label: string,
  before: string | null,
  after: string | null,
  extra: Pick<DiffEntry, 'inline' | 'details'> = {},
): void {
  if (before === after) return;
  out.push({ area, label, change: before === null ? 'added' : after === null ? 'removed' : 'changed', before, after, ...extra });
}

/**
 * The sentences of a clause that changed: a longest-common-subsequence over its lines; within a
 * run of removed lines followed by added ones, the n-th added line replaces the n-th removed one,
 * and a replaced line shows only the words that changed, with a few words around them.
 */
export function changedLines(before: string, after: string): DiffDetail[] {
  const a = before.split('\n').filter((l) => l.trim() !== '');
  const b = after.split('\n').filter((l) => l.trim() !== '');
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: DiffDetail[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    for (let k = 0; k < Math.max(removed.length, added.length); k++) out.push(compactLine(removed[k] ?? null, added[k] ?? null));
    removed = [];
    added = [];
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      flush();
      i++;
      j++;
    } else if (i < a.length && (j === b.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) removed.push(a[i++]!);
    else added.push(b[j++]!);
  }
  flush();
  return out;
}

/** Words to keep on each side of a change, so it reads in its sentence. */
const CONTEXT_WORDS = 5;

/** Chinese and Japanese, written without spaces between words. */
const CJK = /[\u3000-\u9fff\uff00-\uffef]/;
/** Words and the spaces between them; Chinese character by character. */
const tokens = (s: string): string[] => (CJK.test(s) ? [...s] : s.split(/(\s+)/));

/** A replaced line as only what changed in it: "…reaches ⟨60⟩ → ⟨55⟩ points and uses…". */
function compactLine(before: string | null, after: string | null): DiffDetail {
  if (before === null || after === null) return { label: '', before, after };
  const x = tokens(before);
  const y = tokens(after);
  let p = 0;
  while (p < x.length && p < y.length && x[p] === y[p]) p++;
  let q = 0;
  while (q < x.length - p && q < y.length - p && x[x.length - 1 - q] === y[y.length - 1 - q]) q++;
  if (p + q === 0) return { label: '', before, after };
  // Words come with the spaces between them (two tokens a word); characters three times as many.
  const keep = CJK.test(before) ? CONTEXT_WORDS * 3 : CONTEXT_WORDS * 2;
  const head = x.slice(0, p);
  const tail = x.slice(x.length - q);
  const lead = (head.length > keep ? '…' : '') + head.slice(-keep).join('');
  const trail = tail.slice(0, keep).join('') + (tail.length > keep ? '…' : '');
  return { label: '', before: x.slice(p, x.length - q).join(''), after: y.slice(p, y.length - q).join(''), lead, trail };
}

function commitmentDetails(
  a: Commitment,
  b: Commitment,
  words: DiffWords,
  from: readonly Commitment[],
  to: readonly Commitment[],
): DiffDetail[] {
  if (a.kind !== b.kind || a.party !== b.party) return [];
  const field = words.field ?? ENGLISH_DIFF_WORDS.field!;
  const num = words.number ?? ENGLISH_DIFF_WORDS.number!;
  const period = words.period ?? ENGLISH_DIFF_WORDS.period!;
  const none = words.none ?? ENGLISH_DIFF_WORDS.none!;
  const n = (v: number | null | undefined) => (v === null || v === undefined ? none : num(v));
  const pct = (v: number | null | undefined) => (v === null || v === undefined ? none : `${num(v)} %`);
  const rows: [CommitmentField, string, string][] = [
    ['target', describeCommitment(a, words.language, from).target, describeCommitment(b, words.language, to).target],
    ['period', period(a.period), period(b.period)],
    ['withinDays', n(a.withinDays), n(b.withinDays)],
    ['level', pct(a.level), pct(b.level)],
    ['atRisk', pct(a.atRisk), pct(b.atRisk)],
    ['note', a.note || none, b.note || none],
  ];
  return rows.filter(([, x, y]) => x !== y).map(([f, x, y]) => ({ label: field(f), before: x, after: y }));
}

/**
 * The signed MQL definition's numbers one line each, then its criteria added or removed, each
 * worded as the SLA's definition appendix words it, in the diff's language. Versions signed
 * before the definition was part of the content quoted it only in their clauses: nothing here.
 */
function definitionEntries(out: DiffEntry[], from: SlaContent, to: SlaContent, words: DiffWords): void {
  const a = from.definition;
  const b = to.definition;
  if (!a || !b) return;
  const num = words.number ?? ENGLISH_DIFF_WORDS.number!;
  const none = words.none ?? ENGLISH_DIFF_WORDS.none!;
  const n = (v: number | null) => (v === null ? none : num(v));
  for (const field of DEFINITION_NUMBERS)
    compare(out, 'definition', words.subject({ kind: 'definition', field }), n(a[field]), n(b[field]), { inline: true });
  const va = buildDefinitionView(a, words.language);
  const vb = buildDefinitionView(b, words.language);
  compare(out, 'definition', words.subject({ kind: 'decay' }), va.decay, vb.decay, { inline: true });
  const lines = (v: DefinitionView) =>
    [
      ['fitCriteria', v.fit.map((c) => `${c.criterion}: ${c.points}`)],
      ['engagementCriteria', v.engagement.map((c) => `${c.behaviour}: ${c.points}, ${c.cap}`)],
      ['negativeCriteria', v.negative.map((c) => `${c.criterion}: ${c.veto ? v.s.veto : c.points}`)],
      ['sqlCriteria', v.sql.map((c) => `${c.label}${c.description ? `: ${c.description}` : ''}`)],
    ] as const;
  const after = lines(vb);
  lines(va).forEach(([kind, before], k) => {
    const now = after[k]![1];
    for (const t of before.filter((t) => !now.includes(t))) compare(out, 'definition', words.subject({ kind }), t, null);
    for (const t of now.filter((t) => !before.includes(t))) compare(out, 'definition', words.subject({ kind }), null, t);
  });
}

function metricEntries(out: DiffEntry[], from: SlaContent, to: SlaContent, words: DiffWords): void {
  // Versions signed before the scoreboard was part of the content list it only in their metrics clause.
  const a = from.metrics;
  const b = to.metrics;
  if (!a || !b) return;
  const num = words.number ?? ENGLISH_DIFF_WORDS.number!;
  const period = words.period ?? ENGLISH_DIFF_WORDS.period!;
  const text = (m: SlaMetric | undefined) =>
    m
      ? [m.target === null ? (words.none ?? 'none') : num(m.target), m.unit, m.period ? period(m.period) : ''].filter(Boolean).join(' ')
      : null;
  for (const [name, x, y] of pairs(a, b, (m) => m.name))
    compare(out, 'metrics', words.subject({ kind: 'metric', name }), text(x), text(y), { inline: true });
}

export function diffSlaContent(from: SlaContent, to: SlaContent, words: DiffWords = ENGLISH_DIFF_WORDS): DiffEntry[] {
  const out: DiffEntry[] = [];
  const name = words.subject;
  compare(out, 'document', name({ kind: 'clientCompany' }), from.clientCompany, to.clientCompany);
  compare(out, 'document', name({ kind: 'title' }), from.title, to.title);
  compare(out, 'document', name({ kind: 'language' }), from.language, to.language);

  definitionEntries(out, from, to, words);

  for (const [kind, a, b] of pairs(from.clauses ?? [], to.clauses ?? [], (c) => c.kind)) {
    const details = a && b ? changedLines(a.text, b.text) : undefined;
    compare(
      out,
      'clause',
      name({ kind: 'clause', title: b?.title ?? a?.title ?? kind }),
      a?.text ?? null,
      b?.text ?? null,
      details ? { details } : {},
    );
  }

  const commitmentKey = (c: Commitment, i: number) => c.id ?? `#${i}`;
  pairs(from.commitments, to.commitments, commitmentKey).forEach(([, a, b]) => {
    const which = b ?? a!;
    const position = (b ? to.commitments.indexOf(b) : from.commitments.indexOf(a!)) + 1;
    const text = (c: Commitment | undefined, all: readonly Commitment[]) => (c ? commitmentText(c, words.language, all) : null);
    const details = a && b ? commitmentDetails(a, b, words, from.commitments, to.commitments) : [];
    compare(
      out,
      'commitment',
      name({ kind: 'commitment', position, commitmentKind: which.kind }),
      text(a, from.commitments),
      text(b, to.commitments),
      details.length > 0 ? { details } : {},
    );
  });

  metricEntries(out, from, to, words);

  const date = (iso: string) => (iso ? words.date(iso) : null);
  compare(out, 'term', name({ kind: 'effectiveDate' }), date(from.effectiveDate), date(to.effectiveDate), { inline: true });
  const months = (n: number | null) => (n === null ? null : words.months(n));
  compare(out, 'term', name({ kind: 'termMonths' }), months(from.termMonths), months(to.termMonths), { inline: true });
  // Versions frozen before the cadence was in the content say it only in their review clause.
  if (from.reviewCadence && to.reviewCadence) {
    const cadence = words.cadence ?? ENGLISH_DIFF_WORDS.cadence!;
    compare(out, 'term', name({ kind: 'reviewCadence' }), cadence(from.reviewCadence), cadence(to.reviewCadence), { inline: true });
  }

  const signer = (s: SlaContent['signers'][number]) => {
    const who = `${s.name}${s.role ? `, ${s.role}` : ''}`;
    return s.capacity === 'witness' ? words.witness(who) : who;
  };
  for (const [, a, b] of pairs(from.signers, to.signers, (s) => s.id)) {
    compare(out, 'signers', name({ kind: 'signer' }), a ? signer(a) : null, b ? signer(b) : null);
  }
  const calc = (c: SlaContent['calculator']) => (c ? words.calculator(c.perMonth.mqls) : null);
  compare(out, 'document', name({ kind: 'calculator' }), calc(from.calculator ?? null), calc(to.calculator ?? null));
  return out;
}

/**
 * What the workshop has changed since a version was frozen: the draft as the next version would
 * freeze it, against that version. The disagreements the room accepted when freezing belong to
 * that freeze, not to the text, so they are left out.
 */
export function driftSinceFrozen(frozen: SlaContent, draft: SlaContent, words: DiffWords = ENGLISH_DIFF_WORDS): DiffEntry[] {
  const { overrides: _accepted, ...text } = frozen;
  return diffSlaContent(text, draft, words);
}
