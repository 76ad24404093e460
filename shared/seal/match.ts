import type { SealFacts } from './facts';

/** One SLA version a workshop knows (shared/sla/versions.ts knownSlaVersions). */
export interface KnownVersion {
  version: number;
  contentHash: string;
  state: string;
}

/**
 * How a sealed PDF relates to the open workshop. The content hash decides: a PDF matches a
 * version when it carries exactly that version's fingerprint, whatever else it claims.
 */
export type WorkshopMatch =
  | { kind: 'version'; version: number; state: string }
  | { kind: 'noMatch'; claimedVersion: number }
  | { kind: 'otherWorkshop'; clientCompany: string }
  | { kind: 'noRecord' };

export function matchWorkshop(facts: SealFacts | null, workshopId: string, known: readonly KnownVersion[]): WorkshopMatch {
  if (!facts) return { kind: 'noRecord' };
  const hit = known.find((k) => k.contentHash === facts.contentHash);
  if (hit) return { kind: 'version', version: hit.version, state: hit.state };
  if (facts.workshopId !== workshopId) return { kind: 'otherWorkshop', clientCompany: facts.clientCompany };
  return { kind: 'noMatch', claimedVersion: facts.slaVersion };
}
