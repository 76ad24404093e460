import type { JsonRecord } from '../migrations';
import { commitmentWords } from '../../sla/commitmentWords';
import { DEFAULT_AT_RISK_OF_TARGET, DEFAULT_LEVEL, defaultAtRisk } from '../../sla/commitmentRules';
import { legacyLogUnit } from '../../compliance/periods';
import { isTimeLimited, type CommitmentKind, type SlaCommitment } from '../steps/sla';
import { LANGUAGES, type Language } from '../languages';

/**
 * schemaVersion 4 → 5, the part about periods, commitment kinds, compliance levels and the
 * compliance log. Receives the whole document as version 4 wrote it (a private copy) and
 * returns it changed. Frozen versions (`sla.versions[].content`) are left exactly as signed.
 *
 * - The week starts on Monday (the only week version 4 knew).
 * - Each draft commitment gets what "met" means: the global thresholds of the log move into it.
 *   A time-limited commitment was held to every lead (met at `thresholds.met` % of 100 % of
 *   leads), so its level is that share, at most 100 %; its at-risk point is `thresholds.atRisk`
 *   (or 10 points below the level when that is not below it). Volume and quality are met at
 *   their target, at risk from `thresholds.atRisk` % of it (90 % when that is not below 100).
 * - A rhythm's response ("sales qualifies them by Wednesday and reports the MQL→SQL rate")
 *   becomes sales' own commitment, linked to the delivery: a weekly `qualifyBy` by that day at
 *   the default level, and an `mqlToSqlRate` when that rate was reported (its target from the
 *   calculator's rates when they are there, else left for the room); a reported acceptance rate
 *   is kept as a note.
 * - The log is kept in the unit it was (the first commitment's period, else months); an old
 *   percentage actual of a share becomes `{ part: p, of: 100 }` (the same share); counts stay.
 */
type Json = Record<string, unknown>;

const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v: unknown, fallback: number): number => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);
const KINDS = new Set<string>(['mqlVolume', 'leadQuality', 'firstTouch', 'followUpAttempts', 'disposition', 'qualifyBy', 'mqlToSqlRate']);
const MAX_COMMITMENTS = 50;

interface Thresholds {
  met: number;
  atRisk: number;
}

/** What "met" and "at risk" meant for a commitment under the log's global thresholds. */
export function levelsFrom(kind: CommitmentKind, t: Thresholds): { level: number | null; atRisk: number } {
  if (isTimeLimited(kind)) {
    const level = Math.min(100, Math.max(1, t.met));
    return { level, atRisk: t.atRisk < level ? Math.max(0, t.atRisk) : defaultAtRisk(kind, level) };
  }
  return { level: null, atRisk: t.atRisk < 100 ? Math.max(0, t.atRisk) : DEFAULT_AT_RISK_OF_TARGET };
}

/** The MQL→SQL rate the calculator's rates imply (MQL → SAL × SAL → SQL), in percent to one decimal. */
function calculatorSqlRate(sla: Json): number | null {
  const inputs = isRecord(sla.calculator) && isRecord(sla.calculator.inputs) ? sla.calculator.inputs : null;
  const [q, a] = [inputs?.mqlToSal, inputs?.salToSql];
  if (typeof q !== 'number' || typeof a !== 'number' || !(q > 0 && q <= 1 && a > 0 && a <= 1)) return null;
  return Math.max(0.1, Math.round(q * a * 1000) / 10);
}

const uniqueId = (wanted: string, taken: Set<string>): string => {
  let id = wanted.slice(0, 60);
  for (let n = 2; taken.has(id); n++) id = `${wanted.slice(0, 56)}-${n}`;
  taken.add(id);
  return id;
};

