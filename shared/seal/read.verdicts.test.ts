import { PDFDict, PDFDocument, PDFHexString, PDFName } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { latin1 } from './bytes';
import { encodeFacts, type SealFacts } from './facts';
import { pdfDateToIso, readSeal } from './read';
import { recordFor } from './record';
import { attachRecord, sealPdf } from './seal';
import type { Sealer } from './sealer';
import { plainPdf, sealedSample, testSealer } from './testSupport';

/** What the verifier says about a sealed file whose signature range, trailer or record is not what Accord wrote. */

let sealer: Sealer;
let sealed: Uint8Array;

beforeAll(async () => {
  sealer = await testSealer('install-7');
  sealed = await sealPdf(await plainPdf(), sealer, { now: new Date('2026-12-01T09:30:00Z') });
});

/** The file with its ByteRange rewritten (padded to the same length, so no offset moves). */
function withRange(bytes: Uint8Array, range: (r: number[]) => number[]): Uint8Array {
  const text = latin1(bytes);
  const m = /\/ByteRange\s*\[([^\]]*)\]/.exec(text)!;
  const numbers = m[1]!.trim().split(/\s+/).map(Number);
  const inner = range(numbers).join(' ').padEnd(m[1]!.length, ' ');
  expect(inner.length).toBe(m[1]!.length);
  const copy = new Uint8Array(bytes);
  copy.set(new TextEncoder().encode(inner), m.index + m[0].indexOf('[') + 1);
  return copy;
}
const append = (bytes: Uint8Array, text: string) => new Uint8Array([...bytes, ...new TextEncoder().encode(text)]);

describe('the signing time', () => {
  it('reads a PDF date in UTC or with an offset, and nothing else', () => {
    expect(pdfDateToIso('D:20261201083000Z')).toBe('2026-12-01T08:30:00.000Z');
    expect(pdfDateToIso("D:20261201083000+01'00'")).toBe('2026-12-01T07:30:00.000Z');
    expect(pdfDateToIso("D:20261201083000-05'30'")).toBe('2026-12-01T14:00:00.000Z');
    expect(pdfDateToIso('D:20261201083000')).toBe('2026-12-01T08:30:00.000Z');
    expect(pdfDateToIso('20261201083000Z')).toBeNull();
    expect(pdfDateToIso('D:20261399083000Z')).toBeNull();
  });
});

describe('a signature range that does not cover the file as sealed', () => {
  it('is broken when it does not start at the first byte, is empty, overlaps or runs past the end', async () => {
    for (const change of [
      ([a, b, c, d]: number[]) => [a! + 1, b!, c!, d!],
      ([a, , c, d]: number[]) => [a!, 0, c!, d!],
      ([a, b, , d]: number[]) => [a!, b!, b!, d!],
      ([a, b, c, d]: number[]) => [a!, b!, c!, d! + 5],
    ]) {
      const report = await readSeal(withRange(sealed, change));
      expect(report).toMatchObject({ status: 'broken', problems: [{ code: 'rangeOutsideFile' }], sealer: null, record: null });
    }
  });

  it('is broken when the gap it leaves is not the signature', async () => {
    const report = await readSeal(withRange(sealed, ([a, b, c, d]) => [a!, b! - 2, c!, d!]));
    expect(report.status).toBe('broken');
    expect(report.problems.at(-1)).toEqual({ code: 'signatureNotInGap' });
  });

  it('allows one CR, LF or CRLF after the signed end, and counts anything else as appended', async () => {
    for (const eol of ['\n', '\r', '\r\n']) expect((await readSeal(append(sealed, eol))).status).toBe('intact');
    for (const [tail, bytes] of [
      ['x', 1],
      ['\n\n', 2],
      ['\n\r', 2],
      ['\r\r', 2],
      ['\r\nx', 3],
    ] as const) {
      const report = await readSeal(append(sealed, tail));
      expect(report.status).toBe('broken');
      expect(report.problems).toEqual([{ code: 'bytesAppended', bytes }]);
    }
  });
});

describe('the record a sealed or unsealed file carries', () => {
  const facts: SealFacts = {
    format: 'accord-sla',
    contentHash: 'a'.repeat(64),
    slaVersion: 2,
    workshopId: 'w-1',
    clientCompany: 'Northwind',
    signers: [{ name: 'Maya Chen', title: 'CMO', team: 'marketing', signedAt: '2026-12-01T09:00:00.000Z' }],
  };
  const withInfo = async (hex: string) => {
    const doc = await PDFDocument.load(await plainPdf());
    doc.context.lookup(doc.context.trailerInfo.Info, PDFDict).set(PDFName.of('AccordSla'), PDFHexString.of(hex));
    return sealPdf(await doc.save({ useObjectStreams: false }), sealer);
  };

  it("reads an earlier version's record from the information entry as recorded", async () => {
    const report = await readSeal(await withInfo(encodeFacts(facts)));
    expect(report.status).toBe('intact');
    expect(report.record).toEqual({ format: 1, facts });
  });

  it('names the damaged information entry', async () => {
    const report = await readSeal(await withInfo('00ff00'));
    expect(report.record).toEqual({
      format: null,
      problem: { code: 'invalid', field: 'AccordSla', message: 'the Accord record is not UTF-16 text' },
    });
  });

  it('reads the record of an unsealed file, so the verifier can say what it would have been', async () => {
    const w = await sealedSample(sealer);
    const report = await readSeal(await attachRecord(await plainPdf(), recordFor(w)));
    expect(report.status).toBe('unsealed');
    expect(report.record?.format).toBe(2);
    expect(report.sealer).toBeNull();
  });
});
