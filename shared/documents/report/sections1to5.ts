import { goalsAgreementStatus, statementAgreementCounts, statementAgreementStatus } from '../../workshop/agreements';
import { ICP_FIELDS, PERSONA_FACT_FIELDS, type Fact } from '../../workshop/steps/targetBuyer';
import type { Goal, Workshop } from '../../workshop/schema';
import { definitionContent } from '../../scoring/slaContent';
import { buildDefinitionView } from '../definitionView';
import { layoutDiagram } from './diagram';
import type { Formatters } from './format';
import type { ReportStrings } from './strings';
import type { Block, PersonaCard, SectionView } from './view';

export interface Ctx {
  w: Workshop;
  s: ReportStrings;
  f: Formatters;
  person: (id: string | null) => string | null;
}

/** Width and height the landscape diagram page leaves for the drawing, in points. */
export const DIAGRAM_SPACE = { width: 842 - 2 * 48, height: 595 - 48 - 72 - 150 };

export const section = (ctx: Ctx, id: SectionView['id'], number: number | null, blocks: Block[], landscape = false): SectionView => {
  const step = number !== null ? ctx.s.steps[id as keyof ReportStrings['steps']] : null;
  const closing = ctx.s.closing[id as keyof ReportStrings['closing']];
  return {
    id,
    number,
    title: step?.title ?? closing,
    purpose: step?.purpose ?? null,
    landscape,
    newPage: number !== null || id === 'decisions',
    blocks,
  };
};

const orNotSet = (ctx: Ctx, v: string) => (v.trim() === '' ? ctx.s.notSet : v.trim());

export function commitmentSection(ctx: Ctx): SectionView {
  const { w, s } = ctx;
  const c = w.commitment;
  const t = s.commitment;
  // Only agreements to the statement as it reads now count; one to an earlier text says so.
  const { agreed, changedSince } = statementAgreementCounts(c);
  return section(ctx, 'commitment', 1, [
    {
      kind: 'table',
      title: t.participants,
      empty: s.none,
      table: {
        columns: [
          { label: t.cols.name, width: 3 },
          { label: t.cols.role, width: 3 },
          { label: t.cols.team, width: 2 },
          { label: t.cols.agreed, width: 1.4 },
        ],
        rows: c.participants.map((p) => [
          { text: p.name.trim() || '—', bold: true },
          p.role.trim(),
          { text: s.teams[p.team], team: p.team },
          t.agreedCell[statementAgreementStatus(c, p.id)],
        ]),
      },
    },
    {
      kind: 'quote',
      title: t.statement,
      text: orNotSet(ctx, c.commitmentStatement),
      note: [t.agreedBy(agreed, c.participants.length), changedSince > 0 ? t.changedSince(changedSince) : ''].filter(Boolean).join(' '),
    },
    { kind: 'list', title: t.groundRules, items: c.groundRules.map((r) => r.trim()).filter(Boolean) },
    {
      kind: 'facts',
      title: t.howWeWork,
      items: [
        { label: t.decisionRule, value: t.decisionRules[c.decisionRule] },
        { label: t.meetingCadence, value: t.cadences[c.meetingCadence] },
        { label: t.sponsor, value: ctx.person(c.executiveSponsorId) ?? s.notSet },
        { label: s.cover.date, value: c.workshopDate ? ctx.f.date(c.workshopDate) : s.notSet },
        { label: s.cover.place, value: orNotSet(ctx, c.place) },
      ],
    },
  ]);
}

function goalValue(ctx: Ctx, g: Goal, v: number | null): string {
  if (v === null) return '—';
  if (g.unit === 'currency') return ctx.f.money(v, ctx.w.goals.currency);
  if (g.unit === 'percent') return `${ctx.f.number(v)} %`;
  return ctx.f.number(v);
}

export function goalsSection(ctx: Ctx): SectionView {
  const { w, s, f } = ctx;
  const t = s.goals;
  const agreement = (['marketing', 'sales'] as const).map((team) => {
    const a = w.goals.agreement[team];
    const status = goalsAgreementStatus(w.goals, team);
    if (!a || status === 'notYet') return t.notAgreed(s.teams[team]);
    return (status === 'agreed' ? t.agreedBy : t.changedSince)(s.teams[team], a.by, f.dateTime(a.at));
  });
  return section(ctx, 'goals', 2, [
    {
      kind: 'table',
      empty: s.none,
      table: {
        columns: [
          { label: t.cols.goal, width: 3 },
          { label: t.cols.metric, width: 3 },
          { label: t.cols.baseline, width: 2 },
          { label: t.cols.target, width: 2 },
          { label: t.cols.deadline, width: 2 },
          { label: t.cols.owner, width: 1.6 },
        ],
        rows: w.goals.goals.map((g) => [
          { text: g.title.trim() || t.kinds[g.kind], bold: true },
          g.metric.trim(),
          goalValue(ctx, g, g.baseline),
          { text: goalValue(ctx, g, g.target), bold: true },
          g.deadline ? f.date(g.deadline) : '—',
          s.owners[g.owner],
        ]),
      },
    },
    { kind: 'paragraphs', title: t.agreement, paragraphs: agreement },
  ]);
}

const factLine = (ctx: Ctx, facts: readonly Fact[]) =>
  facts.filter((x) => x.text.trim()).map((x) => ({ text: x.text.trim(), evidence: ctx.s.targetBuyer.evidence[x.evidence] }));

