import type { Workshop } from '../../../shared/workshop/schema';
import type { Language } from '../../../shared/workshop/languages';
import { describeCommitment } from '../../../shared/sla/commitmentText';
import { signingState, type SigningState } from '../../../shared/sla/versions';
import { defaultFunnelInputs } from '../../../shared/funnel/defaults';
import { reverseFunnel } from '../../../shared/funnel/funnel';
import { complianceRows } from '../../../shared/compliance/status';
import { nextOccurrences } from '../../../shared/calendar/recurrence';

import { num, record, text, type Loose } from './loose';

/** What the presenter view reads for steps 7 to 10 (the earlier steps: adapters.ts, which re-exports these). */

// Step 7 ──────────────────────────────────────────────────────────────────────────────────────

export type SignerState = 'signed' | 'waiting' | 'optional' | 'afterFreezing';

export interface SignerView {
  id: string;
  name: string;
  role: string;
  capacity: 'marketing' | 'sales' | 'witness';
  state: SignerState;
  signedAt: string | null;
}

export interface CommitmentRowView {
  id: string;
  party: 'marketing' | 'sales';
  partyText: string;
  what: string;
  target: string;
}

export interface FunnelStageView {
  key: 'deals' | 'opportunities' | 'sqls' | 'sals' | 'mqls';
  value: number;
}

export interface SlaView {
  state: SigningState;
  version: number | null;
  rows: CommitmentRowView[];
  signers: SignerView[];
  /** The calculator's chain for the goal's period, deals first; null while its inputs are incomplete. */
  chain: FunnelStageView[] | null;
  revenueGoal: number | null;
  period: string;
  currency: string;
}

const CHAIN_KEYS: FunnelStageView['key'][] = ['deals', 'opportunities', 'sqls', 'sals', 'mqls'];

export function slaView(w: Workshop, language: Language): SlaView {
  const version = w.sla.versions.at(-1) ?? null;
  const locked = w.sla.frozen && version !== null;
  // Once frozen, the room signs what the version says: its rows, its signers.
  const commitments = locked ? version.content.commitments : w.sla.commitments;
  const all = commitments as Parameters<typeof describeCommitment>[0][];
  const describe = describeCommitment as (c: unknown, language: Language, all?: unknown) => { party: string; what: string; target: string };
  const rows = commitments.map((c, i) => {
    const d = describe(c, language, all);
    return {
      id: ('id' in c && typeof c.id === 'string' ? c.id : null) ?? `row-${i}`,
      party: c.party,
      partyText: d.party,
      what: d.what,
      target: d.target,
    };
  });

  let signers: SignerView[];
  if (locked) {
    signers = version.content.signers.map((s) => {
      const capacity = s.capacity ?? (s.team === 'marketing' ? 'marketing' : 'sales');
      const sig = version.signatures.find((x) => x.participantId === s.id && x.contentHash === version.contentHash);
      return {
        id: s.id,
        name: text(s.name),
        role: text(s.role),
        capacity,
        state: sig ? 'signed' : capacity === 'witness' ? 'optional' : 'waiting',
        signedAt: sig?.signedAt ?? null,
      };
    });
  } else {
    const people = w.commitment.participants;
    const ids = [...w.sla.signerIds.filter((id) => id !== w.sla.witnessId), ...(w.sla.witnessId ? [w.sla.witnessId] : [])];
    signers = ids.map((id) => {
      const p = people.find((x) => x.id === id);
      const capacity = id === w.sla.witnessId ? 'witness' : p?.team === 'marketing' ? 'marketing' : 'sales';
      return { id, name: text(p?.name), role: text(p?.role), capacity, state: 'afterFreezing', signedAt: null };
    });
  }

  const inputs = w.sla.calculator?.inputs ?? defaultFunnelInputs(w);
  const outcome = reverseFunnel(inputs);
  const perPeriod = outcome.ok ? record(record(outcome.result).perPeriod) : null;
  const chain = perPeriod ? CHAIN_KEYS.map((key) => ({ key, value: num(perPeriod[key]) ?? 0 })) : null;
  return {
    state: signingState(w),
    version: locked ? version.number : null,
    rows,
    signers,
    chain,
    revenueGoal: num(inputs.revenueGoal),
    period: inputs.period,
    currency: w.goals.currency,
  };
}

// Step 8 ──────────────────────────────────────────────────────────────────────────────────────

export interface MetricView {
  id: string;
  name: string;
  owner: string | null;
  target: number | null;
  unit: string;
  period: string | null;
  frequency: string;
  source: string;
}

export function scoreboardView(w: Workshop): MetricView[] {
  return w.metrics.metrics
    .filter((m) => text(m.name))
    .map((m) => {
      const loose = m as Loose<typeof m> & { period?: unknown };
      return {
        id: m.id,
        name: text(m.name),
        owner: m.owner,
        target: num(m.target),
        unit: text(m.unit),
        period: typeof loose.period === 'string' ? loose.period : null,
        frequency: m.frequency,
        source: text(m.dataSource),
      };
    });
}

