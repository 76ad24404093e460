import type { CarriedSla, Judgement, SealerInfo, SealReport, WorkshopMatch } from '../../shared/seal';
import { toBase64 } from '../../shared/seal/bytes';
import { matchWorkshop } from '../../shared/seal/match';
import { knownSlaVersions } from '../../shared/sla/versions';
import type { Workshop } from '../../shared/workshop/schema';
import { i18n } from '../i18n';
import { verifyPdf } from '../pdf/sealClient';
import { platform } from '../platform';
import type { SealerToTrust } from './SealParts';
import { useTrust } from './trustList';

/**
 * The Verify dialog's work: a PDF is checked in the seal worker (the page never parses a file
 * it was handed) against this computer's trust list, and judged again whenever that list
 * changes. Fingerprints are shown and read as people compare them: in groups of four.
 */
export interface VerifyOutcome {
  fileName: string;
  /** Kept to judge the file again when the trust list changes (the worker gets a copy). */
  bytes: Uint8Array;
  report: SealReport;
  judgement: Judgement;
  /** The trust list's version the judgement was made with. */
  trustVersion: number;
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Checks bytes against the trust list as it is now. */
export async function verifyBytes(fileName: string, bytes: Uint8Array): Promise<VerifyOutcome> {
  const trust = await useTrust.getState().load();
  const trustVersion = useTrust.getState().version;
  const { report, judgement } = await verifyPdf(bytes, trust);
  return { fileName, bytes, report, judgement, trustVersion };
}

/**
 * Lets the user pick a PDF and checks it. Resolves null when the user cancels; never rejects:
 * a file that cannot be opened or checked becomes `{ error }`, in the UI language.
 */
export async function pickAndVerify(): Promise<VerifyOutcome | { error: string } | null> {
  let file: { name: string; data: Uint8Array } | null;
  try {
    file = await platform.openFile('pdf');
  } catch (e) {
    return { error: i18n.t('verify:openFailed', { error: errorText(e) }) };
  }
  if (!file) return null;
  try {
    return await verifyBytes(file.name, file.data);
  } catch (e) {
    return { error: i18n.t('verify:checkFailed', { name: file.name, error: errorText(e) }) };
  }
}

/** What the file says it carries, whatever its record format; null without a readable record. */
export function carriedOf(report: SealReport): CarriedSla | null {
  const r = report.record;
  if (r?.format === 2)
    return {
      workshopId: r.check.workshopId,
      clientCompany: r.check.clientCompany,
      version: r.check.version,
      contentHash: r.check.contentHash,
    };
  if (r?.format === 1)
    return {
      workshopId: r.facts.workshopId,
      clientCompany: r.facts.clientCompany,
      version: r.facts.slaVersion,
      contentHash: r.facts.contentHash,
    };
  return null;
}

/** How the file relates to the open workshop; computed for every file, shown for trusted ones only. */
export const matchOf = (report: SealReport, workshop: Workshop): WorkshopMatch =>
  matchWorkshop(carriedOf(report), workshop.id, knownSlaVersions(workshop));

/** "ab12 cd34 …": a fingerprint in groups of four, to read out and compare. */
export const groupFingerprint = (fingerprint: string): string => fingerprint.toLowerCase().replace(/(.{4})(?=.)/g, '$1 ');

/** The first four groups, for lists where the whole fingerprint does not fit. */
export const shortFingerprint = (fingerprint: string): string => groupFingerprint(fingerprint.slice(0, 16));

export type FingerprintInput =
  | { ok: true; fingerprint: string }
  | { ok: false; problem: 'notHex'; character: string }
  | { ok: false; problem: 'length'; digits: number };

/** A fingerprint as people copy it: any case, with spaces or colons between groups. */
export function readFingerprint(text: string): FingerprintInput {
  const hex = text.replace(/[\s:]/g, '').toLowerCase();
  const wrong = /[^0-9a-f]/.exec(hex);
  if (wrong) return { ok: false, problem: 'notHex', character: wrong[0] };
  return hex.length === 64 ? { ok: true, fingerprint: hex } : { ok: false, problem: 'length', digits: hex.length };
}

/** A sealer read from a seal, as "Trust this sealer" adds it (its certificate kept, for the record). */
export const sealerToTrust = (sealer: Pick<SealerInfo, 'fingerprint' | 'subject' | 'certificates'>): SealerToTrust => ({
  fingerprint: sealer.fingerprint,
  subject: sealer.subject,
  certificate: sealer.certificates[0] ? toBase64(sealer.certificates[0]) : null,
});
