import type { CommitmentKind, Period, SlaCommitment } from '../workshop/schema';
import type { LeadProcessStep, Stage } from '../workshop/steps/leadProcess';
import type { Metric, MetricFrequency } from '../workshop/steps/metrics';
import { newId } from '../workshop/factory';
import { mainPath, metricOwnerFor, nextStage, stageLabel, stagesInFlowOrder, stageWithRole } from './stageFlow';

export interface PrefillOptions {
  /** Metrics already on the scoreboard: a standard metric is only added when it is missing. */
  existing?: readonly Metric[];
  /** ISO currency for pipeline and revenue (step 2), shown as their unit. */
  currency?: string;
  makeId?: () => string;
}

const FREQUENCY_OF: Record<Period, MetricFrequency> = { week: 'weekly', month: 'monthly', quarter: 'quarterly' };
const PER: Record<MetricFrequency, string> = { daily: 'day', weekly: 'week', monthly: 'month', quarterly: 'quarter' };

/** Stage-level kinds may appear once per stage; every other standard kind once per scoreboard. */
export const metricKey = (m: Pick<Metric, 'kind' | 'stageId'>): string | null =>
  m.kind === 'custom' ? null : m.kind === 'stageVolume' || m.kind === 'stageConversion' ? `${m.kind}:${m.stageId ?? ''}` : m.kind;

const validRate = (r: number | null): r is number => r !== null && r > 0 && r <= 100;

/**
 * Expected volume per stage on the main path, anchored on the MQL commitment and carried up
 * and down with the step-4 conversion rates (the reverse funnel: round up going upstream).
 */
function expectedVolumes(path: Stage[], anchorId: string | undefined, anchor: number | null): Map<string, number> {
  const out = new Map<string, number>();
  const i = path.findIndex((s) => s.id === anchorId);
  if (i < 0 || anchor === null) return out;
  out.set(path[i]!.id, anchor);
  let v = anchor;
  for (let k = i; k + 1 < path.length; k++) {
    const rate = path[k]!.conversionToNext;
    if (!validRate(rate)) break;
    v = Math.round((v * rate) / 100);
    out.set(path[k + 1]!.id, v);
  }
  v = anchor;
  for (let k = i - 1; k >= 0; k--) {
    const rate = path[k]!.conversionToNext;
    if (!validRate(rate)) break;
    v = Math.ceil(v / (rate / 100));
    out.set(path[k]!.id, v);
  }
  return out;
}

/** A loss stage expects what its path predecessors do not convert: 30 opportunities, 8 won → 22 lost. */
function addLossVolumes(lp: LeadProcessStep, path: Stage[], volumes: Map<string, number>): void {
  for (const lost of lp.stages.filter((s) => s.kind === 'lost')) {
    let total = 0;
    let known = false;
    for (const t of lp.transitions.filter((t) => t.kind === 'forward' && t.to === lost.id)) {
      const i = path.findIndex((s) => s.id === t.from);
      const here = volumes.get(t.from);
      const next = path[i + 1] && volumes.get(path[i + 1]!.id);
      if (i < 0 || here === undefined || next === undefined) continue;
      total += Math.max(0, here - next);
      known = true;
    }
    if (known) volumes.set(lost.id, total);
  }
}

/** Product of conversions from one stage up to (not including) another along the path, in %. */
function chainedRate(path: Stage[], fromId: string | undefined, toId: string | undefined): number | null {
  const a = path.findIndex((s) => s.id === fromId);
  const b = path.findIndex((s) => s.id === toId);
  if (a < 0 || b <= a) return null;
  let r = 1;
  for (let k = a; k < b; k++) {
    const rate = path[k]!.conversionToNext;
    if (!validRate(rate)) return null;
    r *= rate / 100;
  }
  return Math.round(r * 1000) / 10;
}

/**
 * The standard scoreboard for a lead process and its SLA: volume and conversion per stage,
 * MQL→SQL rate, acceptance, first touch, follow-up and disposition (one per SLA commitment),
 * velocity, pipeline, win rate and revenue. Returns only the metrics not already in
 * `existing`, in scoreboard order, so pressing "Prefill" twice adds nothing the second time.
 */
