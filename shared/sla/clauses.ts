import { cadenceSummary } from '../handOff/cadence';
import { pilotLastDay } from '../calendar/term';
import { stageWithRole } from '../metrics/stageFlow';
import { mqlDefinitionText } from '../scoring/definition';
import type { Workshop } from '../workshop/schema';
import { CLAUSE_KINDS, type ClauseKind, type SlaClause } from '../workshop/steps/sla';
import { canonicalJson } from './json';
import { clauseStrings, type ClauseStrings } from './clauseStrings';
import { describeCommitment } from './commitmentText';
import { sha256HexSync } from './sha256';

/**
 * SLA clauses generated from the workshop data. Each clause reads a small "source" (only the
 * facts it quotes) so that its fingerprint moves only when those facts do: a clause the room
 * edited warns "source changed" when, and only when, what it was written from changed.
 */
export interface GeneratedClause {
  kind: ClauseKind;
  title: string;
  text: string;
  sourceHash: string;
}

const personLabel = (w: Workshop, id: string, s: ClauseStrings) => {
  const p = w.commitment.participants.find((x) => x.id === id);
  if (!p) return null;
  const name = p.name.trim() || s.unnamedParticipant;
  return s.person(name, p.role.trim());
};

const firstParagraph = (text: string) => text.split('\n\n')[0] ?? '';

/** Up to this many metrics the clause lists them in its text; more are a table in the SLA. */
export const METRICS_IN_TEXT = 8;

/** For each clause: the facts it is written from, and how they read. */
const SOURCES: Record<ClauseKind, (w: Workshop, s: ClauseStrings) => { data: unknown; text: (d: never) => string }> = {
  parties: (w, s) => {
    const team = (id: string) => w.commitment.participants.find((p) => p.id === id)?.team;
    const named = (ids: string[]) => ids.map((id) => personLabel(w, id, s)).filter((x): x is string => x !== null);
    const data = {
      client: w.clientCompany.trim() || s.unnamedClient,
      marketing: named(w.sla.signerIds.filter((id) => team(id) === 'marketing')),
      sales: named(w.sla.signerIds.filter((id) => team(id) !== 'marketing')),
      witness: w.sla.witnessId ? personLabel(w, w.sla.witnessId, s) : null,
    };
    return { data, text: (d: typeof data) => s.parties(d) };
  },
  purpose: (w, s) => {
    const goal = w.goals.goals.find((g) => g.kind === 'revenue') ?? w.goals.goals[0];
    const data = {
      client: w.clientCompany.trim() || s.unnamedClient,
      goal: goal ? goal.title.trim() || goal.metric.trim() || null : null,
      // Step 1's statement, which every participant agreed to, opens the purpose in their words.
      statement: w.commitment.commitmentStatement.trim() || null,
    };
    return { data, text: (d: typeof data) => s.purpose(d) };
  },
  definitions: (w, s) => {
    const q = w.qualifiedLead;
    const sqlCriteria = q.sqlCriteria.filter((c) => c.label.trim() !== '').map((c) => c.label.trim());
    const data = {
      mql: firstParagraph(mqlDefinitionText(q))
        .replace(/^A marketing-qualified lead \(MQL\) is /, 'a lead that ')
        .replace(/^a lead that a lead that /, 'a lead that '),
      threshold: q.mqlThreshold,
      minimumFit: q.minimumFit,
      minimumEngagement: q.minimumEngagement,
      sal: stageWithRole(w.leadProcess, 'sal')?.entryCriteria.trim() || null,
      acceptanceHours: w.handOff.acceptanceWindowHours,
      sqlCriteria,
      sqlStage: stageWithRole(w.leadProcess, 'sql')?.entryCriteria.trim() || null,
    };
    return { data, text: (d: typeof data) => s.definitions(d) };
  },
  marketingCommitments: (w, s) => {
    const data = w.sla.commitments
      .filter((c) => c.party === 'marketing')
      .map((c) => s.withNote(describeCommitment(c, w.language, w.sla.commitments).what, c.note.trim()));
    return { data, text: (d: typeof data) => s.marketingCommitments(d) };
  },
  salesCommitments: (w, s) => {
    const data = {
      // A sales row that answers a delivery names it ("each MQL delivered on Monday"), so it reads on its own.
      rows: w.sla.commitments
        .filter((c) => c.party === 'sales')
        .map((c) => s.withNote(describeCommitment(c, w.language, w.sla.commitments).what, c.note.trim())),
      rejectionReasons: w.handOff.rejectionReasons.map((r) => r.trim()).filter(Boolean),
    };
    return { data, text: (d: typeof data) => s.salesCommitments(d) };
  },
  handOff: (w, s) => {
    const h = w.handOff;
    const summary = cadenceSummary(h.followUp);
    const data = {
      threshold: w.qualifiedLead.mqlThreshold,
      conditions: h.triggerConditions.map((c) => c.trim()).filter(Boolean),
      routing: s.routing[h.routing],
      routingDetail: h.routingDetail.trim(),
      travelsWith: h.travelsWith.map((t) => s.travelsWith[t]),
      cadence: summary.attempts > 0 ? { attempts: summary.attempts, days: summary.spanDays } : null,
      recycleReasons: h.recycleReasons.map((r) => r.trim()).filter(Boolean),
      reentryRule: h.reentryRule.trim(),
    };
    return { data, text: (d: typeof data) => s.handOff(d) };
  },
  metrics: (w, s) => {
    // Every metric, never the first few: the commitments rely on the ones further down.
    const data = w.metrics.metrics.map((m) => {
      const unit = m.unit.trim();
      const per = m.period && !unit.includes('/') ? ` ${s.perPeriod[m.period]}` : '';
      return {
        name: m.name.trim() || s.metricKind[m.kind],
        target: m.target === null ? null : `${new Intl.NumberFormat(w.language).format(m.target)}${unit ? ` ${unit}` : ''}${per}`,
        source: m.dataSource.trim(),
        frequency: m.frequency,
      };
    });
    // A long scoreboard reads as a table (printed with this clause from the signed metrics), not a paragraph.
    return { data, text: (d: typeof data) => (d.length > METRICS_IN_TEXT ? s.metricsTable(d.length) : s.metrics(d)) };
  },
  review: (w, s) => {
    // The one review cadence is step 1's (step 10's triage follows it too).
    const data = { cadence: s.cadence[w.commitment.meetingCadence], escalation: w.sla.escalation.trim() };
    return { data, text: (d: typeof data) => s.review(d) };
  },
  term: (w, s) => {
    // The same date style as the document's header and signature block (shared/documents/strings.ts):
    // Intl's medium date, with English written the British way the app and documents use.
    const long = (iso: string) =>
      new Intl.DateTimeFormat(w.language === 'en' ? 'en-GB' : w.language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
        new Date(`${iso}T00:00:00Z`),
      );
    const date = w.sla.effectiveDate ? long(w.sla.effectiveDate) : null;
    // The last day of the pilot, which the review meetings' calendar (.ics) ends on too.
    const last = pilotLastDay(w.sla.effectiveDate, w.sla.termMonths);
    // Derived from the two facts above, so it stays out of the source: an edited clause does not warn for it.
    const lastDay = last ? long(last) : null;
    const data = { effectiveDate: date, months: w.sla.termMonths };
    return { data, text: (d: typeof data) => s.term({ ...d, lastDay }) };
  },
  amendments: (_w, s) => ({ data: null, text: () => s.amendments }),
};