export function targetBuyerSection(ctx: Ctx): SectionView {
  const { w, s } = ctx;
  const t = s.targetBuyer;
  const cards: PersonaCard[] = w.targetBuyer.personas.map((p) => ({
    id: p.id,
    name: p.name.trim() || t.unnamedPersona,
    subtitle: [p.title.trim(), p.seniority ? t.seniority[p.seniority] : '', p.buyingRole ? t.buyingRole[p.buyingRole] : '']
      .filter(Boolean)
      .join(' · '),
    groups: PERSONA_FACT_FIELDS.map((field) => ({ label: t.factFields[field], facts: factLine(ctx, p[field]) })).filter(
      (g) => g.facts.length > 0,
    ),
  }));
  return section(ctx, 'targetBuyer', 3, [
    {
      kind: 'table',
      title: t.icp,
      empty: s.none,
      table: {
        columns: [
          { label: '', width: 1.3 },
          { label: '', width: 4 },
        ],
        rows: ICP_FIELDS.filter((k) => w.targetBuyer.icp[k].length > 0).map((k) => [
          { text: t.icpFields[k], bold: true },
          factLine(ctx, w.targetBuyer.icp[k])
            .map((x) => `${x.text} (${x.evidence})`)
            .join('; '),
        ]),
      },
    },
    { kind: 'personas', title: t.personas, cards, note: t.evidenceNote },
  ]);
}

export function leadProcessSection(ctx: Ctx): SectionView {
  const { w, s } = ctx;
  const t = s.leadProcess;
  const lp = w.leadProcess;
  const stages = [...lp.stages].sort((a, b) => a.position.x - b.position.x || a.position.y - b.position.y);
  return section(
    ctx,
    'leadProcess',
    4,
    [
      {
        kind: 'diagram',
        layout: layoutDiagram(lp, s, DIAGRAM_SPACE.width, DIAGRAM_SPACE.height),
        legend: (['forward', 'recycle', 'feedback'] as const).map((kind) => ({ kind, label: t.legend[kind] })),
        empty: t.empty,
      },
      {
        kind: 'table',
        title: t.stages,
        empty: t.empty,
        table: {
          columns: [
            { label: t.cols.stage, width: 1.6 },
            { label: t.cols.owner, width: 1.3 },
            { label: t.cols.conversion, width: 1.3 },
            { label: t.cols.days, width: 1.1 },
            { label: t.cols.criteria, width: 5 },
          ],
          rows: stages.map((st) => [
            { text: st.name.trim() || t.unnamedStage, bold: true },
            st.owner ? { text: s.stageOwners[st.owner], team: st.owner } : { text: s.stageOwners.none, muted: true },
            st.kind === 'won'
              ? t.endWon
              : st.kind === 'lost'
                ? t.endLost
                : st.conversionToNext === null
                  ? '—'
                  : `${ctx.f.number(st.conversionToNext)} %`,
            st.daysInStage === null ? '—' : ctx.f.number(st.daysInStage),
            st.entryCriteria.trim(),
          ]),
        },
      },
    ],
    true,
  );
}

export function qualifiedLeadSection(ctx: Ctx): SectionView {
  const { w, s } = ctx;
  const t = s.scoring;
  const q = w.qualifiedLead;
  // The model worded once, as the SLA's MQL definition appendix words it (shared/documents/definitionView.ts).
  const d = buildDefinitionView(definitionContent(q), w.language);
  const sql = q.sqlCriteria.filter((c) => c.label.trim());
  const definition = [d.rule, d.decay];
  if (sql.length > 0) definition.push(t.sqlRule);
  return section(ctx, 'qualifiedLead', 5, [
    { kind: 'quote', title: t.definition, text: definition.join(s.sentenceGap) },
    {
      kind: 'table',
      title: t.fit,
      empty: s.none,
      table: {
        columns: [
          { label: t.cols.criterion, width: 5 },
          { label: t.cols.points, width: 1 },
        ],
        rows: d.fit.map((c) => [c.criterion, { text: c.points, bold: true }]),
      },
    },
    {
      kind: 'table',
      title: t.engagement,
      empty: s.none,
      table: {
        columns: [
          { label: t.cols.criterion, width: 4 },
          { label: t.cols.points, width: 1 },
          { label: t.cols.cap, width: 1.5 },
        ],
        rows: d.engagement.map((c) => [c.behaviour, { text: c.points, bold: true }, c.cap]),
      },
    },
    {
      kind: 'table',
      title: t.negative,
      empty: s.none,
      table: {
        columns: [
          { label: t.cols.criterion, width: 5 },
          { label: t.cols.effect, width: 1.5 },
        ],
        rows: d.negative.map((c) => [c.criterion, { text: c.veto ? t.veto : c.points, bold: true }]),
      },
    },
    ...(sql.length > 0
      ? [
          {
            kind: 'table' as const,
            title: t.sql,
            empty: s.none,
            table: {
              columns: [
                { label: t.cols.criterion, width: 1.5 },
                { label: '', width: 4 },
                { label: t.cols.verifiedBy, width: 1.2 },
              ],
              rows: sql.map((c) => [{ text: c.label.trim(), bold: true }, c.description.trim(), t.verifiedBy[c.verifiedBy]]),
            },
          },
        ]
      : []),
  ]);
}
