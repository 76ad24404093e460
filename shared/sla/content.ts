import { reverseFunnel } from '../funnel/funnel';
import type { Workshop } from '../workshop/schema';
import type { SignerCapacity, SlaContent, SlaVersion } from '../workshop/steps/sla';
import { clauseStrings } from './clauseStrings';
import { clauseViews } from './clauses';
import { hashCanonical } from './json';
import { definitionContent, metricsContent } from '../scoring/slaContent';

/**
 * What a signature applies to: everything in the SLA a reader could rely on, in a fixed
 * shape. Signatures themselves are excluded (they sign this), and so are the workshop's other
 * steps except through the clause texts quoting them, so that editing a note in step 1 does
 * not void a signed SLA.
 */
export const nextVersionNumber = (w: Workshop): number => (w.sla.versions.at(-1)?.number ?? 0) + 1;

export const capacityOf = (w: Workshop, participantId: string): SignerCapacity => {
  if (participantId === w.sla.witnessId) return 'witness';
  return w.commitment.participants.find((p) => p.id === participantId)?.team === 'marketing' ? 'marketing' : 'sales';
};

export function draftContent(w: Workshop, version = nextVersionNumber(w)): SlaContent {
  const byId = new Map(w.commitment.participants.map((p) => [p.id, p]));
  const signerIds = [...w.sla.signerIds.filter((id) => id !== w.sla.witnessId), ...(w.sla.witnessId ? [w.sla.witnessId] : [])];
  const calc = w.sla.calculator;
  const funnel = calc && calc.usedAt !== null ? reverseFunnel(calc.inputs) : null;
  return {
    document: 'accord-sla',
    workshopId: w.id,
    clientCompany: w.clientCompany.trim(),
    title: w.title.trim(),
    language: w.language,
    effectiveDate: w.sla.effectiveDate,
    termMonths: w.sla.termMonths,
    commitments: w.sla.commitments.map((c) => ({
      id: c.id,
      party: c.party,
      kind: c.kind,
      target: c.target,
      withinDays: c.withinDays,
      period: c.period,
      note: c.note.trim(),
      rhythm: c.rhythm,
      level: c.level,
      atRisk: c.atRisk,
      byDay: c.byDay,
      action: c.action,
      linkedTo: c.linkedTo,
    })),
    signers: signerIds.map((sid) => {
      const p = byId.get(sid);
      return { id: sid, name: p?.name.trim() ?? '', role: p?.role.trim() ?? '', team: p?.team ?? null, capacity: capacityOf(w, sid) };
    }),
    version,
    clauses: clauseViews(w).map((c) => ({ kind: c.kind, title: c.title, text: c.effectiveText.trim() })),
    // The appendix shows how the MQL volume was derived, once the room used the calculator.
    // Every period figure is the yearly chain divided and rounded up once per stage, so the appendix shows that chain too.
    calculator: funnel?.ok
      ? {
          inputs: calc!.inputs,
          perPeriod: funnel.result.perPeriod,
          perMonth: funnel.result.perMonth,
          currency: w.goals.currency,
          yearly: funnel.result.yearly,
          perQuarter: funnel.result.byPeriod.quarter,
          perWeek: funnel.result.perWeek,
        }
      : null,
    consentLine: clauseStrings(w.language).consentLine,
    // The one review cadence (step 1), which the review clause words and step 10's triage follows.
    reviewCadence: w.commitment.meetingCadence,
    // The whole MQL definition and every metric are signed (part B): reweighting the model or
    // retargeting a metric after signing makes the draft differ, so it asks for an amendment.
    definition: definitionContent(w.qualifiedLead),
    metrics: metricsContent(w),
  };
}

export const contentHash = (content: SlaContent): string => hashCanonical(content);

export interface CurrentDocument {
  content: SlaContent;
  contentHash: string;
  /** The frozen version shown, or null for a draft not yet frozen. */
  version: SlaVersion | null;
  versionNumber: number;
}

/**
 * The SLA as it stands: the latest frozen version while it is out for signature or signed,
 * else the draft as the next version would freeze it. `versionNumber` picks an older version.
 */
export function currentDocument(w: Workshop, versionNumber?: number): CurrentDocument {
  if (versionNumber !== undefined) {
    const v = w.sla.versions.find((x) => x.number === versionNumber);
    if (v) return { content: v.content, contentHash: v.contentHash, version: v, versionNumber: v.number };
    if (versionNumber !== nextVersionNumber(w)) throw new Error(`this workshop has no SLA version ${versionNumber}`);
  } else {
    const latest = w.sla.versions.at(-1);
    if (latest && w.sla.frozen)
      return { content: latest.content, contentHash: latest.contentHash, version: latest, versionNumber: latest.number };
  }
  const content = draftContent(w);
  return { content, contentHash: contentHash(content), version: null, versionNumber: nextVersionNumber(w) };
}

/** SHA-256 of the SLA a PDF exported now would carry (async for the callers written for WebCrypto). */
export const slaContentHash = (w: Workshop): Promise<string> => Promise.resolve(currentDocument(w).contentHash);
