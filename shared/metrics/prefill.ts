import { isTimeLimited, type Period, type SlaCommitment } from '../workshop/steps/sla';
import type { LeadProcessStep, Stage } from '../workshop/steps/leadProcess';
import type { Metric, MetricFrequency } from '../workshop/steps/metrics';
import { newId } from '../workshop/factory';
import { rateMapping } from '../leadProcess/roles';
import { mainPath, metricOwnerFor, stagesInFlowOrder, stageWithRole } from './stageFlow';
import { targetExpected } from './targets';
import type { Language } from '../workshop/languages';
import { defaultText, type DefaultText } from '../workshop/defaultText';

export interface PrefillOptions {
  /** Metrics already on the scoreboard: a standard metric is only added when it is missing. */
  existing?: readonly Metric[];
  /** ISO currency for revenue (step 2), shown as its unit. */
  currency?: string;
  /** The step-2 revenue goal for a year, when there is one: the revenue metric targets its monthly share. */
  yearlyRevenueGoal?: number | null;
  makeId?: () => string;
  /** The workshop's document language: metric names and units are signed in the SLA. */
  language?: Language;
}

// A yearly commitment is watched every quarter: a scoreboard read once a year is read too late.
const FREQUENCY_OF: Record<Period, MetricFrequency> = { week: 'weekly', month: 'monthly', quarter: 'quarterly', year: 'quarterly' };

/** Stage-level kinds may appear once per stage; a custom metric measuring a commitment once per commitment; every other standard kind once. */
export const metricKey = (m: Pick<Metric, 'kind' | 'stageId'> & Partial<Pick<Metric, 'commitmentId'>>): string | null =>
  m.kind === 'custom'
    ? m.commitmentId
      ? `custom:${m.commitmentId}`
      : null
    : m.kind === 'stageVolume' || m.kind === 'stageConversion'
      ? `${m.kind}:${m.stageId ?? ''}`
      : m.kind;

const validRate = (r: number | null): r is number => r !== null && r > 0 && r <= 100;
const round1 = (n: number) => Math.round(n * 10) / 10;

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
  return round1(r * 100);
}

/** The metric that measures a time-limited commitment: the share of leads handled in time, against its level. */
function timeLimitedMetric(c: SlaCommitment, t: DefaultText['metrics']): Omit<Metric, 'id'> | null {
  const base = {
    stageId: null,
    owner: c.party,
    unit: t.unit.percentLeads,
    dataSource: t.source.crm,
    frequency: FREQUENCY_OF[c.period],
    commitmentId: c.id,
    period: null,
  };
  // The metric target is the compliance level (90 % of leads in time), not 100 %: the SLA's own "met".
  const level = c.level ?? 100;
  switch (c.kind) {
    case 'firstTouch':
      return { ...base, kind: 'timeToFirstTouch', name: t.timeToFirstTouch, unit: t.unit.hours, target: c.target, frequency: 'weekly' };
    case 'followUpAttempts':
      return {
        ...base,
        kind: 'followUpCompletion',
        name: t.followUpCompletion(c.target === null ? null : String(c.target), c.withinDays ?? null),
        target: level,
      };
    case 'disposition':
      return { ...base, kind: 'dispositionInTime', name: t.dispositionInTime(c.target === null ? null : String(c.target)), target: level };
    case 'qualifyBy': {
      const name = t.qualifyBy(c.action ?? 'qualify', c.byDay ? { day: t.weekday[c.byDay] } : { hours: c.target });
      return { ...base, kind: 'custom', name, unit: t.unit.percentMqls, target: level };
    }
    default:
      return null;
  }
}

/**
 * A short scoreboard for a lead process and its SLA, every required field filled where the
 * workshop says what to fill it with: a volume per stage (anchored on the MQL commitment, in its
 * period; none for a loss, where a target means nothing), the MQL → SQL rate, acceptance, one
 * metric per time-limited commitment (its target the commitment's compliance level), velocity,
 * win rate and revenue. A metric whose target nothing in the workshop gives (pipeline value, a
 * rate the diagram lacks) is left for the room to add. Returns only what `existing` lacks.
 */
