import type { SlaContent } from '../workshop/steps/sla';
import type { SlaDefinition, SlaMetric } from '../workshop/steps/slaDefinition';
import { listItems, parseAmount } from '../scoring/conditions';
import { METRICS_IN_TEXT } from '../sla/clauses';
import { definitionStrings, type DefinitionStrings } from './definitionStrings';

/** The MQL-definition appendix, worded in the document's language from the signed definition. */
export interface DefinitionView {
  s: DefinitionStrings;
  rule: string;
  fit: { criterion: string; points: string }[];
  engagement: { behaviour: string; points: string; cap: string }[];
  decay: string;
  negative: { criterion: string; points: string; veto: boolean }[];
  sql: { label: string; description: string; verifiedBy: string }[];
}

/** The scoreboard table printed with the metrics clause when it is long. */
export interface ScoreboardView {
  s: DefinitionStrings;
  rows: { name: string; owner: string; target: string; source: string; frequency: string }[];
}

type Condition = Pick<SlaDefinition['fit'][number], 'field' | 'operator' | 'value' | 'valueMax'>;

function conditionText(c: Condition, s: DefinitionStrings, num: Intl.NumberFormat): string {
  const amount = (v: string) => {
    const n = parseAmount(v);
    return n === null ? v.trim() : num.format(n);
  };
  const value =
    c.operator === 'between'
      ? s.range(amount(c.value), amount(c.valueMax ?? ''))
      : c.operator === 'gte' || c.operator === 'lte'
        ? amount(c.value)
        : c.operator === 'oneOf'
          ? listItems(c.value).join(', ')
          : `“${c.value.trim()}”`;
  return `${s.field[c.field]} ${s.operator[c.operator]} ${value}`;
}

export function buildDefinitionView(d: SlaDefinition, language: SlaContent['language']): DefinitionView {
  const s = definitionStrings(language);
  const num = new Intl.NumberFormat(language);
  const pts = (n: number) => num.format(n);
  const decay =
    d.decay.kind === 'halfLife'
      ? s.decay.halfLife(num.format(d.decay.days))
      : d.decay.kind === 'weeklySinceLast'
        ? s.decay.weeklySinceLast(num.format(d.decay.pointsPerWeek))
        : s.decay.none;
  return {
    s,
    rule: s.rule({
      threshold: pts(d.threshold),
      minimumFit: d.minimumFit ? pts(d.minimumFit) : null,
      minimumEngagement: d.minimumEngagement ? pts(d.minimumEngagement) : null,
    }),
    fit: d.fit.map((c) => ({ criterion: conditionText(c, s, num), points: `+${pts(c.points)}` })),
    engagement: d.engagement.map((c) => ({
      behaviour: c.behaviour,
      points: `+${pts(c.points)}`,
      cap: c.cap === null ? s.noCap : s.capPer(pts(c.cap), c.capPeriod),
    })),
    decay,
    negative: d.negative.map((c) => ({
      criterion: `${conditionText(c, s, num)}${c.kind === 'custom' ? '' : ` (${s.kind[c.kind]})`}`,
      points: c.points > 0 ? `−${pts(c.points)}` : '0',
      veto: c.veto,
    })),
    sql: d.sql.map((c) => ({ label: c.label, description: c.description, verifiedBy: s.verifiedBy[c.verifiedBy] })),
  };
}

export function buildScoreboardView(metrics: readonly SlaMetric[], language: SlaContent['language']): ScoreboardView {
  const s = definitionStrings(language);
  const num = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  return {
    s,
    rows: metrics.map((m) => {
      const unit = m.unit.trim();
      const per = m.period && !unit.includes('/') ? ` ${s.per[m.period]}` : '';
      const target = m.target === null ? s.noTarget : `${num.format(m.target)}${unit ? ` ${unit}` : ''}${per}`;
      return {
        name: `${m.name}${m.commitmentPosition ? ` (${s.measures(m.commitmentPosition)})` : ''}`,
        owner: m.owner ? s.owner[m.owner] : '—',
        target,
        source: m.dataSource || '—',
        frequency: s.frequency[m.frequency],
      };
    }),
  };
}

/** The table is printed when the clause says so: more metrics than its text lists. */
export const scoreboardTableShown = (metrics: readonly SlaMetric[] | undefined): metrics is SlaMetric[] =>
  metrics !== undefined && metrics.length > METRICS_IN_TEXT;