// Step 9 ──────────────────────────────────────────────────────────────────────────────────────

export interface ToolsView {
  tools: { id: string; name: string; category: string; owner: string }[];
  /** Each process piece: a tool's name, 'manual', or null (nobody has said: a gap). */
  automation: { piece: string; by: string | 'manual' | null }[];
}

export function toolsView(w: Workshop): ToolsView {
  const tech = w.technology;
  const name = (id: string) => text(tech.tools.find((t) => t.id === id)?.name) || null;
  return {
    tools: tech.tools.filter((t) => text(t.name)).map((t) => ({ id: t.id, name: text(t.name), category: t.category, owner: t.owner })),
    automation: Object.entries(tech.automation).map(([piece, by]) => ({
      piece,
      by: by === null ? null : by === 'manual' ? 'manual' : name(by),
    })),
  };
}

// Step 10 ─────────────────────────────────────────────────────────────────────────────────────

export type ComplianceState = 'met' | 'atRisk' | 'missed';

export interface CompliancePointView {
  periodId: string;
  label: string;
  /** % of target (or of leads in time); null when the period has no judgement. */
  score: number | null;
  status: ComplianceState | null;
}

export interface ComplianceRowView {
  id: string;
  party: 'marketing' | 'sales';
  what: string;
  points: CompliancePointView[];
}

export interface ComplianceView {
  rows: ComplianceRowView[];
  meetings: { id: string; title: string; frequency: string; firstDate: string; startTime: string; timeZone: string }[];
}

export function complianceView(w: Workshop, language: Language, maxPeriods = 6): ComplianceView {
  const f = w.feedback as typeof w.feedback & Loose<{ thresholds: unknown; logUnit: unknown }>;
  // The log's settings as either generation of complianceRows reads them: thresholds (met, at
  // risk) or the log unit and week start. Each takes what it knows and ignores the rest.
  const settings = {
    ...{ met: 100, atRisk: 90 },
    ...record(f.thresholds),
    logUnit: typeof f.logUnit === 'string' ? f.logUnit : 'month',
    weekStartsOn: typeof record(w.sla).weekStartsOn === 'string' ? record(w.sla).weekStartsOn : 'monday',
  };
  const rowsOf = complianceRows as (
    c: typeof w.sla.commitments,
    p: typeof f.periods,
    s: unknown,
  ) => { commitment: { id: string }; cells: { periodId: string; percentOfTarget: number | null; status: ComplianceState | null }[] }[];
  const labels = new Map(f.periods.map((p) => [p.id, text(p.label) || p.start]));
  const describe = describeCommitment as (c: unknown, language: Language, all?: unknown) => { what: string };
  const rows = rowsOf(w.sla.commitments, f.periods, settings).map((row, i) => {
    const c = w.sla.commitments[i]!;
    return {
      id: c.id,
      party: c.party,
      what: describe(c, language, w.sla.commitments).what,
      points: row.cells.slice(-maxPeriods).map((cell) => ({
        periodId: cell.periodId,
        label: labels.get(cell.periodId) ?? '',
        score: num(cell.percentOfTarget),
        status: cell.status,
      })),
    };
  });
  return {
    rows,
    meetings: f.meetings
      .filter((m) => text(m.title))
      .map((m) => ({
        id: m.id,
        title: text(m.title),
        frequency: m.frequency,
        firstDate: m.firstDate,
        startTime: m.startTime,
        timeZone: m.timeZone,
      })),
  };
}

/** The next review meeting on or after `today` (YYYY-MM-DD), with its date; null when none is planned. */
export function nextMeeting(
  w: Workshop,
  today: string,
): { title: string; date: string; startTime: string; durationMinutes: number; timeZone: string; attendees: string[] } | null {
  let best: { title: string; date: string; startTime: string; durationMinutes: number; timeZone: string; attendees: string[] } | null =
    null;
  for (const m of w.feedback.meetings) {
    // Two years of a weekly meeting is far enough ahead for "the next one".
    const date = (nextOccurrences as (m: unknown, count: number) => string[])(m, 110).find((d) => d >= today);
    if (!date) continue;
    const candidate = {
      title: text(m.title),
      date,
      startTime: m.startTime,
      durationMinutes: m.durationMinutes,
      timeZone: m.timeZone,
      attendees: m.attendeeIds.map((id) => text(w.commitment.participants.find((p) => p.id === id)?.name)).filter(Boolean),
    };
    if (!best || `${candidate.date} ${candidate.startTime}` < `${best.date} ${best.startTime}`) best = candidate;
  }
  return best;
}
