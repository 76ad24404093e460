import { mqlsFor, reverseFunnel } from '../funnel/funnel';
import type { StepId } from '../workshop/stepIds';
import type { Workshop } from '../workshop/schema';
import type { Metric, MetricKind } from '../workshop/steps/metrics';
import type { CommitmentKind, ConsistencyIssue, Period, SlaCommitment } from '../workshop/steps/sla';
import { convertVolume, PERIODS_PER_YEAR } from './periods';

export type { ConsistencyIssue };

/**
 * The numbers about to be signed, checked against each other before freezing: two MQL volumes
 * that disagree once expressed per the same period, a scoreboard target different from the
 * commitment it measures, a calculator appendix that no longer matches the commitment it fed,
 * a commitment nothing measures. Each disagreement is a code with the values that make it, so
 * the step-7 screen and the PDF word it in their own language; freezing with any left needs a
 * recorded override (shared/sla/versions.ts freezeSla).
 */

/**
 * Two volumes agree when, expressed per the shorter of their two periods, they differ by less
 * than one lead. Figures rounded up from the same yearly need (⌈yearly ÷ periods⌉, per period)
 * always do: 1 896 a year is 158 a month and 37 a week, and 158 a month is 36.5 a week. 50 a
 * week is ≈ 217 a month, so 50 a week and 158 a month disagree.
 */
export const VOLUME_TOLERANCE = 1;
const EPSILON = 1e-9;

export function volumesAgree(a: number, aPeriod: Period, b: number, bPeriod: Period): boolean {
  const finer = PERIODS_PER_YEAR[aPeriod] >= PERIODS_PER_YEAR[bPeriod] ? aPeriod : bPeriod;
  return Math.abs(convertVolume(a, aPeriod, finer) - convertVolume(b, bPeriod, finer)) < VOLUME_TOLERANCE - EPSILON;
}

/** A value rounded for the record (two decimals), so the issue reads as it is worded. */
const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Which scoreboard metrics measure a commitment directly, and what their target is compared
 * with: a volume (converted between periods), the target itself (a % or hours), or the
 * commitment's compliance level (a % of leads handled in time).
 */
const MEASURED_BY: Record<CommitmentKind, { metricKinds: readonly MetricKind[]; compare: 'volume' | 'target' | 'level' }> = {
  mqlVolume: { metricKinds: ['stageVolume'], compare: 'volume' },
  leadQuality: { metricKinds: ['acceptanceRate', 'stageConversion'], compare: 'target' },
  mqlToSqlRate: { metricKinds: ['mqlToSqlRate'], compare: 'target' },
  firstTouch: { metricKinds: ['timeToFirstTouch'], compare: 'target' },
  followUpAttempts: { metricKinds: ['followUpCompletion'], compare: 'level' },
  disposition: { metricKinds: ['dispositionInTime'], compare: 'level' },
  qualifyBy: { metricKinds: [], compare: 'level' },
};

const FREQUENCY_PERIOD: Record<string, Period | null> = {
  daily: null,
  weekly: 'week',
  monthly: 'month',
  quarterly: 'quarter',
  yearly: 'year',
};

/**
 * The period a metric's counted target is per: its own period, or for scoreboards made before
 * metrics had one, the period it is reported in (daily: none, so never compared).
 */
export const metricPeriod = (m: Metric): Period | null => m.period ?? FREQUENCY_PERIOD[m.frequency] ?? null;

type Ref = { commitmentId: string; position: number; target: number; period: Period };
const ref = (c: SlaCommitment, i: number): Ref => ({ commitmentId: c.id, position: i + 1, target: c.target ?? 0, period: c.period });
const levelOf = (c: SlaCommitment): number | null => {
  const level = (c as { level?: unknown }).level;
  return typeof level === 'number' ? level : null;
};

function volumeIssues(w: Workshop): ConsistencyIssue[] {
  const volumes = w.sla.commitments
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.party === 'marketing' && c.kind === 'mqlVolume' && c.target !== null);
  const [first, ...rest] = volumes;
  if (!first) return [];
  return rest
    .filter(({ c }) => !volumesAgree(first.c.target!, first.c.period, c.target!, c.period))
    .map(({ c, i }) => ({
      code: 'volumeMismatch',
      first: ref(first.c, first.i),
      second: ref(c, i),
      secondInFirstPeriod: round2(convertVolume(c.target!, c.period, first.c.period)),
    }));
}

function metricIssues(w: Workshop): ConsistencyIssue[] {
  const out: ConsistencyIssue[] = [];
  w.sla.commitments.forEach((c, i) => {
    if (c.target === null) return;
    const rule = MEASURED_BY[c.kind];
    for (const m of w.metrics.metrics) {
      if (m.commitmentId !== c.id || m.target === null || !rule.metricKinds.includes(m.kind)) continue;
      const period = metricPeriod(m);
      const base = {
        code: 'metricTargetMismatch' as const,
        metricId: m.id,
        metricName: m.name.trim(),
        metricTarget: m.target,
        metricPeriod: period,
        commitment: ref(c, i),
        commitmentKind: c.kind,
      };
      if (rule.compare === 'volume') {
        if (period === null || volumesAgree(m.target, period, c.target, c.period)) continue;
        out.push({ ...base, metricInCommitmentPeriod: round2(convertVolume(m.target, period, c.period)), compared: 'target', level: null });
      } else {
        // A time-limited commitment without a compliance level holds every lead: 100 %.
        const level = rule.compare === 'level' ? (levelOf(c) ?? 100) : null;
        if (Math.abs(m.target - (level ?? c.target)) <= EPSILON) continue;
        out.push({ ...base, metricInCommitmentPeriod: null, compared: rule.compare, level });
      }
    }
  });
  return out;
}

