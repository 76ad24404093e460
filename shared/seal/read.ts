import { fromHex, latin1 } from './bytes';
import { describeCertificate, verifyDetached } from './cms';
import { decodeFacts, FACTS_KEY, type SealFacts } from './facts';
import { certificateFingerprint } from './identity';

/**
 * What a sealed SLA PDF says about itself. `intact` means: exactly one signature, covering the
 * whole file except its own /Contents, whose digest and RSA signature verify. A self-signed
 * certificate is expected (the per-install seal), so trust in the signer is not judged here.
 */
export type SealStatus = 'intact' | 'broken' | 'unsealed' | 'not-pdf';

export interface SealCertificate {
  subject: string;
  /** SHA-256 of the certificate, hex. */
  fingerprint: string;
  notBefore: string;
  notAfter: string;
}

export interface SealReport {
  status: SealStatus;
  /** One sentence per problem found; empty when intact. */
  problems: string[];
  /** The Accord record; only to be relied on when `status` is intact. */
  facts: SealFacts | null;
  factsError: string | null;
  certificate: SealCertificate | null;
  /** The signing time the signature dictionary states (/M), ISO, or null. */
  sealedAt: string | null;
}

const empty = (status: SealStatus, problem: string): SealReport => ({ status, problems: [problem], facts: null, factsError: null, certificate: null, sealedAt: null });

const BYTE_RANGE = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;

/** PDF date "D:20261201083000Z" or "D:20261201083000+01'00'" → ISO; null when it is not one. */
export function pdfDateToIso(text: string): string | null {
  const m = /^D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(Z|([+-])(\d{2})'?(\d{2})'?)?/.exec(text);
  if (!m) return null;
  const offset = !m[7] || m[7] === 'Z' ? 'Z' : `${m[8]}${m[9]}:${m[10]}`;
  const date = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${offset}`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function lastFacts(text: string): { facts: SealFacts | null; error: string | null } {
  const pattern = new RegExp(`/${FACTS_KEY}\\s*<([0-9a-fA-F\\s]*)>`, 'g');
  const matches = [...text.matchAll(pattern)];
  const hex = matches.at(-1)?.[1];
  if (hex === undefined) return { facts: null, error: 'the PDF carries no Accord record' };
  const decoded = decodeFacts(hex);
  return decoded.ok ? { facts: decoded.facts, error: null } : { facts: null, error: decoded.error };
}

/** Never throws, whatever the bytes: a damaged or hostile file is a finding, not a crash. */
export async function readSeal(bytes: Uint8Array): Promise<SealReport> {
  try {
    return await inspect(bytes);
  } catch (err) {
    return empty('broken', `the file could not be checked (${err instanceof Error ? err.message : String(err)})`);
  }
}

async function inspect(bytes: Uint8Array): Promise<SealReport> {
  const text = latin1(bytes);
  if (!text.slice(0, 1024).includes('%PDF-')) return empty('not-pdf', 'the file is not a PDF');
  const ranges = [...text.matchAll(BYTE_RANGE)];
  const { facts, error: factsError } = lastFacts(text);
  if (ranges.length === 0) return { ...empty('unsealed', 'the PDF carries no seal'), facts, factsError };

  const problems: string[] = [];
  const broken = (problem: string): SealReport => ({ ...empty('broken', problem), problems: [...problems, problem], facts, factsError });
  if (ranges.length > 1) problems.push(`the PDF carries ${ranges.length} signatures where an Accord SLA carries one: it was signed or changed again after sealing`);
  // The first signature is Accord's; anything after it is a later change.
  const [a, b, c, d] = ranges[0]!.slice(1, 5).map(Number) as [number, number, number, number];
  if (a !== 0 || b <= a || c <= b || c + d > bytes.length) return broken('the signature covers bytes the file does not have');
  if (c + d < bytes.length) problems.push(`${bytes.length - (c + d)} bytes were added after sealing`);

  const gap = text.slice(b, c);
  const hex = gap.startsWith('<') && gap.endsWith('>') ? fromHex(gap.slice(1, -1)) : null;
  if (!hex) return broken('the signature value is not where the signature says it is');

  const signed = new Uint8Array(b + d);
  signed.set(bytes.subarray(0, b), 0);
  signed.set(bytes.subarray(c, c + d), b);
  const check = await verifyDetached(signed, hex);
  if (!check.ok) problems.push(check.message);

  const certDer = check.certificateDer;
  const described = certDer ? describeCertificate(certDer) : null;
  const certificate = certDer && described ? { ...described, fingerprint: await certificateFingerprint(certDer) } : null;
  const when = /\/M\s*\((D:[^)]*)\)/.exec(text.slice(c, c + 2000));
  return {
    status: problems.length === 0 ? 'intact' : 'broken',
    problems,
    facts,
    factsError,
    certificate,
    sealedAt: when?.[1] ? pdfDateToIso(when[1]) : null,
  };
}
