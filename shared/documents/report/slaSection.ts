import { describeCommitment } from '../../sla/commitmentText';
import { reverseFunnel } from '../../funnel/funnel';
import type { SlaCommitment } from '../../workshop/schema';
import type { FunnelChain } from '../../workshop/steps/sla';
import { signerStatus, versionState } from '../../sla/versions';
import { section, type Ctx } from './sections1to5';
import type { Block, SectionView } from './view';

/** A commitment as the SLA words it (shared/sla/commitmentText), so the report and the SLA say the same. */
export const commitmentText = (ctx: Ctx, c: SlaCommitment): string => describeCommitment(c, ctx.w.language, ctx.w.sla.commitments).what;

const CHAIN: (keyof FunnelChain)[] = ['deals', 'opportunities', 'sqls', 'sals', 'mqls'];

/** The reverse-funnel chain the room used to size the MQL commitment, if it used one. */
function funnelBlock(ctx: Ctx): Block {
  const { w, s, f } = ctx;
  const t = s.sla;
  const calc = w.sla.calculator;
  if (!calc) return { kind: 'paragraphs', title: t.funnel, paragraphs: [t.funnelNone] };
  const outcome = reverseFunnel(calc.inputs);
  if (!outcome.ok) return { kind: 'paragraphs', title: t.funnel, paragraphs: [t.funnelIncomplete] };
  const i = calc.inputs;
  const pct = (v: number | null) => (v === null ? '—' : `${f.number(v * 100)} %`);
  const rate: Record<keyof FunnelChain, string> = {
    deals: t.funnelRates.deals,
    opportunities: `${t.funnelRates.opportunities} ${pct(i.winRate)}`,
    sqls: `${t.funnelRates.sqls} ${pct(i.sqlToOpportunity)}`,
    sals: `${t.funnelRates.sals} ${pct(i.salToSql)}`,
    mqls: `${t.funnelRates.mqls} ${pct(i.mqlToSal)}`,
  };
  const period = t.funnelPeriods[i.period];
  const { perPeriod, perMonth } = outcome.result;
  return {
    kind: 'table',
    title: t.funnel,
    intro: t.funnelIntro(
      f.money(i.revenueGoal ?? 0, w.goals.currency),
      pct(i.marketingShare),
      f.money(i.averageDealSize ?? 0, w.goals.currency),
      period,
    ),
    empty: s.none,
    table: {
      columns: [
        { label: t.funnelCols.stage, width: 1.6 },
        { label: t.funnelCols.rate, width: 2.6 },
        { label: t.funnelCols.perPeriod(period), width: 1.2 },
        ...(i.period === 'month' ? [] : [{ label: t.funnelCols.perMonth, width: 1.2 }]),
      ],
      rows: CHAIN.map((k) => [
        { text: t.funnelStages[k], bold: true },
        rate[k],
        { text: f.number(perPeriod[k]), bold: true },
        ...(i.period === 'month' ? [] : [f.number(perMonth[k])]),
      ]),
    },
  };
}

/**
 * Signature status comes from the latest frozen version: who it names as signers, and which of
 * them signed that exact content (a signature carries the hash it applies to).
 */
function signatureBlocks(ctx: Ctx): Block[] {
  const { w, s, f } = ctx;
  const t = s.sla;
  const latest = w.sla.versions.at(-1);
  if (!latest) return [{ kind: 'paragraphs', title: t.signatures, paragraphs: [t.state.draft] }];
  const signed = new Map(latest.signatures.map((sig) => [sig.participantId, sig]));
  const signers = latest.content.signers;
  // The one signing status, as step 7 and the SLA say it: an optional witness who has not signed changes nothing.
  const state = t.state[versionState(latest)];
  return [
    {
      kind: 'table',
      title: `${t.signatures} (${t.version(latest.number)})`,
      intro: state,
      empty: s.none,
      // The content hash below closes the signatures: never a page of its own.
      keepWithNext: 72,
      table: {
        columns: [
          { label: t.signatureCols.signer, width: 2.5 },
          { label: t.signatureCols.team, width: 1.4 },
          { label: t.signatureCols.status, width: 3 },
        ],
        rows: signers.map((p) => {
          const sig = signed.get(p.id);
          const where = signerStatus(latest, p);
          const status =
            where === 'optional'
              ? { text: t.witnessNotSigned, muted: true }
              : where === 'waiting'
                ? { text: t.notSigned, muted: true }
                : where === 'otherContent' || !sig
                  ? t.otherVersion
                  : t.signedOn(f.dateTime(sig.signedAt));
          const as = p.capacity === 'witness' ? { text: t.witness } : p.team ? { text: s.teams[p.team], team: p.team } : '—';
          return [{ text: `${p.name.trim() || p.id}${p.role.trim() ? `, ${p.role.trim()}` : ''}`, bold: true }, as, status];
        }),
      },
    },
    { kind: 'quote', title: t.contentHash, text: latest.contentHash },
  ];
}

export function slaSection(ctx: Ctx): SectionView {
  const { w, s, f } = ctx;
  const t = s.sla;
  return section(ctx, 'sla', 7, [
    {
      kind: 'table',
      title: t.commitments,
      empty: s.none,
      table: {
        columns: [
          { label: t.cols.party, width: 1.2 },
          { label: t.cols.commitment, width: 4 },
          { label: t.cols.period, width: 1.3 },
          { label: t.cols.note, width: 2.6 },
        ],
        rows: w.sla.commitments.map((c) => [
          { text: s.teams[c.party], team: c.party },
          { text: commitmentText(ctx, c), bold: true },
          t.periods[c.period],
          c.note.trim(),
        ]),
      },
    },
    funnelBlock(ctx),
    {
      kind: 'facts',
      title: t.terms,
      items: [
        { label: t.effectiveDate, value: w.sla.effectiveDate ? f.date(w.sla.effectiveDate) : s.notSet },
        { label: t.term, value: w.sla.termMonths === null ? s.notSet : t.months(w.sla.termMonths) },
      ],
    },
    ...signatureBlocks(ctx),
  ]);
}