export function prefillMetrics(leadProcess: LeadProcessStep, slaCommitments: readonly SlaCommitment[], opts: PrefillOptions = {}): Metric[] {
  const makeId = opts.makeId ?? newId;
  const currency = opts.currency ?? 'currency';
  const commitment = (kind: CommitmentKind) => slaCommitments.find((c) => c.kind === kind) ?? null;
  const stages = stagesInFlowOrder(leadProcess);
  const path = mainPath(leadProcess);
  const mql = stageWithRole(leadProcess, 'mql');
  const sal = stageWithRole(leadProcess, 'sal');
  const sql = stageWithRole(leadProcess, 'sql');
  const opportunity = stageWithRole(leadProcess, 'opportunity');
  const won = stageWithRole(leadProcess, 'won');
  const volumeCommitment = commitment('mqlVolume');
  const volumeFrequency = volumeCommitment ? FREQUENCY_OF[volumeCommitment.period] : 'monthly';
  const volumes = expectedVolumes(path, mql?.id, volumeCommitment?.target ?? null);
  addLossVolumes(leadProcess, path, volumes);

  const out: Metric[] = [];
  const add = (m: Omit<Metric, 'id' | 'commitmentId' | 'unit' | 'dataSource'> & Partial<Pick<Metric, 'commitmentId' | 'unit' | 'dataSource'>>) =>
    out.push({ id: '', commitmentId: null, unit: '', dataSource: 'CRM', ...m });

  for (const s of stages) {
    const owner = metricOwnerFor(s.owner);
    const dataSource = s.owner === 'marketing' ? 'Marketing automation' : 'CRM';
    const isMql = s.id === mql?.id;
    const noun = s.kind === 'won' || s.kind === 'lost' ? 'deals' : isMql ? 'MQLs' : s.id === sal?.id ? 'SALs' : s.id === sql?.id ? 'SQLs' : s.id === opportunity?.id ? 'opportunities' : 'leads';
    add({
      kind: 'stageVolume', name: `${stageLabel(s)} volume`, stageId: s.id, owner, dataSource,
      target: volumes.get(s.id) ?? null,
      unit: `${noun} / ${PER[volumeFrequency]}`,
      frequency: volumeFrequency,
      commitmentId: isMql ? (volumeCommitment?.id ?? null) : null,
    });
    const next = nextStage(leadProcess, s, path);
    if (next)
      add({ kind: 'stageConversion', name: `${stageLabel(s)} → ${stageLabel(next)} conversion`, stageId: s.id, owner, dataSource, target: s.conversionToNext, unit: '%', frequency: 'monthly' });
  }

  add({ kind: 'mqlToSqlRate', name: 'MQL → SQL rate', stageId: mql?.id ?? null, owner: 'shared', target: chainedRate(path, mql?.id, sql?.id), unit: '%', frequency: 'monthly' });
  const quality = commitment('leadQuality');
  add({ kind: 'acceptanceRate', name: 'Acceptance rate (MQLs accepted by sales)', stageId: sal?.id ?? null, owner: quality?.party ?? 'marketing', target: quality?.target ?? null, unit: '% accepted', frequency: quality ? FREQUENCY_OF[quality.period] : 'monthly', commitmentId: quality?.id ?? null });
  const touch = commitment('firstTouch');
  add({ kind: 'timeToFirstTouch', name: 'Time to first touch', stageId: null, owner: 'sales', target: touch?.target ?? null, unit: 'hours', frequency: 'weekly', commitmentId: touch?.id ?? null });
  const attempts = commitment('followUpAttempts');
  if (attempts)
    add({ kind: 'followUpCompletion', name: `Leads with all ${attempts.target ?? 'agreed'} attempts${attempts.withinDays ? ` within ${attempts.withinDays} days` : ''}`, stageId: null, owner: 'sales', target: 100, unit: '% of leads', frequency: FREQUENCY_OF[attempts.period], commitmentId: attempts.id });
  const disposition = commitment('disposition');
  if (disposition)
    add({ kind: 'dispositionInTime', name: `Leads dispositioned within ${disposition.target ?? 'the agreed'} days`, stageId: null, owner: 'sales', target: 100, unit: '% of leads', frequency: FREQUENCY_OF[disposition.period], commitmentId: disposition.id });

  const funnelDays = path.filter((s) => s.kind !== 'won' && s.kind !== 'lost').map((s) => s.daysInStage);
  add({ kind: 'velocity', name: 'Velocity (days from capture to won)', stageId: null, owner: 'shared', target: funnelDays.length > 0 && funnelDays.every((d) => d !== null) ? funnelDays.reduce<number>((a, d) => a + (d ?? 0), 0) : null, unit: 'days', frequency: 'monthly' });
  add({ kind: 'pipelineValue', name: 'Pipeline value', stageId: opportunity?.id ?? null, owner: 'sales', target: null, unit: currency, frequency: 'weekly' });
  add({ kind: 'winRate', name: 'Win rate', stageId: won?.id ?? null, owner: 'sales', target: opportunity?.conversionToNext ?? null, unit: '%', frequency: 'monthly' });
  add({ kind: 'revenue', name: 'Revenue (closed-won)', stageId: won?.id ?? null, owner: 'shared', target: null, unit: currency, frequency: 'monthly' });

  const have = new Set((opts.existing ?? []).map(metricKey).filter((k): k is string => k !== null));
  return out.filter((m) => !have.has(metricKey(m)!)).map((m) => ({ ...m, id: makeId() }));
}
