import type { Language } from '../workshop/schema';
import type { SlaContent } from '../workshop/steps/sla';
import { COMMITMENT_LABEL, describeCommitment } from './commitmentText';

/**
 * What changed between two SLA versions, in the words a signer reads: clause by clause,
 * commitment by commitment, then term and signers. Commitments are matched by id (versions
 * from schemaVersion 2 have none: matched by position), clauses by kind.
 */
export interface DiffEntry {
  area: 'clause' | 'commitment' | 'term' | 'signers' | 'document';
  label: string;
  change: 'added' | 'removed' | 'changed';
  before: string | null;
  after: string | null;
}

type Commitment = SlaContent['commitments'][number];

/** What a diff row is about, for `DiffWords.subject` to name. */
export type DiffSubject =
  | { kind: 'clientCompany' | 'title' | 'language' | 'effectiveDate' | 'termMonths' | 'signer' | 'calculator' }
  | { kind: 'clause'; title: string }
  | { kind: 'commitment'; position: number; commitmentKind: Commitment['kind'] };

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
}

const ENGLISH_SUBJECT = { clientCompany: 'Client company', title: 'Title', language: 'Document language', effectiveDate: 'Effective date', termMonths: 'Pilot term', signer: 'Signer', calculator: 'Calculator appendix' } as const;

export const ENGLISH_DIFF_WORDS: DiffWords = {
  language: 'en',
  subject: (s) => (s.kind === 'clause' ? `Clause “${s.title}”` : s.kind === 'commitment' ? `Commitment ${s.position} (${COMMITMENT_LABEL[s.commitmentKind]})` : ENGLISH_SUBJECT[s.kind]),
  months: (n) => `${n} months`,
  date: (iso) => iso,
  witness: (signer) => `${signer} (witness)`,
  calculator: (n) => `${n} MQLs per month from the reverse funnel`,
};

const commitmentText = (c: Commitment, language: Language) => {
  const d = describeCommitment(c, language);
  return `${d.party}: ${d.what}${c.note ? ` — ${c.note}` : ''}`;
};

function pairs<T>(a: readonly T[], b: readonly T[], key: (x: T, i: number) => string): [string, T | undefined, T | undefined][] {
  const keys: string[] = [];
  const left = new Map(a.map((x, i) => [key(x, i), x]));
  const right = new Map(b.map((x, i) => [key(x, i), x]));
  for (const k of [...left.keys(), ...right.keys()]) if (!keys.includes(k)) keys.push(k);
  return keys.map((k) => [k, left.get(k), right.get(k)]);
}

function compare(out: DiffEntry[], area: DiffEntry['area'], label: string, before: string | null, after: string | null): void {
  if (before === after) return;
  out.push({ area, label, change: before === null ? 'added' : after === null ? 'removed' : 'changed', before, after });
}

export function diffSlaContent(from: SlaContent, to: SlaContent, words: DiffWords = ENGLISH_DIFF_WORDS): DiffEntry[] {
  const out: DiffEntry[] = [];
  const name = words.subject;
  compare(out, 'document', name({ kind: 'clientCompany' }), from.clientCompany, to.clientCompany);
  compare(out, 'document', name({ kind: 'title' }), from.title, to.title);
  compare(out, 'document', name({ kind: 'language' }), from.language, to.language);

  for (const [kind, a, b] of pairs(from.clauses ?? [], to.clauses ?? [], (c) => c.kind)) {
    compare(out, 'clause', name({ kind: 'clause', title: b?.title ?? a?.title ?? kind }), a?.text ?? null, b?.text ?? null);
  }

  const commitmentKey = (c: Commitment, i: number) => c.id ?? `#${i}`;
  pairs(from.commitments, to.commitments, commitmentKey).forEach(([, a, b]) => {
    const which = b ?? a!;
    const position = (b ? to.commitments.indexOf(b) : from.commitments.indexOf(a!)) + 1;
    const text = (c: Commitment | undefined) => (c ? commitmentText(c, words.language) : null);
    compare(out, 'commitment', name({ kind: 'commitment', position, commitmentKind: which.kind }), text(a), text(b));
  });

  const date = (iso: string) => (iso ? words.date(iso) : null);
  compare(out, 'term', name({ kind: 'effectiveDate' }), date(from.effectiveDate), date(to.effectiveDate));
  const months = (n: number | null) => (n === null ? null : words.months(n));
  compare(out, 'term', name({ kind: 'termMonths' }), months(from.termMonths), months(to.termMonths));

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
