/** One SLA version a workshop knows (shared/sla/versions.ts knownSlaVersions). */
export interface KnownVersion {
  version: number;
  contentHash: string;
  state: string;
}

/** What a checked PDF says it carries, whatever its record format. */
export interface CarriedSla {
  workshopId: string;
  clientCompany: string;
  version: number;
  /** Recomputed from the record's content (format 2), or as recorded (format 1). */
  contentHash: string;
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

export function matchWorkshop(carried: CarriedSla | null, workshopId: string, known: readonly KnownVersion[]): WorkshopMatch {
  if (!carried) return { kind: 'noRecord' };
  const hit = known.find((k) => k.contentHash === carried.contentHash);
  if (hit) return { kind: 'version', version: hit.version, state: hit.state };
  if (carried.workshopId !== workshopId) return { kind: 'otherWorkshop', clientCompany: carried.clientCompany };
  return { kind: 'noMatch', claimedVersion: carried.version };
}
