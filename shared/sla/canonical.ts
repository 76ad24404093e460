import type { Workshop } from '../workshop/schema';

/**
 * What a signature applies to: everything in the SLA a reader could rely on, in a fixed
 * order. Signatures themselves are excluded (they sign this), and so are the workshop's
 * other steps, so that editing a note in step 1 does not void a signed SLA.
 */
export function slaContent(w: Workshop) {
  const byId = new Map(w.commitment.participants.map((p) => [p.id, p]));
  return {
    document: 'accord-sla',
    workshopId: w.id,
    clientCompany: w.clientCompany.trim(),
    title: w.title.trim(),
    language: w.language,
    effectiveDate: w.sla.effectiveDate,
    termMonths: w.sla.termMonths,
    commitments: w.sla.commitments.map((c) => ({
      party: c.party,
      kind: c.kind,
      target: c.target,
      withinDays: c.withinDays,
      period: c.period,
      note: c.note.trim(),
    })),
    signers: w.sla.signerIds.map((sid) => {
      const p = byId.get(sid);
      return { id: sid, name: p?.name.trim() ?? '', role: p?.role.trim() ?? '', team: p?.team ?? null };
    }),
  };
}
export type SlaContent = ReturnType<typeof slaContent>;

/** Deterministic JSON: object keys sorted, no whitespace, so equal content means equal bytes. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('canonicalJson: non-finite number');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export const slaContentHash = (w: Workshop): Promise<string> => sha256Hex(canonicalJson(slaContent(w)));
