import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import { latin1 } from './bytes';
import type { SealFacts } from './facts';

/** Test support for the seal tests (unit, CLI, reliability); not used by the app. */

/**
 * A small two-page PDF whose content streams are left uncompressed, so tests can change one
 * number on a page the way a forger would.
 */
export async function plainPdf(lines: readonly string[] = ['Service level agreement', 'Marketing delivers 180 MQLs per month']): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let p = 0; p < 2; p++) {
    const page = doc.addPage([595, 842]);
    page.node.setFontDictionary(PDFName.of('F1'), font.ref);
    // A raw, unfiltered stream: the text is there in plain bytes, as in many real PDFs.
    const ops = lines.map((line, i) => `BT /F1 14 Tf 56 ${760 - i * 24} Td (${line}) Tj ET`).join('\n');
    page.node.set(PDFName.of('Contents'), doc.context.register(doc.context.stream(ops)));
  }
  return doc.save({ useObjectStreams: false, objectsPerTick: Infinity });
}

export const sampleFacts = (overrides: Partial<SealFacts> = {}): SealFacts => ({
  format: 'accord-sla',
  contentHash: 'c0ffee'.padEnd(64, '0'),
  slaVersion: 2,
  workshopId: 'workshop-1',
  clientCompany: 'Northwind Analytics',
  signers: [
    { name: 'Maya Chen', title: 'VP Marketing', team: 'marketing', signedAt: '2026-11-30T10:00:00.000Z' },
    { name: 'Diego Alvarez', title: 'Head of Sales', team: 'sales', signedAt: '2026-11-30T10:05:00.000Z' },
  ],
  ...overrides,
});

/** A copy with one byte changed at `offset`. */
export function flipped(bytes: Uint8Array, offset: number): Uint8Array {
  const copy = new Uint8Array(bytes);
  copy[offset] = copy[offset]! ^ 0x01;
  return copy;
}

/** A copy with the first `from` replaced by `to` (same length, so every offset stays put). */
export function edited(bytes: Uint8Array, from: string, to: string): Uint8Array {
  if (from.length !== to.length) throw new Error('same length only');
  const at = latin1(bytes).indexOf(from);
  if (at < 0) throw new Error(`"${from}" is not in the PDF`);
  const copy = new Uint8Array(bytes);
  copy.set(new TextEncoder().encode(to), at);
  return copy;
}

/** The ByteRange of the first signature: [start, length, start, length]. */
export function byteRange(bytes: Uint8Array): [number, number, number, number] {
  const m = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(latin1(bytes));
  if (!m) throw new Error('no ByteRange');
  return [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
}