/** Sales' (or marketing's) own commitments that answer a rhythm's response, linked to the delivery. */
function answersTo(c: Json, sla: Json, language: Language, taken: Set<string>): Json[] {
  const rhythm = isRecord(c.rhythm) ? c.rhythm : null;
  const response = rhythm && isRecord(rhythm.response) ? rhythm.response : null;
  if (!response || c.period !== 'week') return [];
  const party = c.party === 'marketing' ? 'sales' : 'marketing';
  const base = { party, withinDays: null, period: 'week', rhythm: null, byDay: null, action: null, linkedTo: c.id };
  const answer: Json = {
    ...base,
    id: uniqueId(`${String(c.id)}-answer`, taken),
    kind: 'qualifyBy',
    target: null,
    byDay: response.by,
    action: response.action,
    note: response.report === 'acceptanceRate' ? commitmentWords(language).reportsAcceptanceRate : '',
    level: DEFAULT_LEVEL,
    atRisk: defaultAtRisk('qualifyBy', DEFAULT_LEVEL),
  };
  if (response.report !== 'mqlToSqlRate') return [answer];
  const rate: Json = {
    ...base,
    id: uniqueId(`${String(c.id)}-sql-rate`, taken),
    kind: 'mqlToSqlRate',
    target: calculatorSqlRate(sla),
    note: '',
    level: null,
    atRisk: DEFAULT_AT_RISK_OF_TARGET,
  };
  return [answer, rate];
}

function migrateCommitments(sla: Json, t: Thresholds, language: Language): void {
  if (!Array.isArray(sla.commitments)) return;
  const rows = sla.commitments.filter(isRecord);
  const taken = new Set(rows.map((c) => String(c.id)));
  const out: Json[] = [];
  // The schema holds 50 commitments: answers are added while there is room for them.
  let room = MAX_COMMITMENTS - rows.length;
  for (const c of rows) {
    const kind = (KINDS.has(String(c.kind)) ? c.kind : 'mqlVolume') as CommitmentKind;
    const { level, atRisk } = levelsFrom(kind, t);
    const rhythm = isRecord(c.rhythm) ? { day: c.rhythm.day } : null;
    out.push({ ...c, rhythm, level, atRisk, byDay: null, action: null, linkedTo: null });
    for (const answer of answersTo(c, sla, language, taken)) if (room-- > 0) out.push(answer);
  }
  sla.commitments = out;
}

function migrateLog(feedback: Json, commitments: readonly Pick<SlaCommitment, 'id' | 'kind' | 'period'>[]): void {
  const counts = new Set(commitments.filter((c) => c.kind === 'mqlVolume').map((c) => c.id));
  const known = new Set(commitments.map((c) => c.id));
  feedback.logUnit = legacyLogUnit(commitments);
  if (Array.isArray(feedback.periods)) {
    for (const p of feedback.periods.filter(isRecord)) {
      if (!isRecord(p.actuals)) continue;
      for (const [id, v] of Object.entries(p.actuals)) {
        // A percentage of a share keeps its share as part of 100; counts (and actuals of removed commitments) stay.
        if (typeof v === 'number' && known.has(id) && !counts.has(id)) p.actuals[id] = { part: v, of: 100 };
      }
    }
  }
  delete feedback.thresholds;
}

export function migrateNumbersV5(doc: JsonRecord): JsonRecord {
  const sla = isRecord(doc.sla) ? doc.sla : null;
  const feedback = isRecord(doc.feedback) ? doc.feedback : null;
  const language: Language = (LANGUAGES as readonly string[]).includes(String(doc.language)) ? (doc.language as Language) : 'en';
  const old = feedback && isRecord(feedback.thresholds) ? feedback.thresholds : {};
  const t = { met: num(old.met, 100), atRisk: num(old.atRisk, 90) };
  if (sla) {
    sla.weekStartsOn ??= 'monday';
    migrateCommitments(sla, t, language);
  }
  const commitments = (sla && Array.isArray(sla.commitments) ? sla.commitments.filter(isRecord) : []) as unknown as SlaCommitment[];
  if (feedback) migrateLog(feedback, commitments);
  return doc;
}
