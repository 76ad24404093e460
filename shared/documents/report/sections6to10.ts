import { complianceRows } from '../../compliance/status';
import { coverageOf } from '../../technology/automation';
import { PROCESS_PIECES } from '../../workshop/steps/technology';
import type { StepId } from '../../workshop/steps';
import type { FollowUpAttempt } from '../../workshop/steps/handOff';
import { section, type Ctx } from './sections1to5';
import { commitmentText } from './slaSection';
import type { Block, SectionView } from './view';

const MAX_COMPLIANCE_PERIODS = 6;

function cadenceLine(ctx: Ctx, attempts: readonly FollowUpAttempt[]): string {
  const t = ctx.s.handOff;
  const byDay = new Map<number, string[]>();
  for (const a of attempts) byDay.set(a.day, [...(byDay.get(a.day) ?? []), t.channels[a.channel]]);
  return [...byDay].map(([day, channels]) => `${t.dayN(day)}: ${channels.join(', ')}`).join(ctx.s.listSeparator);
}

export function handOffSection(ctx: Ctx): SectionView {
  const { w, s, f } = ctx;
  const t = s.handOff;
  const h = w.handOff;
  const clean = (xs: readonly string[]) => xs.map((x) => x.trim()).filter(Boolean);
  const attempts = [...h.followUp].sort((a, b) => a.day - b.day);
  return section(ctx, 'handOff', 6, [
    { kind: 'list', title: t.trigger, items: clean(h.triggerConditions) },
    {
      kind: 'facts',
      title: t.routing,
      items: [
        { label: t.routingMethod, value: [t.routingMethods[h.routing], h.routingDetail.trim()].filter(Boolean).join(': ') },
        { label: t.travelsWith, value: h.travelsWith.map((x) => t.travels[x]).join(', ') || s.notSet },
        { label: t.acceptanceWindow, value: h.acceptanceWindowHours === null ? s.notSet : t.hours(f.number(h.acceptanceWindowHours)) },
      ],
    },
    { kind: 'list', title: t.rejectionReasons, items: clean(h.rejectionReasons) },
    // Attempts by day on one line ("Day 1: Phone, E-mail; Day 3: Phone"), as the room says them.
    { kind: 'paragraphs', title: t.followUp, paragraphs: [cadenceLine(ctx, attempts) || s.none] },
    { kind: 'list', title: t.recycleReasons, items: clean(h.recycleReasons) },
    ...(h.reentryRule.trim() ? [{ kind: 'paragraphs' as const, title: t.reentry, paragraphs: [h.reentryRule.trim()] }] : []),
  ]);
}

export function metricsSection(ctx: Ctx): SectionView {
  const { w, s, f } = ctx;
  const t = s.metrics;
  const stages = new Map(w.leadProcess.stages.map((st) => [st.id, st]));
  const commitments = new Map(w.sla.commitments.map((c) => [c.id, c]));
  return section(ctx, 'metrics', 8, [
    {
      kind: 'table',
      empty: s.none,
      table: {
        columns: [
          { label: t.cols.metric, width: 2.3 },
          { label: t.cols.stage, width: 1.6 },
          { label: t.cols.owner, width: 1.7 },
          { label: t.cols.target, width: 1.5 },
          { label: t.cols.source, width: 1.7 },
          { label: t.cols.frequency, width: 1.45 },
          { label: t.cols.measures, width: 2.1 },
        ],
        rows: w.metrics.metrics.map((m) => {
          const stage = m.stageId ? stages.get(m.stageId) : undefined;
          const c = m.commitmentId ? commitments.get(m.commitmentId) : undefined;
          return [
            { text: m.name.trim() || t.kinds[m.kind], bold: true },
            stage?.name.trim() || '—',
            m.owner ? s.owners[m.owner] : '—',
            m.target === null ? '—' : `${f.number(m.target)}${m.unit.trim() ? ` ${m.unit.trim()}` : ''}`,
            m.dataSource.trim() || '—',
            t.frequencies[m.frequency],
            c ? commitmentText(ctx, c) : '—',
          ];
        }),
      },
    },
  ]);
}

export function technologySection(ctx: Ctx): SectionView {
  const { w, s } = ctx;
  const t = s.technology;
  return section(ctx, 'technology', 9, [
    {
      kind: 'table',
      title: t.tools,
      empty: s.none,
      table: {
        columns: [
          { label: t.cols.tool, width: 2 },
          { label: t.cols.category, width: 2 },
          { label: t.cols.owner, width: 1.5 },
        ],
        rows: w.technology.tools.map((tool) => [
          { text: tool.name.trim() || '—', bold: true },
          t.categories[tool.category],
          { text: s.teams[tool.owner], team: tool.owner },
        ]),
      },
    },
    {
      kind: 'table',
      title: t.automation,
      empty: s.none,
      table: {
        columns: [
          { label: t.cols.piece, width: 1.6 },
          { label: t.cols.automatedBy, width: 4 },
        ],
        rows: PROCESS_PIECES.map((piece) => {
          const cov = coverageOf(w.technology, w.facilitation, piece);
          const value =
            cov.kind === 'tool'
              ? { text: cov.tool.name.trim() || '—', bold: true }
              : cov.kind === 'manual'
                ? t.manual
                : cov.kind === 'actionItem'
                  ? t.gapAction(cov.item.text.trim())
                  : { text: t.gap, bold: true };
          return [{ text: t.pieces[piece], bold: true }, value];
        }),
      },
    },
  ]);
}

