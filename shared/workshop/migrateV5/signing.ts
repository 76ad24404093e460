import { isKnownTimeZone } from '../../calendar/timeZones';
import { clauseStrings } from '../../sla/clauseStrings';
import { goalsHash, statementHash } from '../agreements';
import type { JsonRecord } from '../migrations';
import { LANGUAGES, type Language } from '../languages';
import { MEETING_CADENCES, type GoalsStep, type MeetingCadence } from '../schema';

/**
 * schemaVersion 4 → 5, the part about agreements bound to their text, the one cadence and the week's first day.
 * Receives the whole document as version 4 wrote it (a private copy) and returns it changed.
 *
 * - Agreements to step 1's statement and step 2's goals bind to the text as it reads now (the
 *   room agreed to what is there; only later edits ask again).
 * - One review cadence: step 1's `meetingCadence`. An SLA that was ever frozen keeps what its
 *   latest version said (its review clause quotes the cadence, in the version's language), so
 *   the draft's review clause still reads as signed; otherwise step 1's stays. `sla.reviewCadence`
 *   goes; step 10's triage meetings follow the cadence.
 * - The workshop's time zone: the zone all its meetings share, when they share one.
 */
const rec = (v: unknown): JsonRecord => (v && typeof v === 'object' && !Array.isArray(v) ? (v as JsonRecord) : {});
const arr = (v: unknown): JsonRecord[] => (Array.isArray(v) ? v.filter((x): x is JsonRecord => Boolean(x) && typeof x === 'object') : []);
const isCadence = (v: unknown): v is MeetingCadence => typeof v === 'string' && (MEETING_CADENCES as readonly string[]).includes(v);

/** The cadence a frozen version's review clause words, or null when it cannot be told (an edited clause, say). */
export function cadenceSigned(version: JsonRecord): MeetingCadence | null {
  const content = rec(version.content);
  const language = (LANGUAGES as readonly string[]).includes(String(content.language)) ? (content.language as Language) : 'en';
  const review = arr(content.clauses).find((c) => c.kind === 'review');
  if (!review || typeof review.text !== 'string') return null;
  const words = clauseStrings(language).cadence;
  const found = MEETING_CADENCES.filter((c) => (review.text as string).includes(words[c]));
  return found.length === 1 ? found[0]! : null;
}

function oneCadence(commitment: JsonRecord, sla: JsonRecord): MeetingCadence {
  const latest = arr(sla.versions).at(-1);
  const signed = latest ? (cadenceSigned(latest) ?? (isCadence(sla.reviewCadence) ? sla.reviewCadence : null)) : null;
  if (signed) return signed;
  return isCadence(commitment.meetingCadence) ? commitment.meetingCadence : 'monthly';
}

export function migrateSigningV5(doc: JsonRecord): JsonRecord {
  const commitment = rec(doc.commitment);
  const goals = rec(doc.goals);
  const sla = rec(doc.sla);
  const feedback = rec(doc.feedback);

  const statement = typeof commitment.commitmentStatement === 'string' ? commitment.commitmentStatement : '';
  // A time (as version 4 wrote it) binds to the statement as it reads; an agreement already bound keeps its text.
  const agreements = Object.fromEntries(
    Object.entries(rec(commitment.agreements)).flatMap(([id, a]) => {
      if (typeof a === 'string') return [[id, { at: a, textHash: statementHash(statement) }]];
      return typeof rec(a).at === 'string' && typeof rec(a).textHash === 'string' ? [[id, a]] : [];
    }),
  );

  const team = rec(goals.agreement);
  const hash = goalsHash({ currency: String(goals.currency ?? ''), goals: arr(goals.goals) as unknown as GoalsStep['goals'] });
  const bind = (a: unknown) => {
    const r = rec(a);
    if (typeof r.at !== 'string') return null;
    return typeof r.goalsHash === 'string' ? r : { ...r, goalsHash: hash };
  };

  const cadence = oneCadence(commitment, sla);
  const slaRest = { ...sla };
  delete slaRest.reviewCadence;
  const meetings = arr(feedback.meetings).map((m) => (m.kind === 'weeklyTriage' ? { ...m, frequency: cadence } : m));
  const zones = [...new Set(meetings.map((m) => m.timeZone).filter((z): z is string => typeof z === 'string' && isKnownTimeZone(z)))];

  return {
    ...doc,
    commitment: { ...commitment, meetingCadence: cadence, agreements, ...(zones.length === 1 ? { timeZone: zones[0] } : {}) },
    goals: { ...goals, agreement: { marketing: bind(team.marketing), sales: bind(team.sales) } },
    sla: slaRest,
    feedback: { ...feedback, meetings },
  };
}
