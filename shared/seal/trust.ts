import { fromBase64 } from './bytes';
import { chainsToAuthority } from './certificates';
import type { SealReport } from './read';
import type { TrailSegment } from './trail';

/**
 * "Trusted here?", the third question of a check, answered from the reader's own list: a seal
 * is only as good as the reader's reason to believe its key. Nothing a file says about itself
 * makes its sealer trusted.
 */
export interface TrustList {
  /** This install's own certificates (its install key; the organisation certificate it seals with). */
  own: readonly string[];
  /** Fingerprints the user trusts (Settings → Trusted sealers, `accord verify --trust`). */
  sealers: readonly string[];
  /** Organisation CA certificates (DER) the user trusts (Settings, `--trust-ca`). */
  authorities: readonly Uint8Array[];
}

export const EMPTY_TRUST: TrustList = { own: [], sealers: [], authorities: [] };

export type TrustLevel = 'thisInstall' | 'trustedSealer' | 'organisationCa' | 'unknown';

export function trustOf(fingerprint: string, certificates: readonly Uint8Array[], list: TrustList, at: Date): TrustLevel {
  const fp = fingerprint.toLowerCase();
  if (list.own.includes(fp)) return 'thisInstall';
  if (list.sealers.includes(fp)) return 'trustedSealer';
  if (chainsToAuthority(certificates, list.authorities, at)) return 'organisationCa';
  return 'unknown';
}

/** A stretch of the audit trail, who sealed it, and whether that sealer is trusted here. */
export interface TrailPart {
  from: number;
  to: number;
  kind: TrailSegment['kind'];
  sealer: string | null;
  trust: TrustLevel | null;
}

export function judgeSegments(segments: readonly TrailSegment[], list: TrustList): TrailPart[] {
  return segments.map((s) =>
    s.kind === 'unsealed'
      ? { from: s.from, to: s.to, kind: s.kind, sealer: null, trust: null }
      : { from: s.from, to: s.to, kind: s.kind, sealer: s.sealer, trust: trustOf(s.sealer, s.certificates, list, new Date(s.at)) },
  );
}

/** Segments from a workshop's own sealers list (the renderer and the CLI before export). */
export function segmentCertificates(
  sealers: readonly { fingerprint: string; certificates: readonly string[] }[],
  fingerprint: string,
): Uint8Array[] {
  return (sealers.find((s) => s.fingerprint === fingerprint)?.certificates ?? []).map(fromBase64);
}

export type Verdict = 'trusted' | 'untrusted' | 'broken' | 'unsealed' | 'notPdf';

export type UntrustedReason =
  | { code: 'unknownSealer' }
  | { code: 'unknownTrailSealer'; from: number; to: number; sealer: string }
  | { code: 'unsealedTrail'; from: number; to: number };

export interface Judgement {
  verdict: Verdict;
  sealerTrust: TrustLevel | null;
  trail: TrailPart[];
  /** Why an intact file is not trusted here (empty when trusted). */
  untrusted: UntrustedReason[];
}

/**
 * The verdict on a checked PDF: `trusted` only when the file is intact, its record holds, and
 * its sealer and every sealer of its audit trail are trusted here; `untrusted` when it is intact
 * but someone in it is unknown here (never shown as a green match); `broken` when anything fails.
 */
export function judge(report: SealReport, list: TrustList): Judgement {
  const none = (verdict: Verdict): Judgement => ({ verdict, sealerTrust: null, trail: [], untrusted: [] });
  if (report.status === 'not-pdf') return none('notPdf');
  if (report.status === 'unsealed') return none('unsealed');
  const sealerTrust = report.sealer
    ? trustOf(report.sealer.fingerprint, report.sealer.certificates, list, new Date(report.sealedAt ?? Date.now()))
    : null;
  const record = report.record;
  const trail = record?.format === 2 ? judgeSegments(record.check.trail.seals.segments, list) : [];
  const recordHolds = record !== null && (record.format === 1 || (record.format === 2 && record.check.ok));
  if (report.status === 'broken' || !recordHolds) return { verdict: 'broken', sealerTrust, trail, untrusted: [] };
  const untrusted: UntrustedReason[] = [];
  if (sealerTrust === 'unknown' || sealerTrust === null) untrusted.push({ code: 'unknownSealer' });
  for (const part of trail) {
    // Numbers in reasons are 1-based event numbers, as the audit page prints them.
    if (part.kind === 'unsealed') untrusted.push({ code: 'unsealedTrail', from: part.from + 1, to: part.to });
    else if (part.trust === 'unknown')
      untrusted.push({ code: 'unknownTrailSealer', from: part.from + 1, to: part.to, sealer: part.sealer! });
  }
  return { verdict: untrusted.length === 0 ? 'trusted' : 'untrusted', sealerTrust, trail, untrusted };
}