export function feedbackSection(ctx: Ctx): SectionView {
  const { w, s, f } = ctx;
  const t = s.feedback;
  const fb = w.feedback;
  // Each commitment is judged in its own period and carries its own met / at-risk band (its row says it).
  const rows = complianceRows(w.sla.commitments, fb.periods, { logUnit: fb.logUnit, weekStartsOn: w.sla.weekStartsOn });
  const shown = rows[0]?.cells.length ?? 0;
  const first = Math.max(0, shown - MAX_COMPLIANCE_PERIODS);
  const periods = [...fb.periods].sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end)).slice(first);
  const compliance: Block =
    fb.periods.length === 0 || rows.length === 0
      ? { kind: 'paragraphs', title: t.compliance, paragraphs: [t.noActuals] }
      : {
          kind: 'table',
          title: t.compliance,
          empty: t.noActuals,
          table: {
            columns: [
              { label: t.cols2.commitment, width: 3 },
              ...periods.map((p) => ({ label: p.label.trim() || f.date(p.start), width: 1.3 })),
            ],
            rows: rows.map((r) => [
              { text: commitmentText(ctx, r.commitment), bold: true },
              ...r.cells
                .slice(first)
                .map((c) =>
                  c.percentOfTarget === null || c.status === null
                    ? '—'
                    : `${f.number(Math.round(c.percentOfTarget))} % · ${t.status[c.status]}`,
                ),
            ]),
          },
        };
  return section(ctx, 'feedback', 10, [
    {
      kind: 'table',
      title: t.meetings,
      empty: s.none,
      table: {
        columns: [
          { label: t.cols.meeting, width: 1.8 },
          { label: t.cols.when, width: 2.2 },
          { label: t.cols.attendees, width: 2 },
          { label: t.cols.agenda, width: 3 },
        ],
        rows: fb.meetings.map((m) => [
          { text: m.title.trim() || '—', bold: true },
          t.when(t.frequencies[m.frequency], f.date(m.firstDate), m.startTime, m.durationMinutes, m.timeZone),
          m.attendeeIds.map((id) => ctx.person(id) ?? id).join(', '),
          { text: '', list: m.agenda.map((a) => a.trim()).filter(Boolean) },
        ]),
      },
    },
    compliance,
  ]);
}

const stepName = (ctx: Ctx, id: StepId | null) => (id ? ctx.s.steps[id].title : ctx.s.facilitation.general);

export function closingSections(ctx: Ctx): SectionView[] {
  const { w, s, f } = ctx;
  const t = s.facilitation;
  const fac = w.facilitation;
  const byTime = <T extends { at: string }>(xs: readonly T[]) => [...xs].sort((a, b) => a.at.localeCompare(b.at));
  return [
    section(ctx, 'decisions', null, [
      {
        kind: 'table',
        empty: s.none,
        table: {
          columns: [
            { label: t.cols.text, width: 5 },
            { label: t.cols.step, width: 1.8 },
            { label: t.cols.when, width: 1.6 },
          ],
          rows: byTime(fac.decisions).map((d) => [d.text.trim(), stepName(ctx, d.stepId), f.dateTime(d.at)]),
        },
      },
    ]),
    section(ctx, 'actionItems', null, [
      {
        kind: 'table',
        empty: s.none,
        table: {
          columns: [
            { label: t.cols.text, width: 4.5 },
            { label: t.cols.owner, width: 1.6 },
            { label: t.cols.due, width: 1.4 },
            { label: t.cols.status, width: 1 },
            { label: t.cols.step, width: 1.6 },
          ],
          rows: [...fac.actionItems]
            .sort((a, b) => (a.dueDate || '9999').localeCompare(b.dueDate || '9999'))
            .map((a) => [
              a.text.trim(),
              ctx.person(a.ownerId) ?? '—',
              a.dueDate ? f.date(a.dueDate) : '—',
              a.status === 'done' ? t.done : { text: t.open, bold: true },
              stepName(ctx, a.stepId),
            ]),
        },
      },
    ]),
    section(ctx, 'parkingLot', null, [
      {
        kind: 'table',
        empty: s.none,
        table: {
          columns: [
            { label: t.cols.text, width: 5 },
            { label: t.cols.step, width: 1.8 },
            { label: t.cols.status, width: 1.4 },
          ],
          rows: byTime(fac.parkingLot).map((p) => [p.text.trim(), stepName(ctx, p.stepId), p.resolved ? t.resolved : t.open]),
        },
      },
    ]),
  ];
}