export const sourceHashOf = (data: unknown): string => sha256HexSync(canonicalJson({ source: data ?? null }));

/** Every clause as generated from the workshop now, in document order. */
export function generateClauses(w: Workshop): GeneratedClause[] {
  const s = clauseStrings(w.language);
  return CLAUSE_KINDS.map((kind) => {
    const { data, text } = SOURCES[kind](w, s);
    return { kind, title: s.title[kind], text: text(data as never), sourceHash: sourceHashOf(data) };
  });
}

export interface ClauseView extends GeneratedClause {
  /** The text the SLA uses: the room's edit if there is one, else the generated text. */
  effectiveText: string;
  edited: boolean;
  /** Edited, and the data the edit was written from has changed since. */
  sourceChanged: boolean;
}

export function clauseViews(w: Workshop): ClauseView[] {
  const stored = new Map(w.sla.clauses.map((c) => [c.kind, c]));
  return generateClauses(w).map((g) => {
    const c = stored.get(g.kind);
    const edited = c?.edited ?? null;
    return {
      ...g,
      effectiveText: edited ?? g.text,
      edited: edited !== null,
      sourceChanged: edited !== null && c!.sourceHash !== g.sourceHash,
    };
  });
}

/** The stored record after the room edits a clause's text (an edit equal to the generated text is no edit). */
export function editedClause(w: Workshop, kind: ClauseKind, text: string): SlaClause {
  const g = generateClauses(w).find((c) => c.kind === kind)!;
  const before = w.sla.clauses.find((c) => c.kind === kind);
  // Keep the source the first edit was based on, so further typing does not hide a warning.
  const sourceHash = before?.edited != null ? before.sourceHash : g.sourceHash;
  return { kind, generated: g.text, edited: text === g.text ? null : text, sourceHash };
}

/** Regenerate: back to the generated text, following the data again. */
export function regeneratedClause(w: Workshop, kind: ClauseKind): SlaClause {
  const g = generateClauses(w).find((c) => c.kind === kind)!;
  return { kind, generated: g.text, edited: null, sourceHash: g.sourceHash };
}

/** Keep my text: the edit stays, and is now considered written from the current data. */
export function acknowledgedClause(w: Workshop, kind: ClauseKind): SlaClause {
  const g = generateClauses(w).find((c) => c.kind === kind)!;
  const before = w.sla.clauses.find((c) => c.kind === kind);
  return { kind, generated: g.text, edited: before?.edited ?? null, sourceHash: g.sourceHash };
}

/** Writes a clause record into the draft, replacing the one of the same kind. */
export function putClause(w: Workshop, clause: SlaClause): void {
  const i = w.sla.clauses.findIndex((c) => c.kind === clause.kind);
  if (i >= 0) w.sla.clauses[i] = clause;
  else w.sla.clauses.push(clause);
}