export function prefillMetrics(
  leadProcess: LeadProcessStep,
  slaCommitments: readonly SlaCommitment[],
  opts: PrefillOptions = {},
): Metric[] {
  const makeId = opts.makeId ?? newId;
  const t = defaultText(opts.language ?? 'en').metrics;
  const currency = opts.currency ?? t.unit.currency;
  const commitment = (kind: SlaCommitment['kind']) =>
    slaCommitments.find((c) => c.kind === kind && (kind !== 'mqlVolume' || c.party === 'marketing')) ?? null;
  const path = mainPath(leadProcess);
  const mql = stageWithRole(leadProcess, 'mql');
  const sal = stageWithRole(leadProcess, 'sal');
  const sql = stageWithRole(leadProcess, 'sql');
  const won = stageWithRole(leadProcess, 'won');
  const rates = rateMapping(leadProcess).rates;
  const volumeCommitment = commitment('mqlVolume');
  const period: Period = volumeCommitment?.period ?? 'month';
  const volumes = expectedVolumes(path, mql?.id, volumeCommitment?.target ?? null);

  const out: Omit<Metric, 'id'>[] = [];
  const add = (
    m: Omit<Metric, 'id' | 'commitmentId' | 'unit' | 'dataSource' | 'period'> &
      Partial<Pick<Metric, 'commitmentId' | 'unit' | 'dataSource' | 'period'>>,
  ) => out.push({ commitmentId: null, unit: '', dataSource: t.source.crm, period: null, ...m });

  for (const s of stagesInFlowOrder(leadProcess)) {
    const noun = t.noun[s.kind === 'won' || s.kind === 'lost' ? 'deals' : s.kind === 'stage' && s.role ? s.role : 'leads'];
    const metric = {
      kind: 'stageVolume' as const,
      name: t.stageVolume(s.name.trim() || t.unnamedStage),
      stageId: s.id,
      owner: metricOwnerFor(s.owner) ?? 'shared',
      dataSource: s.owner === 'marketing' ? t.source.marketingAutomation : t.source.crm,
      unit: t.perPeriod(noun, period),
      frequency: FREQUENCY_OF[period],
      period,
      target: volumes.get(s.id) ?? null,
      commitmentId: s.id === mql?.id ? (volumeCommitment?.id ?? null) : null,
    };
    add({ ...metric, target: targetExpected(metric, leadProcess.stages) ? metric.target : null });
  }

  const rateCommitment = commitment('mqlToSqlRate');
  const mqlToSql = rateCommitment?.target ?? chainedRate(path, mql?.id, sql?.id);
  if (mqlToSql !== null)
    add({
      kind: 'mqlToSqlRate',
      name: t.mqlToSqlRate,
      stageId: mql?.id ?? null,
      owner: rateCommitment?.party ?? 'shared',
      target: mqlToSql,
      unit: '%',
      frequency: rateCommitment ? FREQUENCY_OF[rateCommitment.period] : 'monthly',
      commitmentId: rateCommitment?.id ?? null,
    });
  const quality = commitment('leadQuality');
  const accepted =
    quality?.target ?? (rates.mqlToSal.value !== null && !rates.mqlToSal.notApplicable ? round1(rates.mqlToSal.value * 100) : null);
  if (accepted !== null)
    add({
      kind: 'acceptanceRate',
      name: t.acceptanceRate,
      stageId: sal?.id ?? null,
      owner: quality?.party ?? 'marketing',
      target: accepted,
      unit: t.unit.percentAccepted,
      frequency: quality ? FREQUENCY_OF[quality.period] : 'monthly',
      commitmentId: quality?.id ?? null,
    });
  for (const c of slaCommitments) {
    if (!isTimeLimited(c.kind)) continue;
    const m = timeLimitedMetric(c, t);
    if (m && m.target !== null) out.push(m);
  }

  const funnelDays = path.filter((s) => s.kind !== 'won' && s.kind !== 'lost').map((s) => s.daysInStage);
  if (funnelDays.length > 0 && funnelDays.every((d) => d !== null))
    add({
      kind: 'velocity',
      name: t.velocity,
      stageId: null,
      owner: 'shared',
      target: funnelDays.reduce<number>((a, d) => a + (d ?? 0), 0),
      unit: t.unit.days,
      frequency: 'monthly',
    });
  if (rates.winRate.value !== null)
    add({
      kind: 'winRate',
      name: t.winRate,
      stageId: won?.id ?? null,
      owner: 'sales',
      target: round1(rates.winRate.value * 100),
      unit: '%',
      frequency: 'monthly',
    });
  const goal = opts.yearlyRevenueGoal ?? null;
  if (goal !== null && goal > 0)
    add({
      kind: 'revenue',
      name: t.revenue,
      stageId: won?.id ?? null,
      owner: 'shared',
      target: Math.ceil(goal / 12),
      unit: currency,
      frequency: 'monthly',
      period: 'month',
    });

  const have = new Set((opts.existing ?? []).map(metricKey).filter((k): k is string => k !== null));
  // A custom metric measuring a commitment counts as that commitment's metric, whatever its name.
  for (const m of opts.existing ?? []) if (m.commitmentId) have.add(`custom:${m.commitmentId}`);
  return out
    .filter((m) => {
      const key = metricKey(m);
      return key === null || !have.has(key);
    })
    .map((m) => ({ ...m, id: makeId() }));
}
