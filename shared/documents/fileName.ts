// Kept free of react-pdf imports: the main thread names files without loading the PDF engine.
import type { Workshop } from '../workshop/schema';

/** Characters Windows, macOS or Linux refuse in file names, plus control characters. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[<>:"/\\|?*\u0000-\u001F\u007F]+/g;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** Makes one file-name component safe on every desktop OS, keeping letters of any script. */
export function sanitizeFileNamePart(text: string, fallback: string): string {
  const cleaned = text
    .normalize('NFC')
    .replace(UNSAFE, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    // Windows drops trailing dots and spaces silently, which would change the name.
    .replace(/[. ]+$/, '');
  const short = Array.from(cleaned).slice(0, 80).join('').trim();
  return short === '' || RESERVED.test(short) ? fallback : short;
}

/** `SLA - <client company> - v1.pdf`; the version printed (default: the latest, or the draft's next number). */
export const slaFileName = (w: Workshop, version?: number): string =>
  `SLA - ${sanitizeFileNamePart(w.clientCompany, 'Workshop')} - v${version ?? defaultVersion(w)}.pdf`;

const defaultVersion = (w: Workshop): number => {
  const latest = w.sla.versions.at(-1)?.number ?? 0;
  return w.sla.frozen && latest > 0 ? latest : latest + 1;
};
