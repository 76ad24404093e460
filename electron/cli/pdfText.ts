import { execFileSync } from 'node:child_process';

/** Test helpers around poppler, which the test tool check installs (pdftotext, pdffonts). */
export const pdfText = (file: string): string => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });

/** Text without any whitespace, so wrapped lines compare equal to the source string. */
export const squash = (text: string): string => text.replace(/\s+/g, '');

/** One row per font: [name, embedded]. */
export function pdfFonts(file: string): [string, boolean][] {
  const out = execFileSync('pdffonts', [file], { encoding: 'utf8' });
  return out
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const cols = l.trim().split(/\s+/);
      // name … emb sub uni object ID: emb is the 5th column from the end.
      return [cols[0]!, cols.at(-5) === 'yes'];
    });
}

/** The right-most extent of any text on any page, and the narrowest page width, in points. */
export function textExtent(file: string): { maxX: number; pageWidth: number } {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const widths = [...html.matchAll(/<page width="([\d.]+)"/g)].map((m) => Number(m[1]));
  const xs = [...html.matchAll(/<word [^>]*xMax="([\d.]+)"/g)].map((m) => Number(m[1]));
  return { maxX: Math.max(...xs), pageWidth: Math.min(...widths) };
}
