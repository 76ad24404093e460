import type { SealReport, WorkshopMatch } from '../../shared/seal';
import { sha256, toHex } from '../../shared/seal/bytes';
import { parseSealIdentity } from '../../shared/seal/storedIdentity';
import { knownSlaVersions } from '../../shared/sla/versions';
import type { Workshop } from '../../shared/workshop/schema';
import { platform } from '../platform';

export interface VerifyOutcome {
  fileName: string;
  report: SealReport;
  /** True when this install's own key sealed the file; null when this install has no key yet. */
  sealedHere: boolean | null;
  /** Against the open workshop; null on the home screen. */
  match: WorkshopMatch | null;
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** SHA-256 of this install's seal certificate, or null before the first sealed export (or when unreadable). */
export async function ownSealFingerprint(): Promise<string | null> {
  const stored = await platform.loadSealIdentity().catch(() => null);
  const parsed = stored ? parseSealIdentity(stored) : null;
  return parsed?.ok ? toHex(await sha256(parsed.identity.certificateDer)) : null;
}

/**
 * Lets the user pick a PDF and checks its seal. The checking code (forge, ASN.1) loads on the
 * first use only. Resolves null when the user cancels; never rejects: a file that cannot be
 * read becomes `{ error }`.
 */
export async function pickAndVerify(workshop: Workshop | null): Promise<VerifyOutcome | { error: string } | null> {
  let file: { name: string; data: Uint8Array } | null;
  try {
    file = await platform.openFile('pdf');
  } catch (e) {
    return { error: `The file could not be opened: ${errorText(e)}` };
  }
  if (!file) return null;
  try {
    const [{ readSeal }, { matchWorkshop }] = await Promise.all([import('../../shared/seal/read'), import('../../shared/seal/match')]);
    const report = await readSeal(file.data);
    const own = await ownSealFingerprint();
    const sealedHere = own === null ? null : report.certificate?.fingerprint === own;
    const match = workshop ? matchWorkshop(report.facts, workshop.id, knownSlaVersions(workshop)) : null;
    return { fileName: file.name, report, sealedHere, match };
  } catch (e) {
    return { error: `“${file.name}” could not be checked: ${errorText(e)}` };
  }
}