/** The appendix is printed once "Use in SLA" was pressed and the inputs still compute (shared/sla/content.ts). */
function calculatorIssues(w: Workshop): ConsistencyIssue[] {
  const calc = w.sla.calculator;
  if (!calc || calc.usedAt === null) return [];
  const outcome = reverseFunnel(calc.inputs);
  if (!outcome.ok) return [];
  // The commitment "Use in SLA" writes into: marketing's first MQL volume.
  const i = w.sla.commitments.findIndex((c) => c.party === 'marketing' && c.kind === 'mqlVolume');
  const c = w.sla.commitments[i];
  if (!c) return [{ code: 'calculatorOrphan' }];
  const calculated = mqlsFor(outcome.result, c.period);
  return c.target === calculated ? [] : [{ code: 'calculatorMismatch', commitment: ref(c, i), calculated }];
}

/**
 * A commitment is measured when a scoreboard metric says it measures it. MQL volumes are one
 * count in different periods: a metric on any of marketing's MQL volumes measures them all
 * (and the volumes are checked against each other above), so "50 every Monday" beside "217 a
 * month" needs no second metric.
 */
function unmeasuredIssues(w: Workshop): ConsistencyIssue[] {
  const measured = new Set(w.metrics.metrics.map((m) => m.commitmentId));
  const isVolume = (c: SlaCommitment) => c.party === 'marketing' && c.kind === 'mqlVolume';
  const volumeMeasured = w.sla.commitments.some((c) => isVolume(c) && measured.has(c.id));
  return w.sla.commitments.flatMap((c, i): ConsistencyIssue[] =>
    measured.has(c.id) || (isVolume(c) && volumeMeasured)
      ? []
      : [{ code: 'unmeasuredCommitment', commitmentId: c.id, position: i + 1, commitmentKind: c.kind }],
  );
}

/** Every disagreement in the draft about to be frozen, in the order the room reads the SLA. */
export function consistencyIssues(w: Workshop): ConsistencyIssue[] {
  return [...volumeIssues(w), ...calculatorIssues(w), ...metricIssues(w), ...unmeasuredIssues(w)];
}

/** Where to fix an issue: the step and the id of the input, as step gaps link to theirs. */
export function consistencyLink(issue: ConsistencyIssue): { step: StepId; field: string } {
  switch (issue.code) {
    case 'volumeMismatch':
      return { step: 'sla', field: `commitment-${issue.second.commitmentId}-target` };
    case 'metricTargetMismatch':
      return { step: 'metrics', field: `metric-${issue.metricId}-target` };
    case 'calculatorMismatch':
      return { step: 'sla', field: `commitment-${issue.commitment.commitmentId}-target` };
    case 'calculatorOrphan':
      return { step: 'sla', field: 'commitments' };
    case 'unmeasuredCommitment':
      return { step: 'metrics', field: 'metrics' };
  }
}

/** A stable key per issue, so an override accepted for the issues shown matches the issues found at freezing. */
export const issueKey = (issue: ConsistencyIssue): string => {
  switch (issue.code) {
    case 'volumeMismatch':
      return `${issue.code}:${issue.first.commitmentId}:${issue.second.commitmentId}:${issue.first.target}/${issue.first.period}:${issue.second.target}/${issue.second.period}`;
    case 'metricTargetMismatch':
      return `${issue.code}:${issue.metricId}:${issue.metricTarget}/${issue.metricPeriod}:${issue.commitment.commitmentId}:${issue.commitment.target}/${issue.commitment.period}`;
    case 'calculatorMismatch':
      return `${issue.code}:${issue.commitment.commitmentId}:${issue.commitment.target}:${issue.calculated}`;
    case 'calculatorOrphan':
      return issue.code;
    case 'unmeasuredCommitment':
      return `${issue.code}:${issue.commitmentId}`;
  }
};

/** An issue in English (the CLI's and a thrown error's wording). */
export function consistencyIssueText(issue: ConsistencyIssue): string {
  const per = (n: number, p: Period) => `${n} per ${p}`;
  switch (issue.code) {
    case 'volumeMismatch':
      return `Commitment ${issue.first.position} (${per(issue.first.target, issue.first.period)}) and commitment ${issue.second.position} (${per(issue.second.target, issue.second.period)}, ≈ ${per(issue.secondInFirstPeriod, issue.first.period)}) disagree.`;
    case 'metricTargetMismatch':
      return `Metric “${issue.metricName || issue.metricId}” targets ${issue.metricTarget}${issue.metricPeriod ? ` per ${issue.metricPeriod}` : ''}, but commitment ${issue.commitment.position} says ${issue.level !== null ? `${issue.level} % of leads in time` : per(issue.commitment.target, issue.commitment.period)}.`;
    case 'calculatorMismatch':
      return `Commitment ${issue.commitment.position} says ${per(issue.commitment.target, issue.commitment.period)}, but the calculator appendix derives ${per(issue.calculated, issue.commitment.period)}.`;
    case 'calculatorOrphan':
      return 'The calculator appendix is in the SLA, but no marketing MQL-volume commitment is left for it.';
    case 'unmeasuredCommitment':
      return `Commitment ${issue.position}: no metric on the step-8 scoreboard measures it.`;
  }
}
